import { z } from 'zod';
import { AREA_SETTINGS, DIRECTIONS, PARTNER_KINDS, PARTNERSHIP_KINDS } from '../content/catalogues';
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
  });

export const makePartnersStepSchema = (m: Strictness) =>
  z
    .object({
      title: text(m, { required: true, max: LIMITS.short }),
      partners: z.array(makePartnerSchema(m)).max(MAX_PARTNERS, { error: 'errors.tooManyPartners' }),
      expertiseNeeded: text(m, { required: true }),
      zone: z.object({
        countries: text(m, { required: true, max: LIMITS.short }),
        region: text(m, { max: LIMITS.short }),
        setting: optionalChoice(m, AREA_SETTINGS),
        infrastructure: text(m),
      }),
      partnershipKinds: choices(m, PARTNERSHIP_KINDS, { min: 1 }),
      otherPartnershipKind: text(m, { max: LIMITS.short }),
      directions: choices(m, DIRECTIONS, { min: 1 }),
    })
    .superRefine((step, ctx) => {
      if (m === 'draft') return;
      const kinds = new Set(step.partners.map((p) => p.kind));
      if (!kinds.has('association') || !kinds.has('company')) {
        ctx.addIssue({ code: 'custom', path: ['partners'], message: 'errors.needAssociationAndCompany' });
      }
    });

export const partnerSchema = makePartnerSchema('complete');
export const partnersStepSchema = makePartnersStepSchema('complete');
export type Partner = z.output<typeof partnerSchema>;
export type PartnersStep = z.output<typeof partnersStepSchema>;
