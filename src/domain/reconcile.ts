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
  // Sections already in line are kept as the same objects: what the domain memoises per
  // object (canonical text, completeness) stays known while the partner list is edited.
  const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

  const byPartner = byId(project.motivations.byPartner, (partnerId) => ({
    partnerId,
    motivations: '',
    expectations: '',
    returnOnInvestment: '',
    timeHorizon: '' as const,
    skills: '',
    contactsHere: '',
    contactsThere: '',
    values: [],
  }));
  const roles = byId(project.framework.roles, (partnerId) => ({
    partnerId,
    role: '',
    commitments: '',
    money: '',
    staffTime: '',
    goods: '',
    expertise: '',
    validatedBy: '',
    validationDate: '',
  }));
  const contributions = project.framework.agreement.contributions.map((c) =>
    known.has(c.partnerId) ? c : { ...c, partnerId: '' },
  );
  const milestones = project.followUp.milestones.map((m) => (known.has(m.partnerId) ? m : { ...m, partnerId: '' }));
  const effects = byId(project.impacts.byPartner, (partnerId) => ({ partnerId, effects: [], other: '' }));
  const risks = project.impacts.risks.map((r) => (known.has(r.ownerId) ? r : { ...r, ownerId: '' }));
  const signatures = project.signatures.filter((s) => known.has(s.partnerId));

  return {
    ...project,
    motivations: same(byPartner, project.motivations.byPartner)
      ? project.motivations
      : { ...project.motivations, byPartner },
    framework:
      same(roles, project.framework.roles) && same(contributions, project.framework.agreement.contributions)
        ? project.framework
        : { ...project.framework, roles, agreement: { ...project.framework.agreement, contributions } },
    followUp: same(milestones, project.followUp.milestones) ? project.followUp : { ...project.followUp, milestones },
    impacts:
      same(effects, project.impacts.byPartner) && same(risks, project.impacts.risks)
        ? project.impacts
        : { ...project.impacts, byPartner: effects, risks },
    signatures: same(signatures, project.signatures) ? project.signatures : signatures,
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
