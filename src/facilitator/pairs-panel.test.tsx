import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../i18n/i18n';
import { I18nProvider } from '../i18n/i18n-provider';
import { type PairRow, PairsPanel } from './pairs-panel';

const row = (number: number, stepsVisited: number): PairRow => ({
  number,
  name: `Binôme ${number}`,
  title: '',
  place: 'motivations',
  stepsVisited,
  signed: false,
  current: false,
});

function renderIn(locale: Locale) {
  render(
    <I18nProvider locale={locale}>
      <PairsPanel rows={[row(1, 0), row(2, 1), row(3, 3)]} onExport={vi.fn()} />
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

  it('and in English (only 1 singular)', async () => {
    const { loadLocale } = await import('../i18n/i18n');
    await loadLocale('en');
    renderIn('en');
    expect(screen.getByText(/0 of 5 steps opened/)).toBeInTheDocument();
    expect(screen.getByText(/1 of 5 step opened/)).toBeInTheDocument();
    expect(screen.getByText(/3 of 5 steps opened/)).toBeInTheDocument();
  });
});
