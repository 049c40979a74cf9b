import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../i18n/i18n';
import { I18nProvider } from '../i18n/i18n-provider';
import { type PairRow, PairsPanel } from './pairs-panel';
import { recordStatus } from '../domain/record-status';
import { closedProject, reviewedProject, signedThreePartnerProject } from '../testing/record-fixtures';
import { makeProject } from '../testing/test-fixtures';

const row = (number: number, stepsVisited: number): PairRow => ({
  number,
  name: `Binôme ${number}`,
  title: '',
  place: 'motivations',
  stepsVisited,
  signed: false,
  current: false,
  record: null,
});

function renderIn(locale: Locale) {
  render(
    <I18nProvider locale={locale}>
      <PairsPanel rows={[row(1, 0), row(2, 1), row(3, 3)]} today="2026-06-01" onExport={vi.fn()} />
    </I18nProvider>,
  );
}

describe('the session’s pairs', () => {
  it('count the steps each pair opened with real plurals, in French (0 and 1 singular)', () => {
    renderIn('fr');
    expect(screen.getByText(/0 étape ouverte sur 5/)).toBeInTheDocument();
    expect(screen.getByText(/1 étape ouverte sur 5/)).toBeInTheDocument();
    expect(screen.getByText(/3 étapes ouvertes sur 5/)).toBeInTheDocument();
  });

  it('and in English (« 1 of 5 steps »: the noun counts the five)', async () => {
    const { loadLocale } = await import('../i18n/i18n');
    await loadLocale('en');
    renderIn('en');
    expect(screen.getByText(/0 of 5 steps opened/)).toBeInTheDocument();
    expect(screen.getByText(/1 of 5 steps opened/)).toBeInTheDocument();
    expect(screen.getByText(/3 of 5 steps opened/)).toBeInTheDocument();
  });
});

describe('the session’s pairs and their partnership records', () => {
  async function renderRecords(locale: Locale, today: string) {
    const { loadLocale } = await import('../i18n/i18n');
    await loadLocale(locale);
    const signed = { ...row(1, 5), place: 'review' as const, signed: true };
    render(
      <I18nProvider locale={locale}>
        <PairsPanel
          rows={[
            { ...row(1, 3), record: recordStatus(makeProject()) },
            { ...signed, number: 2, record: recordStatus(await signedThreePartnerProject()) },
            { ...signed, number: 3, record: recordStatus(await reviewedProject()) },
            { ...signed, number: 4, record: recordStatus(await closedProject()) },
          ]}
          today={today}
          onExport={vi.fn()}
        />
      </I18nProvider>,
    );
    return screen.getAllByRole('listitem').map((li) => within(li));
  }

  it('say for each co-signed pair its reviews, the next one or the one overdue, amendments and the decision', async () => {
    const [draft, signed, reviewed, closed] = await renderRecords('fr', '2026-09-10');
    // Not co-signed: no record to speak of.
    expect(draft!.queryByText(/Dossier du partenariat/)).not.toBeInTheDocument();
    expect(
      signed!.getByText(
        /^Dossier du partenariat\s: charte co-signée · 0\sbilan tenu · bilan n°\s1 prévu le 1er octobre 2026$/,
      ),
    ).toBeInTheDocument();
    expect(reviewed!.getByText(/ 2\sbilans tenus · bilan n°\s3 prévu le /)).toBeInTheDocument();
    expect(closed!.getByText(/ 1\savenant · décision de fin\s: «\sLe dupliquer ailleurs\s»$/)).toBeInTheDocument();
    expect(closed!.queryByText(/prévu le/)).not.toBeInTheDocument();
  });

  it('say a review is overdue once its date has passed, in English too', async () => {
    const [, signed] = await renderRecords('en', '2026-10-02');
    expect(signed!.getByText(/0 reviews held · review no\. 1 overdue \(due on 1 October 2026\)$/)).toBeInTheDocument();
  });
});

describe('the session’s pairs, each to open', () => {
  it('shows each project’s current title and opens another pair’s project, not the open one nor a missing one', () => {
    const onOpenPair = vi.fn();
    render(
      <I18nProvider locale="fr">
        <PairsPanel
          rows={[
            { ...row(1, 2), title: 'Terrena, Afdi et la COBSAC' },
            { ...row(2, 1), title: 'Binôme 2 — Lagazel et EdM', current: true },
            { ...row(3, 0), place: null },
          ]}
          today="2026-06-01"
          onExport={vi.fn()}
          onOpenPair={onOpenPair}
        />
      </I18nProvider>,
    );
    const [first, open, missing] = screen.getAllByRole('listitem').map((li) => within(li));
    expect(first!.getByText(/^Projet\s:\s«\sTerrena, Afdi et la COBSAC\s»$/)).toBeInTheDocument();
    fireEvent.click(first!.getByRole('button', { name: 'Ouvrir le projet du binôme 1' }));
    expect(onOpenPair).toHaveBeenCalledWith(1);
    expect(open!.getByText(/^Projet\s:\s«\sBinôme 2 — Lagazel et EdM\s»$/)).toBeInTheDocument();
    expect(open!.queryByRole('button')).toBeNull();
    expect(missing!.queryByRole('button')).toBeNull();
  });
});
