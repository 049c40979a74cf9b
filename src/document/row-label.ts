import type { Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import type { RowKind } from './project-shape';

type Row = Record<string, unknown>;

/** A partner by id in the first copy that has it: its name as written and its number there. */
function findPartner(copies: readonly DraftProject[], id: string): { name: string; n: number } | null {
  for (const copy of copies) {
    const i = copy.partners.partners.findIndex((p) => p.id === id);
    const p = copy.partners.partners[i];
    if (p) return { name: p.name.trim(), n: i + 1 };
  }
  return null;
}

/**
 * How a row is named, as the forms and the comparison call it: by its title or its partner
 * in quotes (« Risque « Fuite d’informations » »), else by its number (« Risque 2 »).
 * Partners are looked up in `copies`, in order (the local copy first when comparing).
 */
export function rowLabel(
  kind: RowKind,
  row: Row,
  other: Row | undefined,
  index: number,
  t: Translate,
  copies: readonly DraftProject[],
): string {
  const str = (f: string) => {
    const v = row[f] || other?.[f];
    return typeof v === 'string' ? v.trim() : '';
  };
  const n = index + 1;
  const partner = (id: unknown) => {
    const found = findPartner(copies, String(id ?? ''));
    if (!found) return String(id ?? '');
    return found.name || t('partners.partnerN', { n: found.n });
  };
  switch (kind) {
    case 'partner':
      return str('name') ? t('collab.row.partner', { name: str('name') }) : t('partners.partnerN', { n });
    case 'partnerEntry': {
      const found = findPartner(copies, String(row.partnerId ?? ''));
      return found && !found.name
        ? t('partners.partnerN', { n: found.n })
        : t('collab.row.partner', { name: partner(row.partnerId) });
    }
    case 'signature':
      return t('collab.row.signature', { name: partner(row.partnerId) });
    case 'milestone':
      return str('title') ? t('collab.row.milestone', { name: str('title') }) : t('followUp.milestoneN', { n });
    case 'indicator':
      return str('name') ? t('collab.row.indicator', { name: str('name') }) : t('followUp.indicatorN', { n });
    case 'risk':
      return str('title') ? t('collab.row.risk', { name: str('title') }) : t('impacts.riskN', { n });
    case 'contribution':
      return t('agreement.contributionN', { n });
    case 'fundingSource':
      return str('name') ? t('collab.row.fundingSource', { name: str('name') }) : t('agreement.fundingN', { n });
    case 'annex':
      // The charter itself is annex 1: the partners' annexes are numbered from 2.
      return str('title') ? t('collab.row.annex', { name: str('title') }) : t('collab.row.annexN', { n: n + 1 });
  }
}

/** A partner's name as the first of `copies` holding it writes it, else its number there. */
export function partnerNamer(copies: readonly DraftProject[], t: Translate): (id: string) => string {
  return (id) => {
    const found = findPartner(copies, id);
    if (!found) return id;
    return found.name || t('partners.partnerN', { n: found.n });
  };
}
