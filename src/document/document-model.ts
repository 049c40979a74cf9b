import type { Locale } from '../i18n/i18n';

/**
 * Plain data describing a generated document. Renderers (jsPDF today, an accessible HTML
 * page later) lay it out; every text in it is already translated and formatted.
 */
export type Block =
  /** `keepWithNext`: a joining word (« et » between two parties) that opens what follows. */
  | { type: 'paragraph'; text: string; keepWithNext?: boolean }
  | { type: 'subheading'; text: string }
  | { type: 'list'; items: string[] }
  /** `keepTogether`: one record (a signature's), read on one page when it fits on one. */
  | { type: 'fields'; items: FieldItem[]; keepTogether?: boolean }
  /** `totals`: indexes of the rows that total the rows above them (kept with them on a page). */
  | { type: 'table'; head: string[]; rows: string[][]; widths?: number[]; totals?: number[] }
  | TimelineBlock
  | RiskMatrixBlock;

export interface FieldItem {
  label: string;
  value: string;
}

export type ArticleId =
  | 'parties'
  | 'purpose'
  | 'motivations'
  | 'roles'
  | 'contributions'
  | 'governance'
  | 'communication'
  | 'followUp'
  | 'impacts'
  | 'risks'
  | 'confidentiality'
  | 'personalData'
  | 'intellectualProperty'
  | 'liability'
  | 'forceMajeure'
  | 'term'
  | 'disputes'
  | 'language'
  | 'annexes'
  | 'signatures';

export interface Article {
  /** 'audit': the signatures' audit trail (audit-trail-model.ts), after the articles. */
  id: ArticleId | 'audit';
  number: number;
  /** The article's own title, e.g. "Gouvernance". */
  title: string;
  /** The full heading, e.g. "Article 5 — Gouvernance". */
  heading: string;
  blocks: Block[];
}

export interface TimelineBlock {
  type: 'timeline';
  title: string;
  /** ISO dates bounding the axis. */
  from: string;
  to: string;
  ticks: Array<{ date: string; label: string }>;
  /**
   * For a text-only calendar (Word): `dateText` is the date as the document writes it ("30 juin
   * 2026"), `text` the event in words ("1 Dossier déposé", "Revue du risque n° 3 (« … »)").
   */
  events: Array<{
    date: string;
    dateText: string;
    kind: 'milestone' | 'review';
    marker: string;
    label: string;
    text: string;
  }>;
  /** One entry per kind of marker: grey triangles are partnership reviews, orange ones risk reviews. */
  legend: { milestone: string; partnershipReview: string; riskReview: string };
}

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

export interface RiskMatrixBlock {
  type: 'riskMatrix';
  title: string;
  likelihoodLabel: string;
  severityLabel: string;
  /** Labels of the 1–4 scale, index 0 for 1. */
  scaleLabels: [string, string, string, string];
  /** 16 cells, likelihood 1–4 × severity 1–4, with the numbers of the risks they hold. */
  cells: Array<{ likelihood: number; severity: number; level: RiskLevel; riskNumbers: number[] }>;
  levelLabels: Record<RiskLevel, string>;
}

export interface RiskItem {
  number: number;
  title: string;
  category: string;
  description: string;
  /** Null while the partners have not chosen it (a draft): the label then says « à choisir ». */
  likelihood: number | null;
  severity: number | null;
  likelihoodLabel: string;
  severityLabel: string;
  /** Null until both likelihood and severity are chosen: the risk stays out of the matrix. */
  level: RiskLevel | null;
  levelLabel: string;
  response: string;
  mitigation: string;
  owner: string;
  reviewDate: string;
  /** The review date in a compact form ("30 sept. 2026"), for narrow table columns. */
  reviewDateShort: string;
  status: string;
}

export interface CoverPartner {
  name: string;
  kind: string;
  place: string;
}

