import { diffWords } from 'diff';
import type { Change } from './change';
import { targetOf } from './format-change';

/** A run of one side's text, marked when the other side does not have it. */
export interface TextPart {
  text: string;
  changed: boolean;
}

export interface MarkedTexts {
  local: TextPart[];
  incoming: TextPart[];
}

// Beyond this many words added or removed, the search stops and both texts are shown whole:
// it bounds the time a pasted essay can hold the page.
const MAX_EDITED_WORDS = 400;
// Below this share of letters in common, marks cover most of both texts and help no one.
const MIN_SHARED = 0.4;

let wordSegmenter: Intl.Segmenter | undefined;

const letters = (s: string) => s.replace(/\s/g, '').length;

/**
 * The words each version of a text has that the other lacks, for the comparison of a
 * received copy: each side's parts join back into that side's exact text (its own spacing
 * and line breaks). `null` when there is nothing useful to mark: an empty side, a rewrite,
 * or two texts too different to compare quickly.
 */
export function markTextChanges(local: string, incoming: string): MarkedTexts | null {
  if (!local.trim() || !incoming.trim()) return null;
  // Word boundaries from the platform, so that Arabic words count as words (browsers
  // without Intl.Segmenter, such as Firefox before 125, cut them letter by letter).
  if (typeof Intl.Segmenter === 'function') wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const changes = diffWords(local, incoming, {
    maxEditLength: MAX_EDITED_WORDS,
    ...(wordSegmenter ? { intlSegmenter: wordSegmenter } : {}),
  });
  if (!changes) return null;
  const shared = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + letters(c.value), 0);
  if (shared < MIN_SHARED * Math.max(letters(local), letters(incoming))) return null;
  const side = (original: string, skip: 'added' | 'removed', mark: 'added' | 'removed') =>
    realign(
      original,
      changes.filter((c) => !c[skip]).map((c) => ({ text: c.value, changed: c[mark] })),
    );
  const localParts = side(local, 'added', 'removed');
  const incomingParts = side(incoming, 'removed', 'added');
  return localParts && incomingParts ? { local: localParts, incoming: incomingParts } : null;
}

/**
 * The diff ignores spacing, and an unchanged run may carry the other side's spaces or line
 * breaks: cut `original` itself at the same letters instead, then keep spaces out of the
 * marked runs. `null` if the parts do not account for the text (never expected).
 */
function realign(original: string, parts: TextPart[]): TextPart[] | null {
  const out: TextPart[] = [];
  let pos = 0;
  for (const part of parts) {
    const need = letters(part.text);
    let end = pos;
    for (let seen = 0; seen < need; end++) {
      if (end >= original.length) return null;
      if (!/\s/.test(original[end]!)) seen++;
    }
    appendPart(out, original.slice(pos, end), part.changed);
    pos = end;
  }
  if (letters(original.slice(pos)) > 0) return null;
  appendPart(out, original.slice(pos), false);
  return out;
}

/** Appends a run, spaces at the ends of a marked one left unmarked, merged with a neighbour of its kind. */
function appendPart(out: TextPart[], text: string, changed: boolean) {
  const [, lead = '', core = '', trail = ''] = changed ? /^(\s*)([\s\S]*?)(\s*)$/.exec(text)! : ['', '', text, ''];
  for (const [t, c] of [
    [lead, false],
    [core, changed],
    [trail, false],
  ] as const) {
    if (!t) continue;
    const last = out.at(-1);
    if (last && last.changed === c) last.text += t;
    else out.push({ text: t, changed: c });
  }
}

/** A text changed on both sides, with the words each side lacks marked; else `null`. */
export function markedTexts(change: Change): MarkedTexts | null {
  if (change.kind !== 'changed' || typeof change.local !== 'string' || typeof change.incoming !== 'string') return null;
  const target = targetOf(change.path);
  if (target?.kind !== 'value' || target.node.display.as !== 'text') return null;
  return markTextChanges(change.local, change.incoming);
}
