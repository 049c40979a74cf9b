import { createTranslator, type Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import type { Change, ChangeGroup } from './change';
import { PROJECT_SHAPE, type RowsNode, type ShapeNode } from '../document/project-shape';
import { rowLabel } from '../document/row-label';
import { ROOT, fieldLoc, keyedRows, rowLoc, sameValue, type Loc, type Row } from './rows';

interface Ctx {
  t: Translate;
  group: ChangeGroup;
  copies: readonly DraftProject[];
  out: Change[];
}

/**
 * Every difference between the local project and a received one, step by step and in the
 * order of the forms. Keyed lists are matched by key, so moving rows around is not a
 * change, and a change inside a row is reported as that row's field.
 *
 * `t` builds the labels; French by default because French is the source language, but the
 * UI passes its own translator.
 */
export function diffProjects(
  local: DraftProject,
  incoming: DraftProject,
  t: Translate = createTranslator('fr'),
): Change[] {
  const out: Change[] = [];
  const a: Row = { ...local };
  const b: Row = { ...incoming };
  for (const [field, { group, node }] of Object.entries(PROJECT_SHAPE)) {
    walk(node, a[field], b[field], fieldLoc(ROOT, field), { t, group, copies: [local, incoming], out });
  }
  return out;
}

function walk(node: ShapeNode, a: unknown, b: unknown, loc: Loc, ctx: Ctx): void {
  if (node.kind === 'value') {
    if (!sameValue(a, b, node.unordered)) push(ctx, loc, 'changed', ctx.t(node.label), a, b);
    return;
  }
  if (node.kind === 'object') {
    const ra = (a ?? {}) as Row;
    const rb = (b ?? {}) as Row;
    const prefix = node.label ? ctx.t(node.label) : undefined;
    for (const [field, child] of Object.entries(node.fields))
      walk(child, ra[field], rb[field], fieldLoc(loc, field, prefix), ctx);
    return;
  }
  walkRows(node, a, b, loc, ctx);
}

function walkRows(node: RowsNode, a: unknown, b: unknown, loc: Loc, ctx: Ctx): void {
  const la = keyedRows(a, node.key);
  const lb = keyedRows(b, node.key);
  let index = 0;
  for (const [key, ra] of la) {
    const rb = lb.get(key);
    const at = rowLoc(loc, key, rowLabel(node.row, ra, rb, index++, ctx.t, ctx.copies));
    if (!rb) push(ctx, at, 'removed', undefined, ra, undefined);
    else if (!node.fields) {
      if (!sameValue(ra, rb)) push(ctx, at, 'changed', undefined, ra, rb);
    } else {
      for (const [field, child] of Object.entries(node.fields))
        walk(child, ra[field], rb[field], fieldLoc(at, field), ctx);
    }
  }
  index = 0;
  for (const [key, rb] of lb) {
    const n = index++;
    if (la.has(key)) continue;
    push(
      ctx,
      rowLoc(loc, key, rowLabel(node.row, rb, undefined, n, ctx.t, ctx.copies)),
      'added',
      undefined,
      undefined,
      rb,
    );
  }
}

function push(ctx: Ctx, loc: Loc, kind: Change['kind'], last: string | undefined, local: unknown, incoming: unknown) {
  const labels = last ? [...loc.labels, last] : loc.labels;
  ctx.out.push({
    id: loc.id,
    step: ctx.group,
    path: loc.path,
    kind,
    label: labels.join(ctx.t('collab.row.separator')),
    local,
    incoming,
  });
}
