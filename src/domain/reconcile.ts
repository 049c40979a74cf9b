import type { DraftProject } from '../schemas/project.schema';

/**
 * Keeps the per-partner parts of later steps in line with the partner list: a new partner
 * gets empty entries, a removed partner's entries go, and references to it are cleared
 * so the user is asked to choose again rather than silently pointing at nobody.
 */
export function reconcilePartners(input: DraftProject): DraftProject {
  const project = withUniquePartnerIds(input);
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

/**
 * Partner ids are unique: signatures, roles and risks point at a partner by id, so two
 * partners sharing one would share a signature. The schemas refuse such a file; a list
 * built in memory (a merge, a test) gets `-2`, `-3`… on the later duplicates.
 */
function withUniquePartnerIds(project: DraftProject): DraftProject {
  const list = project.partners.partners;
  const seen = new Set<string>();
  if (list.every((p) => !seen.has(p.id) && seen.add(p.id))) return project;
  const taken = new Set(list.map((p) => p.id));
  const used = new Set<string>();
  const partners = list.map((p) => {
    if (!used.has(p.id)) {
      used.add(p.id);
      return p;
    }
    // Ids are at most 64 characters (schemas/fields.ts).
    const base = p.id.slice(0, 56);
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    taken.add(id);
    used.add(id);
    return { ...p, id };
  });
  return { ...project, partners: { ...project.partners, partners } };
}
