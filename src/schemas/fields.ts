import { cleanText } from '../lib/clean-text';
import { z } from '../lib/zod';
import { LIMITS } from './limits';

/**
 * Every step schema is built twice from one definition: `draft` accepts work in progress
 * (empty required fields, missing references) and is what storage and import check;
 * `complete` adds the requirements that let a partner move on and sign.
 */
export type Strictness = 'draft' | 'complete';

export { LIMITS } from './limits';

/**
 * A draft (autosave, storage, import) keeps text up to this many times its limit, so a
 * paste or a file over the limit is kept and flagged by the complete schema instead of
 * being silently dropped or refused as damaged. Past it, an import is refused with the
 * field and the limit named (persistence/project-file.ts).
 */
export const DRAFT_SLACK = 10;

// Every text field is cleaned on the way in, by the same function the fingerprint and the
// PDF rely on (lib/clean-text.ts).
export { cleanText };

interface TextOptions {
  required?: boolean;
  max?: number;
}

/**
 * One schema per distinct set of options, shared by every field that uses it: zod schemas
 * are immutable, and building a fresh one for each of the hundreds of fields (twice, draft
 * and complete) was most of the time the app took to start.
 */
function shared<A extends unknown[], S>(build: (...args: A) => S): (...args: A) => S {
  const made = new Map<string, S>();
  return (...args) => {
    const key = JSON.stringify(args);
    let schema = made.get(key);
    if (schema === undefined) {
      schema = build(...args);
      made.set(key, schema);
    }
    return schema;
  };
}

/**
 * The message of a text past its limit, carrying the limit the partners must meet (a
 * draft keeps more, but the limit to name is the one signing asks): « errors.tooLong:4000 »,
 * read by the interface's error translator.
 */
export const tooLong = (max: number) => `errors.tooLong:${max}`;

const textOf = shared((mode: Strictness, required: boolean, max: number) => {
  const cap = mode === 'draft' ? max * DRAFT_SLACK : max;
  const base = z
    .string({ error: 'errors.invalid' })
    .max(cap, { error: tooLong(max) })
    .transform(cleanText);
  if (mode === 'draft' || !required) return base;
  return base.refine((s) => s.trim().length > 0, { error: 'errors.required' });
});

export function text(mode: Strictness, { required = false, max = LIMITS.text }: TextOptions = {}) {
  return textOf(mode, required, max);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const emailOf = shared((mode: Strictness, required: boolean) =>
  text(mode, { max: 254 }).refine((s) => (mode === 'draft' ? true : s === '' ? !required : EMAIL.test(s.trim())), {
    error: (issue) => (issue.input === '' ? 'errors.required' : 'errors.email'),
  }),
);

export function email(mode: Strictness, { required = false } = {}) {
  return emailOf(mode, required);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** A calendar date as `YYYY-MM-DD`, or '' while not chosen. */
const isoDateOf = shared((mode: Strictness, required: boolean) =>
  z
    .string({ error: 'errors.invalid' })
    .max(10, { error: 'errors.date' })
    .refine((s) => (s === '' ? mode === 'draft' || !required : isValidIsoDate(s)), {
      error: (issue) => (issue.input === '' ? 'errors.required' : 'errors.date'),
    }),
);

export function isoDate(mode: Strictness, { required = false } = {}) {
  return isoDateOf(mode, required);
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: 'errors.choose' });
}

/** A choice that may be left empty ('') in a draft, or always when it is not required. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(
  mode: Strictness,
  values: T,
  { required = false } = {},
) {
  const e = z.enum(values, { error: 'errors.choose' });
  return mode === 'complete' && required ? e : z.union([e, z.literal('')], { error: 'errors.choose' });
}

export function choices<const T extends readonly [string, ...string[]]>(mode: Strictness, values: T, { min = 0 } = {}) {
  const list = z.array(z.enum(values, { error: 'errors.choose' })).max(values.length);
  return mode === 'draft' || min === 0 ? list : list.min(min, { error: 'errors.chooseOne' });
}

// An id is made by the app, never typed: any fault in one is a damaged value.
export const id = z
  .string({ error: 'errors.invalid' })
  .min(1, { error: 'errors.invalid' })
  .max(64, { error: 'errors.invalid' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'errors.invalid' });

/**
 * A partner reference: may dangle in a draft; must name a partner once complete. The user
 * picks it from a list: left on « — Choisir — », it asks for a choice.
 */
export function partnerRef(mode: Strictness) {
  const chosen = z
    .string({ error: 'errors.choose' })
    .min(1, { error: 'errors.choose' })
    .max(64, { error: 'errors.invalid' })
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'errors.invalid' });
  return mode === 'draft' ? z.union([chosen, z.literal('')], { error: 'errors.invalid' }) : chosen;
}

export function rows<T extends z.ZodType>(item: T, { max = LIMITS.rows as number } = {}) {
  return z.array(item).max(max, { error: 'errors.tooMany' });
}

export const riskScale = z
  .number({ error: 'errors.choose' })
  .int()
  .min(1, { error: 'errors.choose' })
  .max(4, { error: 'errors.choose' });
