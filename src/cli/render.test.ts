// @vitest-environment node
// The CLI as users run it: `npx tsx src/cli/render.ts <example> <out.pdf>`, then qpdf and
// pdftotext on the file it wrote.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { buildCharterModel } from '../document/charter-model';
import { loadExample } from '../tools/docs-images';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cocharte-cli-'));
const example = 'src/examples/terrena-afdi-cobsac.cocharte.json';
const run = (...args: string[]) =>
  execFileSync('npx', ['tsx', 'src/cli/render.ts', ...args], { cwd: root, encoding: 'utf8' });
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

let out: string;
let text: string;

beforeAll(() => {
  out = join(dir, 'terrena.pdf');
  run(example, out);
  text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }));
}, 60_000);

describe('render CLI on the Terrena example', () => {
  it('writes a PDF that passes qpdf --check', () => {
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });

  it('holds every partner, article title and risk title, accents intact', () => {
    const project = loadExample();
    const model = buildCharterModel(project, createTranslator(project.documentLanguage), project.documentLanguage);
    const expected = [
      ...project.partners.partners.map((p) => p.name),
      ...model.articles.map((a) => a.heading),
      ...project.impacts.risks.map((r) => r.title),
    ];
    expect(expected.some((s) => /[éèàçôœ’]/.test(s))).toBe(true);
    expect(expected.filter((s) => !text.includes(squash(s)))).toEqual([]);
  });

  it('writes a blank worksheet without a project file', () => {
    const sheet = join(dir, 'sheet.pdf');
    run('--worksheet', 'impacts', '--lang', 'en', sheet);
    expect(execFileSync('qpdf', ['--check', sheet], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
    expect(squash(execFileSync('pdftotext', ['-enc', 'UTF-8', sheet, '-'], { encoding: 'utf8' }))).toContain(
      'Impacts and risks',
    );
  }, 30_000);
});
