import type { DraftProject } from '../schemas/project.schema';

/**
 * Keeps the per-partner parts of later steps in line with the partner list: a new partner
 * gets empty entries, a removed partner's entries go, and references to it are cleared
 * so the user is asked to choose again rather than silently pointing at nobody.
 */
export function reconcilePartners(project: DraftProject): DraftProject {
  const ids = project.partners.partners.map((p) => p.id);
  const known = new Set(ids);
  const byId = <T extends { partnerId: string }>(list: T[], make: (id: string) => T): T[] =>
    ids.map((id) => list.find((e) => e.partnerId === id) ?? make(id));

  return {
    ...project,
    motivations: {
      ...project.motivations,
      byPartner: byId(project.motivations.byPartner, (partnerId) => ({
        partnerId,
        motivations: '',
        expectations: '',
        returnOnInvestment: '',
        timeHorizon: '',
        skills: '',
        contactsHere: '',
        contactsThere: '',
        values: [],
      })),
    },
    framework: {
      ...project.framework,
      roles: byId(project.framework.roles, (partnerId) => ({
        partnerId,
        role: '',
        commitments: '',
        money: '',
        staffTime: '',
        goods: '',
        expertise: '',
        validatedBy: '',
        validationDate: '',
      })),
      agreement: {
        ...project.framework.agreement,
        contributions: project.framework.agreement.contributions.map((c) =>
          known.has(c.partnerId) ? c : { ...c, partnerId: '' },
        ),
      },
    },
    followUp: {
      ...project.followUp,
      milestones: project.followUp.milestones.map((m) => (known.has(m.partnerId) ? m : { ...m, partnerId: '' })),
    },
    impacts: {
      ...project.impacts,
      byPartner: byId(project.impacts.byPartner, (partnerId) => ({ partnerId, effects: [], other: '' })),
      risks: project.impacts.risks.map((r) => (known.has(r.ownerId) ? r : { ...r, ownerId: '' })),
    },
    signatures: project.signatures.filter((s) => known.has(s.partnerId)),
  };
}
