// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { makeProject } from '../testing/test-fixtures';
import { buildCharterModel } from './charter-model';

describe('the charter names how to reach each partner', () => {
  it('prints the phone or messaging number of a partner without e-mail', () => {
    const project = makeProject();
    const south = project.partners.partners[2]!;
    const partners = project.partners.partners.map((p) =>
      p.id === south.id ? { ...p, contactEmail: '', contactPhone: '+84 90 123 45 67 (WhatsApp)' } : p,
    );
    const model = buildCharterModel(
      { ...project, partners: { ...project.partners, partners } },
      createTranslator('fr'),
      'fr',
    );
    const parties = JSON.stringify(model.articles.find((a) => a.id === 'parties'));
    expect(parties).toContain('"label":"Téléphone ou messagerie","value":"+84 90 123 45 67 (WhatsApp)"');
  });
});