export interface SignatureSlot {
  partnerName: string;
  partnerKind: string;
  signed: null | {
    name: string;
    title: string;
    place: string;
    date: string;
    method: 'drawn' | 'typed';
    /** PNG data URL of a drawn signature. */
    image?: string;
    /** Set when the signature was given on other content than this version. */
    otherVersionNote?: string;
    /** Set instead of `image` when the drawn image is too large to decode (src/lib/png-size.ts). */
    imageNote?: string;
  };
}

export interface SignatureLabels {
  name: string;
  title: string;
  place: string;
  date: string;
  /** Under an empty box, to sign on paper. */
  signature: string;
  typed: string;
  drawn: string;
}

/**
 * The line under a signature box, the same in every document: why it does not count here,
 * why its image is not shown, or how it was given (drawn, typed); « Signature » under an
 * empty box.
 */
export function signatureCaption(signed: SignatureSlot['signed'], labels: SignatureLabels): string {
  if (!signed) return labels.signature;
  return signed.otherVersionNote ?? signed.imageNote ?? (signed.method === 'typed' ? labels.typed : labels.drawn);
}

/** A signature block's label/value lines (empty values leave room to sign on paper). */
export function signatureSlotRows(
  slot: SignatureSlot,
  labels: { name: string; title: string; place: string; date: string },
): Array<[string, string]> {
  const s = slot.signed;
  return [
    [labels.name, s?.name ?? ''],
    [labels.title, s?.title ?? ''],
    [labels.place, s?.place ?? ''],
    [labels.date, s?.date ?? ''],
  ];
}

export interface DocumentMeta {
  locale: Locale;
  title: string;
  subject: string;
  author: string;
  keywords: string;
}

export interface CharterModel {
  meta: DocumentMeta;
  /** Title of the partnership, shown in the running header. */
  partnershipTitle: string;
  documentTitle: string;
  versionDate: string;
  /** The footer's words for this version (« version du … », « en vigueur depuis le … »). */
  footerVersion: string;
  fingerprint: string;
  cover: {
    between: string;
    partners: CoverPartner[];
    version: string;
    status: string;
    /**
     * What the status says, for its colour: a draft, waiting for signatures, or signed (every
     * partner, under the signature rule) or in force. Decided here once for every renderer.
     */
    tone: 'draft' | 'pending' | 'signed';
    signedCount: number;
    partnerCount: number;
    preamble: string;
    fingerprintLine: string;
    /** Set when the project is (or started from) a worked example: its invented facts are marked. */
    illustrativeNote?: string;
    /** With the note, which of the example's facts come from which source and which are invented. */
    illustrativeSources?: { title: string; text: string };
  };
  articles: Article[];
  /**
   * Set while the project is incomplete: every page says so, the missing items are listed
   * in the signatures article and no signature box is drawn.
   */
  draft: null | { banner: string; missing: string[] };
  /** The signatures article offers boxes to sign: a complete charter, not a text in force. */
  signable: boolean;
  signatures: {
    intro: string;
    fingerprintLabel: string;
    slots: SignatureSlot[];
    labels: SignatureLabels;
  };
}

export interface RiskChecklistModel {
  meta: DocumentMeta;
  partnershipTitle: string;
  documentTitle: string;
  versionDate: string;
  fingerprint: string;
  intro: string;
  /** Set when there is no risk yet: said instead of an empty matrix and table. */
  noRisks?: string;
  /** Set for a worked example, as on the charter's cover: the checklist may be printed on its own. */
  illustrativeNote?: string;
  matrix: RiskMatrixBlock;
  risks: RiskItem[];
  labels: {
    number: string;
    risk: string;
    category: string;
    description: string;
    likelihood: string;
    severity: string;
    level: string;
    /** Heading of the column combining level, likelihood and severity. */
    rating: string;
    mitigation: string;
    owner: string;
    reviewDate: string;
    status: string;
    response: string;
    done: string;
    note: string;
  };
}
