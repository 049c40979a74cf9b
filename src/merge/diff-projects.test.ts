import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { diffProjects } from './diff-projects';
import { baseProject, copy, signature } from '../testing/test-projects';

const NB = '\u00a0';

describe('diffProjects', () => {
  it('finds nothing between identical projects', () => {
    const p = baseProject();
    expect(diffProjects(p, copy(p))).toEqual([]);
  });

  it('reports a changed field with both values', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.framework.purpose = 'Un autre objet.';
    expect(diffProjects(local, incoming)).toEqual([
      {
        id: 'framework.purpose',
        step: 'framework',
        path: ['framework', 'purpose'],
        kind: 'changed',
        label: 'Objet du partenariat',
        local: local.framework.purpose,
        incoming: 'Un autre objet.',
      },
    ]);
  });

  it('names a partner’s changed e-mail after the partner', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.partners.partners[0]!.contactEmail = 'contact@afdi.org';
    const [change, ...rest] = diffProjects(local, incoming);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      id: 'partners.partners[asso].contactEmail',
      path: ['partners', 'partners', 'asso', 'contactEmail'],
      step: 'partners',
      kind: 'changed',
      label: `Partenaire «${NB}Afdi${NB}» › E-mail de la personne de contact`,
      local: 'elise@example.org',
      incoming: 'contact@afdi.org',
    });
  });

  it('reports a change inside a risk as that risk’s field', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.impacts.risks[1]!.mitigation = 'Clause et formation.';
    expect(diffProjects(local, incoming).map((c) => [c.id, c.label])).toEqual([
      ['impacts.risks[r2].mitigation', `Risque «${NB}Fuite d’informations${NB}» › Mesures de maîtrise`],
    ]);
  });

  it('reports added and removed risks as whole rows', () => {
    const local = baseProject();
    const incoming = copy(local);
    const removed = incoming.impacts.risks.shift()!;
    incoming.impacts.risks.push({ ...removed, id: 'r9', title: 'Retard de paiement' });
    const changes = diffProjects(local, incoming);
    expect(changes.map((c) => [c.id, c.kind, c.label])).toEqual([
      ['impacts.risks[r1]', 'removed', `Risque «${NB}Risque financier à court terme${NB}»`],
      ['impacts.risks[r9]', 'added', `Risque «${NB}Retard de paiement${NB}»`],
    ]);
    expect(changes[0]!.incoming).toBeUndefined();
    expect(changes[1]!.local).toBeUndefined();
    expect(changes[1]!.incoming).toMatchObject({ id: 'r9', title: 'Retard de paiement' });
  });

  it('does not report reordered rows or reordered catalogue choices', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.partners.partners.reverse();
    incoming.impacts.risks.reverse();
    incoming.motivations.byPartner.reverse();
    incoming.framework.roles.reverse();
    incoming.partners.partnershipKinds.reverse();
    incoming.motivations.sharedValues.reverse();
    expect(diffProjects(local, incoming)).toEqual([]);
  });

  it('treats a catalogue list as one value', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.motivations.sharedValues = ['solidarity', 'sustainability'];
    expect(diffProjects(local, incoming)).toMatchObject([
      {
        id: 'motivations.sharedValues',
        local: ['solidarity', 'transparency'],
        incoming: ['solidarity', 'sustainability'],
      },
    ]);
  });

  it('prefixes nested fields and names per-partner entries after their partner', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.partners.zone.region = 'Huế';
    incoming.motivations.byPartner[2]!.timeHorizon = 'over-5y';
    expect(diffProjects(local, incoming).map((c) => c.label)).toEqual([
      'Zone d’intervention › Région',
      `Partenaire «${NB}Hợp tác xã Sao Biển${NB}» › Horizon de temps`,
    ]);
  });

  it('reports signatures and document settings apart from the steps', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.documentLanguage = 'en';
    incoming.signatures = [signature('company')];
    expect(diffProjects(local, incoming).map((c) => [c.step, c.id, c.kind])).toEqual([
      ['documents', 'documentLanguage', 'changed'],
      ['signatures', 'signatures[company]', 'added'],
    ]);
  });

  it('builds labels in the language of the translator it is given', () => {
    const local = baseProject();
    const incoming = copy(local);
    incoming.impacts.risks[1]!.mitigation = 'x';
    expect(diffProjects(local, incoming, createTranslator('en'))[0]!.label).toBe(
      'Risk “Fuite d’informations” › Mitigation measures',
    );
  });
});
