import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import type { Locale } from '../i18n/i18n';
import { reviewedProject } from '../testing/record-fixtures';
import { HealthTrendChart } from './health-check';

async function trendText(locale: Locale) {
  const project = await reviewedProject();
  render(
    <I18nProvider locale={locale}>
      <HealthTrendChart reviews={project.record.reviews} />
    </I18nProvider>,
  );
  return (await screen.findByRole('img')).closest('figure')!.querySelector('figcaption')!.textContent;
}

describe('the health trend’s text alternative', () => {
  it('separates the reviews with the language’s own semicolon', async () => {
    const en = await trendText('en');
    expect(en).toBe('review no. 1 (5 October 2026): 3.7 out of 5; review no. 2 (6 April 2027): 4.3 out of 5');
  });

  it('keeps the French one with its narrow no-break space', async () => {
    expect(await trendText('fr')).toMatch(/sur 5\u202f; bilan n°\u00a02/);
  });
});
