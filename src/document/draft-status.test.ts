// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { createTranslator } from '../i18n/i18n';
import { buildCharterModel } from './charter-model';
import { missingForSignature } from './draft-status';

const fr = createTranslator('fr');
const NB = '\u00a0';

describe('a charter that cannot be signed prints as a draft', () => {
  it('calls a whole charter still made of a worked example « non signable », with no boxes to sign', () => {
    // Complete, but its people and figures are the example's, invented: signing stays closed.
    const project = { ...completeProject(), illustrativeExample: 'terrena-afdi-cobsac' };
    const model = buildCharterModel(project, fr, 'fr');
    expect(model.cover.status).toBe('PROJET — non signable');
    expect(model.signable).toBe(false);
    expect(model.draft?.missing.join('\n')).toMatch(/^Identifier les partenaires — /);
  });
});

describe('what is missing, named as the forms name it', () => {
  it('names a partner and a risk by their names, and an unnamed one by its number', () => {
    const base = completeProject();
    const [asso, company, south] = base.partners.partners;
    if (!asso || !company || !south) throw new Error('fixture');
    const risk = base.impacts.risks[0];
    if (!risk) throw new Error('fixture');
    const project = {
      ...base,
      partners: {
        ...base.partners,
        partners: [asso, { ...company, name: '' }, { ...south, contribution: '' }],
      },
      impacts: { ...base.impacts, risks: [{ ...risk, mitigation: '' }] },
    };
    const lines = missingForSignature(project, fr).join('\n');
    expect(lines).toContain(`(Partenaire 2 › Nom de l’organisation)`);
    expect(lines).toContain(`(Partenaire «${NB}Hợp tác xã Sao Biển${NB}» › Ce que ce partenaire apporte)`);
    expect(lines).toContain(`(Risque «${NB}${risk.title}${NB}» › Mesures de maîtrise)`);
    expect(lines).not.toMatch(/Partenaires › \d|Risques › \d/);
  });
});
