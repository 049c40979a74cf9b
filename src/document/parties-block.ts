import type { DraftProject } from '../schemas/project.schema';
import type { Block } from './document-model';
import { inBoth } from './agreement-text';
import { fields, label, nonEmpty, type ModelContext } from './model-helpers';

type DraftPartner = DraftProject['partners']['partners'][number];

/** The name a partner goes by in the rest of the charter ("ci-après « … »"). */
export function shortNameOf(p: DraftPartner): string {
  return (p.legal.shortName.trim() || p.name).trim();
}

/** "SIRET", "RNA", the register's own name abroad ("RCCM"), or a neutral label. */
function registrationLabel(ctx: ModelContext, p: DraftPartner): string {
  const { t } = ctx;
  switch (p.legal.registrationKind) {
    case 'siret':
      return t('agr.label.siret');
    case 'rna':
      return t('agr.label.rna');
    default:
      return p.legal.registrationLabel.trim() || t('agr.label.registration');
  }
}

function joinParts(...parts: string[]): string {
  return parts
    .filter(nonEmpty)
    .map((s) => s.trim())
    .join(', ');
}

/**
 * The parties as a convention names them: each partner's legal identity, its legal
 * representative (never the contact person), its short name "ci-après « … »", then the
 * preamble drawn from the partners' motivations and "Il a été convenu ce qui suit".
 */
export function partiesBlock(ctx: ModelContext): Block[] {
  const { project, t } = ctx;
  const partners = project.partners.partners.filter((p) => nonEmpty(p.name));
  if (partners.length === 0) return [];
  const blocks: Block[] = [{ type: 'paragraph', text: t('agr.parties.between') }];
  partners.forEach((p, i) => {
    if (i > 0) blocks.push({ type: 'paragraph', text: t('agr.parties.and'), keepWithNext: true });
    const legal = p.legal;
    blocks.push({ type: 'subheading', text: p.name.trim() });
    const items = fields(
      [t('agr.label.legalForm'), legal.legalForm],
      [registrationLabel(ctx, p), legal.registrationNumber],
      [t('agr.label.seat'), legal.registeredAddress],
      // The registered address already says where; the city is for partners without one.
      [t('doc.label.city'), nonEmpty(legal.registeredAddress) ? '' : p.city],
      [t('doc.label.country'), p.country],
      [t('agr.label.representative'), joinParts(legal.representativeName, legal.representativeCapacity)],
      [t('agr.label.authority'), legal.representativeAuthority],
      [t('agr.label.contact'), joinParts(p.contactName, p.contactRole)],
      [t('doc.label.email'), p.contactEmail],
      [t('doc.label.phone'), p.contactPhone],
      [t('agr.label.contribution'), p.contribution],
    );
    if (items.length > 0) blocks.push({ type: 'fields', items });
    const offers = p.kind === 'association' ? p.offers.map((o) => label(t, 'offer', o)).filter(nonEmpty) : [];
    if (offers.length > 0)
      blocks.push({ type: 'paragraph', text: t('doc.label.offers') }, { type: 'list', items: offers });
    blocks.push({
      type: 'paragraph',
      text: inBoth(ctx, (tl) => tl('agr.parties.hereinafter', { short: shortNameOf(p) })),
    });
  });
  blocks.push({ type: 'paragraph', text: t('agr.parties.together') });
  blocks.push(...preamble(ctx, partners));
  blocks.push({ type: 'paragraph', text: t('agr.agreed') });
  return blocks;
}

/**
 * What the recitals set out: the motivations of each named partner that has some, and
 * the common ethic. Article 3 asks the same, so neither is printed twice.
 */
export function preambleContent(project: DraftProject): {
  motivations: DraftProject['motivations']['byPartner'];
  statement: string;
} {
  const named = new Set(project.partners.partners.filter((p) => nonEmpty(p.name)).map((p) => p.id));
  return {
    motivations: project.motivations.byPartner.filter((m) => named.has(m.partnerId) && nonEmpty(m.motivations)),
    statement: project.motivations.valuesStatement.trim(),
  };
}

/** Why each partner enters the partnership, and the ethics they share, as the convention's recitals. */
function preamble(ctx: ModelContext, partners: DraftPartner[]): Block[] {
  const { project, t, mono } = ctx;
  const byId = new Map(partners.map((p) => [p.id, p]));
  const { motivations, statement } = preambleContent(project);
  const items = motivations.map((m) =>
    mono('agr.preamble.item', { name: shortNameOf(byId.get(m.partnerId)!), text: m.motivations.trim() }),
  );
  if (items.length === 0 && statement === '') return [];
  return [
    { type: 'subheading', text: t('agr.preamble.title') },
    { type: 'paragraph', text: t('agr.preamble.intro') },
    ...(items.length > 0 ? [{ type: 'list', items } satisfies Block] : []),
    ...(statement ? [{ type: 'paragraph', text: statement } satisfies Block] : []),
  ];
}
