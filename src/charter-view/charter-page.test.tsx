import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { I18nProvider } from '../i18n/i18n-provider';
import { buildCharterModel } from '../document/charter-model';
import { makeSignedProject, NAMES } from '../testing/test-fixtures';
import type { DraftProject } from '../schemas/project.schema';
import { CharterPage } from './charter-page';

let project: DraftProject;
let fingerprint: string;

beforeAll(async () => {
  ({ project, fingerprint } = await makeSignedProject());
});

function renderPage(p: DraftProject = project, locale: 'fr' | 'en' = 'fr') {
  return render(
    <I18nProvider locale="fr">
      <CharterPage project={p} locale={locale} fingerprint={fingerprint} />
    </I18nProvider>,
  );
}

describe('CharterPage', () => {
  it('has one h1 and an h2 per article, in the PDF’s order', () => {
    renderPage();
    const model = buildCharterModel(project, createTranslator('fr'), 'fr', { fingerprint });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(project.partners.title);
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2).toEqual(model.articles.map((a) => a.heading));
    expect(h2[0]).toBe('Article 1 — Les parties');
  });

  it('gives tables real column headers and a caption', () => {
    renderPage();
    const milestones = screen.getByRole('table', { name: 'Jalons' });
    const headers = within(milestones)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['N°', 'Date', 'Jalon', 'Responsable']);
    expect(within(milestones).getAllByRole('row')).toHaveLength(1 + project.followUp.milestones.length);
  });

  it('shows the risk matrix with likelihood rows and severity columns', () => {
    renderPage();
    const matrix = screen.getByRole('table', { name: 'Matrice probabilité × gravité' });
    expect(
      within(matrix)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['4 — Très élevé', '3 — Élevé', '2 — Moyen', '1 — Faible']);
    expect(within(matrix).getAllByRole('columnheader')).toHaveLength(5);
    // Risk 2 is likelihood 3, severity 4: critical, and the level is written, not only coloured.
    const row3 = within(matrix).getByRole('rowheader', { name: '3 — Élevé' }).closest('tr')!;
    expect(within(row3).getAllByRole('cell')[3]).toHaveTextContent('2Critique');
  });

  it('lists the timeline as dated events in order', () => {
    renderPage();
    const list = screen.getByRole('figure', { name: 'Calendrier' }).querySelector('ol')!;
    const dates = [...list.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
    expect(list).toHaveTextContent('15 juin 2026 — 1. Première mission de terrain');
  });

  it('describes the drawn signature and shows the typed one', () => {
    renderPage();
    expect(screen.getByRole('img', { name: `Signature tracée d’${NAMES.signatoryAssociation}` })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/png;base64,/),
    );
    expect(screen.getByLabelText(`Signature saisie de ${NAMES.signatoryCompany}`)).toHaveTextContent(
      NAMES.signatoryCompany,
    );
    // Each says how it was given under it: drawn and typed alike.
    expect(screen.getByText('Signature tracée', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('Signature saisie', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText(fingerprint.replace(/(.{16})(?=.)/g, '$1 '))).toBeInTheDocument();
  });

  it('keeps French typography as typed', () => {
    const { container } = renderPage();
    const text = container.textContent ?? '';
    expect(text).toContain('s’engagent à œuvrer');
    expect(text).toContain('«\u00a0juste prix\u00a0»');
    expect(text).toContain('Coopérative Sel d’Œuvre SAS');
    expect(text).toContain('Empreinte du contenu (SHA-256)\u00a0:');
  });

  it('holds « and » to their words with a no-break space, typed with a plain space or none, as the PDF does', () => {
    const typed = { ...project, framework: { ...project.framework, purpose: 'Un prix «juste» et « stable ».' } };
    const { container } = renderPage(typed);
    expect(container.textContent).toContain('Un prix «\u00a0juste\u00a0» et «\u00a0stable\u00a0».');
  });

  it('follows the project’s bilingual setting', () => {
    renderPage({ ...project, bilingualDocuments: true }, 'en');
    expect(screen.getAllByRole('heading', { level: 2 })[1]).toHaveTextContent(
      'Article 2 — Purpose of the partnership / Objet du partenariat',
    );
  });
});

describe('CharterPage of an incomplete project', () => {
  it('says it cannot be signed, lists what is missing, shows no signature block and names the title once', async () => {
    const { createEmptyProject } = await import('../domain/new-project');
    renderPage(createEmptyProject(new Date('2026-01-01T00:00:00Z'), 'fr'));
    expect(screen.getByRole('heading', { level: 1 }).textContent?.trim()).toBe('Charte de partenariat');
    expect(screen.getByText('PROJET — non signable')).toBeInTheDocument();
    expect(screen.getByText(/Il manque les éléments suivants/)).toBeInTheDocument();
    expect(screen.queryByText('Nom')).not.toBeInTheDocument();
  });
});
