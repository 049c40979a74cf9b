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
  z
    .object({
      id,
      name: text(m, { required: true, max: LIMITS.short }),
      kind: choice(PARTNER_KINDS),
      country: text(m, { required: true, max: LIMITS.short }),
      city: text(m, { max: LIMITS.short }),
      contactName: text(m, { required: true, max: LIMITS.short }),
      contactRole: text(m, { max: LIMITS.short }),
      // E-mail or phone (messaging included): a partner in a village may have no e-mail.
      contactEmail: email(m),
      contactPhone: phone(m).default(''),
      contribution: text(m, { required: true }),
      /** For associations: what they bring to the company, from the guide's list. */
      offers: choices('draft', ASSOCIATION_OFFER_IDS).default([]),
      /** Who the partner is in law (form, registration, seat, legal representative), apart from its contact. */
      legal: makeLegalIdentitySchema(m).default(emptyLegalIdentity),
    })
    .refine((p) => m === 'draft' || !isBlank(p.contactEmail) || !isBlank(p.contactPhone), {
      path: ['contactEmail'],
      error: 'errors.emailOrPhone',
      // Said at the first attempt, with the other errors, not after they are fixed.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    });

const isBlank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/** Enough digits to call or message; the rest ("+", spaces, "(WhatsApp)") is the partner's own way of writing it. */
const PHONE_MIN_DIGITS = 6;

function phone(m: Strictness) {
  return text(m, { max: LIMITS.short }).refine(
    (s) => m === 'draft' || s.trim() === '' || (s.match(/\d/g)?.length ?? 0) >= PHONE_MIN_DIGITS,
    { error: 'errors.phone' },
  );
}

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

export const partnerSchema = z.lazy(() => makePartnerSchema('complete'));
export const partnersStepSchema = z.lazy(() => makePartnersStepSchema('complete'));
export type Partner = z.output<typeof partnerSchema>;
export type PartnersStep = z.output<typeof partnersStepSchema>;
