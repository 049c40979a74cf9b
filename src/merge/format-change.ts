import { RISK_CATALOGUE } from '../content/risk-catalogue';
import { counted } from '../document/agreement-text';
import { formatMoney } from '../domain/agreement-funding';
import { formatDate, isMessageKey, type Locale, type Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { partnerNamer } from '../document/row-label';
import type { Change } from './change';
import { PROJECT_SHAPE, type RowsNode, type ShapeNode, type ValueNode } from '../document/project-shape';
import type { Row } from './rows';

export interface FormatContext {
  t: Translate;
  date: (iso: string) => string;
  partnerName: (id: string) => string;
  /** An amount in the currency of the side it comes from (a copy may change the currency). */
  money: (amount: number, side: Side) => string;
}

type Side = 'local' | 'incoming';

/**
 * The context that writes both sides of a comparison as the charter would: in `locale`,
 * with partners named from either copy and amounts in each copy's own currency.
 */
export function formatContextFor(
  local: DraftProject,
  incoming: DraftProject,
  locale: Locale,
  t: Translate,
): FormatContext {
  const currency = { local: local.framework.agreement.currency, incoming: incoming.framework.agreement.currency };
  return {
    t,
    date: (iso) => formatDate(locale, iso),
    partnerName: partnerNamer([local, incoming], t),
    money: (amount, side) => formatMoney(locale, currency[side], amount),
  };
}

type Target = { kind: 'value'; node: ValueNode; field: string } | { kind: 'row'; node: RowsNode };

/** The part of the project shape a change's path points at: a value, or a whole row. */
export function targetOf(path: Change['path']): Target | undefined {
  const [top, ...rest] = path;
  let node: ShapeNode | undefined = PROJECT_SHAPE[String(top)]?.node;
  let field = String(top);
  for (let i = 0; i < rest.length && node; i++) {
    const seg = String(rest[i]);
    if (node.kind === 'object') {
      node = node.fields[seg];
      field = seg;
    } else if (node.kind === 'rows') {
      // This segment is the row's key; the next one, if any, is a field of the row.
      if (i === rest.length - 1) return { kind: 'row', node };
      node = node.fields ? { kind: 'object', fields: node.fields } : undefined;
    } else return undefined;
  }
  return node?.kind === 'value' ? { kind: 'value', node, field } : undefined;
}

/**
 * One side of a change as lines of readable text: catalogue ids translated, partner ids
 * named, dates spelled out, lists joined; a whole row as « field : value » lines.
 */
export function formatSide(change: Change, side: Side, ctx: FormatContext): string[] {
  const value = change[side];
  if (value === undefined) return [ctx.t('collab.merge.absent')];
  const target = targetOf(change.path);
  if (!target) return [isEmpty(value) ? ctx.t('collab.merge.empty') : JSON.stringify(value)];
  if (target.kind === 'value') return [formatValue(target.node, target.field, value, ctx, side)];
  return formatRow(target.node, value as Row, ctx, side);
}

function formatRow(node: RowsNode, row: Row, ctx: FormatContext, side: Side): string[] {
  if (node.row === 'signature') {
    return [
      ctx.t('signing.signedBy', {
        name: String(row.signatoryName ?? ''),
        title: String(row.signatoryTitle ?? ''),
        place: String(row.place ?? ''),
        date: ctx.date(String(row.date ?? '')),
      }),
    ];
  }
  const lines: string[] = [];
  for (const [field, child] of Object.entries(node.fields ?? {})) {
    if (child.kind !== 'value' || isEmpty(row[field])) continue;
    lines.push(
      ctx.t('collab.merge.fieldValue', {
        label: ctx.t(child.label),
        value: formatValue(child, field, row[field], ctx, side),
      }),
    );
  }
  return lines.length > 0 ? lines : [ctx.t('collab.merge.empty')];
}

function formatValue(node: ValueNode, field: string, value: unknown, ctx: FormatContext, side: Side): string {
  // A milestone without a partner concerns them all; anywhere else, empty is just empty.
  if (node.display.as === 'partner' && value === '' && field === 'partnerId') return ctx.t('followUp.allPartners');
  if (isEmpty(value)) return ctx.t('collab.merge.empty');
  if (Array.isArray(value)) return value.map((v) => formatScalar(node, v, ctx, side)).join(', ');
  return formatScalar(node, value, ctx, side);
}

function formatScalar(node: ValueNode, v: unknown, ctx: FormatContext, side: Side): string {
  const s = String(v);
  const d = node.display;
  switch (d.as) {
    case 'date':
      return ctx.date(s);
    case 'bool':
      return ctx.t(v ? 'collab.merge.yes' : 'collab.merge.no');
    case 'language':
      return s === 'fr' || s === 'en' ? ctx.t(`collab.merge.language.${s}`) : s;
    case 'partner':
      return ctx.partnerName(s);
    case 'riskCatalogue': {
      const entry = RISK_CATALOGUE.find((e) => e.id === s);
      return entry ? ctx.t(entry.titleKey) : s;
    }
    case 'catalogue': {
      const key = `${d.prefix}${s}`;
      return isMessageKey(key) ? ctx.t(key) : s;
    }
    case 'number':
      if (typeof v !== 'number') return s;
      return d.unit === 'money' ? ctx.money(v, side) : counted(ctx.t, d.unit, v);
    case 'text':
      return s;
  }
}

function isEmpty(v: unknown): boolean {
  return v === '' || v === null || (Array.isArray(v) && v.length === 0);
}
