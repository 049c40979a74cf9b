import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useI18n } from './i18n-provider';

function Total({ name }: { name: string }) {
  const { t } = useI18n();
  return <p data-testid="total">{t('agreement.totalOf', { name, amount: '4 500,50 €' })}</p>;
}

describe('names written right to left, inside an interface sentence', () => {
  it('are isolated, so the amount stays after the name (« جمعية التعاون : 4 500,50 € », not « 4 500,50 : جمعية التعاون € »)', () => {
    render(
      <I18nProvider locale="fr">
        <Total name="جمعية التعاون" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('total').textContent).toMatch(/^\u2068جمعية التعاون\u2069\u00a0: 4 500,50 €$/);
  });

  it('leave other names as they are', () => {
    render(
      <I18nProvider locale="fr">
        <Total name="Hợp tác xã Sao Biển" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('total').textContent).toBe('Hợp tác xã Sao Biển\u00a0: 4 500,50 €');
  });
});
