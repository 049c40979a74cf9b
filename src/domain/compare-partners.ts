import { SHARED_VALUES, TIME_HORIZONS, type PartnerKind, type TimeHorizon } from '../content/catalogues';
import type { CollabKey } from '../i18n/messages/collab.fr';
import type { StepData } from '../schemas/project.schema';

/**
 * How the motivations step compares the partners' own words (issue 7): the values they
 * share, the expectations that pull apart, and what each should answer for the others.
 * Rules about a project, so here; the step only shows them.
 */

/** Two steps apart on the horizon scale (e.g. under 1 year vs 3–5 years) is the gap the guide warns about. */
export const HORIZON_GAP = 2;

/** How many steps of TIME_HORIZONS lie from `from` to `to` (negative when `to` is shorter); null for an unknown one. */
export function horizonGap(from: string, to: string): number | null {
  const a = (TIME_HORIZONS as readonly string[]).indexOf(from);
  const b = (TIME_HORIZONS as readonly string[]).indexOf(to);
  return a < 0 || b < 0 ? null : b - a;
}

export type SharedValue = (typeof SHARED_VALUES)[number];
export type MotivationEntry = StepData<'motivations'>['byPartner'][number];

/** One partner as the comparison sees it; `entry` is its part of the motivations form. */
export interface PartnerVoice {
  id: string;
  name: string;
  kind: PartnerKind;
  entry: Partial<MotivationEntry> | undefined;
}

export type Clash =
  /** Horizons two or more steps apart on TIME_HORIZONS (e.g. under a year vs 3–5 years). */
  | { kind: 'horizon'; a: string; b: string; ha: TimeHorizon; hb: TimeHorizon }
  /** `a` expects a return within a year while `b` plans beyond 3 years. */
  | { kind: 'roi'; a: string; b: string }
  /** `a` counts on visibility while the framework rules out any use of names and logos. */
  | { kind: 'visibility'; a: string };

export interface Question {
  key: CollabKey;
  /** The other partner in a clash, by id. */
  other?: string;
  mine?: TimeHorizon;
  theirs?: TimeHorizon;
}

