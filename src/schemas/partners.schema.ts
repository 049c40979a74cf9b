import { z } from '../lib/zod';
import {
  AREA_SETTINGS,
  ASSOCIATION_OFFER_IDS,
  DIRECTIONS,
  PARTNER_KINDS,
  PARTNERSHIP_KINDS,
  RAMEAU_SUBTYPES,
} from '../content/catalogues';
import { emptyLegalIdentity, makeLegalIdentitySchema } from './agreement.schema';
import { LIMITS, choice, choices, email, id, optionalChoice, text, type Strictness } from './fields';

export const MAX_PARTNERS = LIMITS.list;

export const makePartnerSchema = (m: Strictness) =>
  z.object({
    id,
    name: text(m, { required: true, max: LIMITS.short }),
    kind: choice(PARTNER_KINDS),
    country: text(m, { required: true, max: LIMITS.short }),
    city: text(m, { max: LIMITS.short }),
    contactName: text(m, { required: true, max: LIMITS.short }),
    contactRole: text(m, { max: LIMITS.short }),
    contactEmail: email(m, { required: true }),
    contribution: text(m, { required: true }),
    /** For associations: what they bring to the company, from the guide's list. */
    offers: choices('draft', ASSOCIATION_OFFER_IDS).default([]),
    /** Who the partner is in law (form, registration, seat, legal representative), apart from its contact. */
    legal: makeLegalIdentitySchema(m).default(emptyLegalIdentity),
  });

function hasAssociationAndCompany(list: ReadonlyArray<{ kind?: unknown }>): boolean {
  const kinds = new Set(list.map((p) => p?.kind));
  return kinds.has('association') && kinds.has('company');
}

export const makePartnersStepSchema = (m: Strictness) =>
  z.object({
    title: text(m, { required: true, max: LIMITS.short }),
    partners: z
      .array(makePartnerSchema(m))
      .max(MAX_PARTNERS, { error: 'errors.tooManyPartners' })
      .refine((list) => m === 'draft' || hasAssociationAndCompany(list), {
        error: 'errors.needAssociationAndCompany',
        // Checked even while other partner fields are still wrong, so the user hears
        // about it at the first attempt rather than after fixing everything else.
        when: (payload) => Array.isArray(payload.value),
      })
      // A partner is known by its id: signatures, roles and risks point at it. Two partners
      // with one id would share one signature (only a hand-edited file can do this).
      .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { error: 'errors.invalid' }),
    expertiseNeeded: text(m, { required: true }),
    zone: z.object({
      countries: text(m, { required: true, max: LIMITS.short }),
      region: text(m, { max: LIMITS.short }),
      setting: optionalChoice(m, AREA_SETTINGS),
      infrastructure: text(m),
    }),
    partnershipKinds: choices(m, PARTNERSHIP_KINDS, { min: 1 }),
    /** Le RAMEAU's sub-types, to say more precisely what the partnership is. */
    partnershipSubtypes: choices('draft', RAMEAU_SUBTYPES).default([]),
    otherPartnershipKind: text(m, { max: LIMITS.short }),
    directions: choices(m, DIRECTIONS, { min: 1 }),
  });

export const partnerSchema = makePartnerSchema('complete');
export const partnersStepSchema = makePartnersStepSchema('complete');
export type Partner = z.output<typeof partnerSchema>;
export type PartnersStep = z.output<typeof partnersStepSchema>;
