import { STEP_IDS } from '../content/catalogues';
import { mergedVersionDate } from '../domain/version-date';
import { canonicalJson } from '../lib/canonical-json';
import { sameContent, signedContent } from '../domain/fingerprint';
import { draftProjectSchema, type DraftProject } from '../schemas/project.schema';
import { reconcilePartners } from '../domain/reconcile';
import { stamped } from '../domain/edits';
import { countingSignatures } from '../domain/signatures';
import { mergeRecords } from '../domain/record-merge';
import type { ChangeGroup } from './change';
import { PROJECT_SHAPE, type RowsNode, type ShapeNode } from '../document/project-shape';
import { ROOT, fieldLoc, keyedRows, rowLoc, sameValue, type Loc, type Row } from './rows';

export interface MergeResult {
  project: DraftProject;
  /** Ids of taken changes that could not be applied: the list was at the schema's limit. */
  skipped: string[];
  /** The local project had signatures on a text that the merge changed. */
  signaturesVoided: boolean;
}

interface Ctx {
  taken: ReadonlySet<string>;
  group: ChangeGroup;
  applied: Set<ChangeGroup>;
  skipped: string[];
  /** Atomic rows (signatures) taken from the received project, by identity. */
  fromIncoming: Set<unknown>;
}

/**
 * The local project with only the taken changes (ids from `diffProjects`) applied. The
 * local project's identity is kept (id, creation date) and its update date bumped.
 */
export function mergeProjects(
  local: DraftProject,
  incoming: DraftProject,
  taken: ReadonlySet<string>,
  now = new Date(),
): DraftProject {
  return mergeProjectsDetailed(local, incoming, taken, now).project;
}

export function mergeProjectsDetailed(
  local: DraftProject,
  incoming: DraftProject,
  taken: ReadonlySet<string>,
  now = new Date(),
): MergeResult {
  const applied = new Set<ChangeGroup>();
  const skipped: string[] = [];
  const fromIncoming = new Set<unknown>();
  const a: Row = { ...local };
  const b: Row = { ...incoming };
  const merged: Row = { ...a };
  for (const [field, { group, node }] of Object.entries(PROJECT_SHAPE)) {
    merged[field] = merge(node, a[field], b[field], fieldLoc(ROOT, field), {
      taken,
      group,
      applied,
      skipped,
      fromIncoming,
    });
  }
  // A step whose changes were taken has been seen (in the comparison), so it can be reached.
  const visited = [...local.visited, ...STEP_IDS.filter((s) => applied.has(s) && !local.visited.includes(s))];
  const parsed = draftProjectSchema.safeParse({
    ...merged,
    id: local.id,
    createdAt: local.createdAt,
    visited,
    // The partnership record only grows: reviews, health checks and amendment signatures of both copies.
    record: mergeRecords(local.record, incoming.record),
  });
  // Both inputs are valid drafts and lists are capped, so this is a bug, not bad input.
  if (!parsed.success) throw new Error(`merge produced an invalid project: ${parsed.error.message}`);

  // Taking a partner, or leaving one, must carry its per-partner entries and references
  // with it, as editing step 1 does; this also drops entries taken for a partner left out.
  const project = snapToSignedText(reconcilePartners(parsed.data), local, incoming, fromIncoming.size > 0);

  // Co-signed means the same text: a signature stays only if it passes the signature rule
  // (domain/signatures.ts) on the merged text — whichever copy it came from.
  const signatures = countingSignatures(project);
  const signaturesVoided = countingSignatures(local).length > 0 && !sameContent(local, project);
  const contentChangedAt = mergedVersionDate(project, local, incoming, now);
  return { project: stamped({ ...project, signatures, contentChangedAt }, now), skipped, signaturesVoided };
}

function merge(node: ShapeNode, a: unknown, b: unknown, loc: Loc, ctx: Ctx): unknown {
  if (node.kind === 'value') {
    if (sameValue(a, b, node.unordered) || !ctx.taken.has(loc.id)) return a;
    ctx.applied.add(ctx.group);
    return b;
  }
  if (node.kind === 'object') {
    const ra = (a ?? {}) as Row;
    const rb = (b ?? {}) as Row;
    const out: Row = { ...ra };
    for (const [field, child] of Object.entries(node.fields))
      out[field] = merge(child, ra[field], rb[field], fieldLoc(loc, field), ctx);
    return out;
  }
  return mergeRows(node, a, b, loc, ctx);
}

/** Local rows keep their order; rows taken from the received list come after them. */
function mergeRows(node: RowsNode, a: unknown, b: unknown, loc: Loc, ctx: Ctx): Row[] {
  const la = keyedRows(a, node.key);
  const lb = keyedRows(b, node.key);
  const out: Row[] = [];
  for (const [key, ra] of la) {
    const rb = lb.get(key);
    const at = rowLoc(loc, key, '');
    if (!rb) {
      if (ctx.taken.has(at.id)) ctx.applied.add(ctx.group);
      else out.push(ra);
    } else if (!node.fields) {
      const take = !sameValue(ra, rb) && ctx.taken.has(at.id);
      if (take) {
        ctx.applied.add(ctx.group);
        ctx.fromIncoming.add(rb);
      }
      out.push(take ? rb : ra);
    } else {
      out.push(merge({ kind: 'object', fields: node.fields }, ra, rb, at, ctx) as Row);
    }
  }
  for (const [key, rb] of lb) {
    const at = rowLoc(loc, key, '');
    if (la.has(key) || !ctx.taken.has(at.id)) continue;
    if (out.length >= node.max) ctx.skipped.push(at.id);
    else {
      out.push(rb);
      ctx.applied.add(ctx.group);
      if (!node.fields) ctx.fromIncoming.add(rb);
    }
  }
  return out;
}

/**
 * The comparison ignores the order of rows, but the signed text does not. When the merge
 * gives the same content as one side up to row order, that side's content is used as it
 * is, so its signatures stay valid: the received side when one of its signatures was
 * taken (the user chose that signed text), else the local side.
 */
function snapToSignedText(
  project: DraftProject,
  local: DraftProject,
  incoming: DraftProject,
  preferIncoming: boolean,
): DraftProject {
  const mine = orderFree(signedContent(project));
  const sides = preferIncoming ? [incoming, local] : [local, incoming];
  const match = sides.find((side) => orderFree(signedContent(side)) === mine);
  if (!match) return project;
  const { partners, motivations, framework, followUp, impacts } = match;
  return reconcilePartners({ ...project, partners, motivations, framework, followUp, impacts });
}

/** Canonical JSON with keyed rows sorted by key and value lists sorted: order does not count. */
function orderFree(value: unknown): string {
  const sortDeep = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const items = v.map(sortDeep);
      const keyOf = (x: unknown) => {
        if (x === null || typeof x !== 'object') return canonicalJson(x);
        const r = x as Row;
        return String(r.id ?? r.partnerId ?? canonicalJson(x));
      };
      return items.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    }
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sortDeep(x)]));
    return v;
  };
  return canonicalJson(sortDeep(value));
}
