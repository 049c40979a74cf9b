// @vitest-environment node
// The risk checklist printed on its own (CLI --risks-only, the app's checklist download)
// for a project with no risk yet said nothing: an empty matrix over a table head with no
// rows, as if the risks had been lost (documents review). It now says there is none yet.
import '../i18n/register-en';
import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../domain/new-project';
import { createTranslator } from '../i18n/i18n';
import { loadFonts, normalizeForSearch, readPdf } from '../testing/pdf-test-support';
import { renderRiskChecklistPdf } from './render-pdf';

const flat = (s: string) => normalizeForSearch(s.replace(/[\u00a0\u202f]/g, ' '));

describe('a risk checklist with no risk', () => {
  it.each(['fr', 'en'] as const)('says so in %s, with no empty matrix nor table head', async (locale) => {
    const t = createTranslator(locale);
    const project = createEmptyProject(new Date('2026-01-01T00:00:00Z'), locale);
    const pages = await readPdf(
      renderRiskChecklistPdf(project, { locale, fonts: loadFonts(), fingerprint: 'a'.repeat(64) }),
    );
    expect(pages).toHaveLength(1);
    const text = flat(pages[0]!.text);
    expect(text).toContain(flat(t('doc.risks.none')));
    expect(text).not.toContain(flat(t('doc.risks.mitigation')));
    expect(text).not.toContain(flat(t('doc.risks.likelihood')));
    // Nor how to review rows that are not there.
    expect(text).not.toContain(flat(t('doc.risks.checklistIntro')));
  });
});
