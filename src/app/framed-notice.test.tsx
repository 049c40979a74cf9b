import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import { framedByAnotherOrigin } from './framed';
import { FramedNotice } from './framed-notice';

describe('inside a frame of another site', () => {
  it('is detected when the top page cannot be read, and not in a tab of its own', () => {
    const self = { location: { origin: 'https://cocharte.example' } } as unknown as Window;
    const foreignTop = {
      get location(): Location {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(framedByAnotherOrigin({ ...self, self, top: self } as unknown as Window)).toBe(false);
    expect(framedByAnotherOrigin({ ...self, self, top: foreignTop } as unknown as Window)).toBe(true);
    const sameOriginTop = { location: { origin: 'https://cocharte.example' } };
    expect(framedByAnotherOrigin({ ...self, self, top: sameOriginTop } as unknown as Window)).toBe(false);
  });

  it('says why the app is not shown and links to it in its own tab', () => {
    render(
      <I18nProvider locale="fr">
        <FramedNotice />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/ne s’affiche pas à l’intérieur d’un autre site/);
    expect(screen.getByRole('link', { name: 'ouvrir Cocharte dans son propre onglet' })).toHaveAttribute(
      'target',
      '_top',
    );
  });
});