export interface PartnerComparisonResult {
  common: SharedValue[];
  clashes: Clash[];
  questions: Map<string, Question[]>;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const horizonOf = (e: PartnerVoice['entry']): TimeHorizon | undefined =>
  (TIME_HORIZONS as readonly string[]).includes(e?.timeHorizon ?? '') ? (e?.timeHorizon as TimeHorizon) : undefined;
const valuesOf = (e: PartnerVoice['entry']): string[] => (Array.isArray(e?.values) ? e.values : []);

/**
 * The values every partner ticked for itself, in catalogue order. With fewer than two
 * partners nothing is "shared", so the list is empty.
 */
export function commonValues(voices: readonly PartnerVoice[]): SharedValue[] {
  if (voices.length < 2) return [];
  return SHARED_VALUES.filter((v) => voices.every((p) => valuesOf(p.entry).includes(v)));
}

// Plain wording people use for "within a year", in French and English. Deliberately
// simple: a missed phrase only means one question fewer, never a wrong charter.
const WITHIN_A_YEAR = [
  /court terme|short[- ]term/i,
  /premi[eè]re ann[ée]e|first year/i,
  /(?:moins d['’]\s?|d['’]ici\s|dans\s|sous\s|within\s|in\s|under\s|less than\s)(?:un|1|one|a)\s(?:an|year)\b/i,
  /imm[ée]diat|immediate|tout de suite|rapidement|quickly/i,
];

/** A return expected within a year: said so in the ROI text, or an ROI with a horizon under a year. */
export function expectsQuickReturn(entry: PartnerVoice['entry']): boolean {
  const roi = text(entry?.returnOnInvestment);
  if (!roi) return false;
  if (horizonOf(entry) === 'under-1y' || WITHIN_A_YEAR.some((re) => re.test(roi))) return true;
  // "6 mois", "12 months": a count of months up to a year.
  return [...roi.matchAll(/(\d{1,2})\s*(?:mois|months?)\b/gi)].some((m) => Number(m[1]) <= 12);
}

export function plansLongTerm(entry: PartnerVoice['entry']): boolean {
  const h = horizonOf(entry);
  return h === '3-5y' || h === 'over-5y';
}

const VISIBILITY =
  /communica|visibilit|\bimage|notori|r[ée]putation|rayonnement|\bbrand|\bmarque\b|publicit|publicity/i;

/** Whether a partner's own words count on being seen: communication, visibility, image. */
export function wantsVisibility(entry: PartnerVoice['entry']): boolean {
  return [entry?.motivations, entry?.expectations, entry?.returnOnInvestment].some((v) => VISIBILITY.test(text(v)));
}

/**
 * Expectations that pull apart, to settle before writing the charter. `logoUse` is the
 * framework's choice for the whole partnership (step 3): 'none' clashes with any partner
 * counting on visibility.
 */
export function findClashes(voices: readonly PartnerVoice[], logoUse: string): Clash[] {
  const clashes: Clash[] = [];
  const horizonPairs = new Set<string>();
  voices.forEach((a, i) => {
    voices.slice(i + 1).forEach((b) => {
      const ha = horizonOf(a.entry);
      const hb = horizonOf(b.entry);
      if (ha && hb && Math.abs(horizonGap(ha, hb) ?? 0) >= HORIZON_GAP) {
        clashes.push({ kind: 'horizon', a: a.id, b: b.id, ha, hb });
        horizonPairs.add(`${a.id} ${b.id}`).add(`${b.id} ${a.id}`);
      }
    });
  });
  for (const a of voices) {
    if (!expectsQuickReturn(a.entry)) continue;
    for (const b of voices) {
      // A pair already flagged for its horizons says the same thing once.
      if (b !== a && plansLongTerm(b.entry) && !horizonPairs.has(`${a.id} ${b.id}`))
        clashes.push({ kind: 'roi', a: a.id, b: b.id });
    }
  }
  if (logoUse === 'none') {
    for (const a of voices) if (wantsVisibility(a.entry)) clashes.push({ kind: 'visibility', a: a.id });
  }
  return clashes;
}

const KIND_QUESTION: Record<PartnerKind, CollabKey> = {
  association: 'collab.question.kind.association',
  company: 'collab.question.kind.company',
  southern: 'collab.question.kind.southern',
  public: 'collab.question.kind.public',
  research: 'collab.question.kind.research',
  other: 'collab.question.kind.other',
};

/**
 * What a partner should answer for the others: first the clashes it is part of, then what
 * it has left blank, then the question its kind of organisation usually raises (the
 * guide's "brakes": instrumentalisation, confidentiality, ownership in the South…).
 */
export function questionsFor(voice: PartnerVoice, clashes: readonly Clash[]): Question[] {
  const out: Question[] = [];
  const e = voice.entry;
  for (const c of clashes) {
    if (c.kind === 'horizon' && (c.a === voice.id || c.b === voice.id)) {
      const mine = c.a === voice.id;
      out.push({
        key: 'collab.question.horizonClash',
        other: mine ? c.b : c.a,
        mine: mine ? c.ha : c.hb,
        theirs: mine ? c.hb : c.ha,
      });
    } else if (c.kind === 'roi' && c.a === voice.id) out.push({ key: 'collab.question.roiQuick', other: c.b });
    else if (c.kind === 'roi' && c.b === voice.id) out.push({ key: 'collab.question.roiLong', other: c.a });
    else if (c.kind === 'visibility' && c.a === voice.id) out.push({ key: 'collab.question.visibility' });
  }
  const horizon = horizonOf(e);
  // A company's short-term constraints are the guide's main worry about time.
  const shortCompany = voice.kind === 'company' && (horizon === undefined || horizon === 'under-1y');
  if (shortCompany) out.push({ key: 'collab.question.companyBeyondYear' });
  if (!text(e?.motivations)) out.push({ key: 'collab.question.motivations' });
  if (!text(e?.expectations)) out.push({ key: 'collab.question.expectations' });
  if (!text(e?.returnOnInvestment)) out.push({ key: 'collab.question.roi' });
  if (!horizon && !shortCompany) out.push({ key: 'collab.question.horizon' });
  if (valuesOf(e).length === 0) out.push({ key: 'collab.question.values' });
  if (!text(e?.skills)) out.push({ key: 'collab.question.skills' });
  if (voice.kind === 'southern' && !text(e?.contactsThere)) out.push({ key: 'collab.question.contactsThere' });
  out.push({ key: KIND_QUESTION[voice.kind] });
  return out;
}

export function comparePartners(voices: readonly PartnerVoice[], logoUse: string): PartnerComparisonResult {
  const clashes = findClashes(voices, logoUse);
  return {
    common: commonValues(voices),
    clashes,
    questions: new Map(voices.map((v) => [v.id, questionsFor(v, clashes)])),
  };
}
