// @vitest-environment node
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOf, type MessageKey } from './i18n';

const messages = { fr: messagesOf('fr'), en: messagesOf('en') };

const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const isCode =
      /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.includes(`${join('i18n', 'messages')}`);
    return isCode ? [path] : [];
  });
}

const code = sourceFiles(SRC)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const keys = Object.keys(messages.fr) as MessageKey[];

/**
 * A key counts as used when the code names it, or builds it from a template whose fixed
 * part is the key's prefix (`partnerKind.${kind}`) — catalogue labels are looked up that way.
 */
function isUsed(key: string): boolean {
  if (code.includes(`'${key}'`) || code.includes(`"${key}"`)) return true;
  const parts = key.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const prefix = parts.slice(0, i).join('.');
    if (code.includes(`\`${prefix}.\${`)) return true;
  }
  // Review labels a field path with the key `<step>.<field>`.
  return /^(partners|motivations|framework|followUp|impacts)\./.test(key) && code.includes('`${step}.${segment}`');
}

describe('message catalogues', () => {
  it('have exactly the same keys in French and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual([...keys].sort());
  });

  it('have no empty message', () => {
    for (const locale of ['fr', 'en'] as const) {
      const empty = keys.filter((k) => messages[locale][k].trim() === '');
      expect(empty, locale).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    // `{name}` and the variable of `{count, plural, …}` / `{name, elide, de}`, each once.
    const placeholders = (s: string) =>
      [...new Set([...s.matchAll(/\{(\w+)(?:\}|, ?(?:plural|elide),)/g)].map((m) => m[1]))].sort();
    const mismatched = keys.filter((k) => placeholders(messages.fr[k]).join() !== placeholders(messages.en[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('have no unused key', () => {
    expect(keys.filter((k) => !isUsed(k))).toEqual([]);
  });

  it('follow French typography: no straight apostrophe, no plain space before : ; ! ? or inside « »', () => {
    const bad = keys.filter((k) => {
      const s = messages.fr[k];
      return /'/.test(s) || / [:;!?]/.test(s) || /« | »/.test(s);
    });
    expect(bad).toEqual([]);
  });
});
