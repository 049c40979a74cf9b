import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import { AboutSources } from './about-sources';

function renderAbout(locale: 'fr' | 'en' = 'fr') {
  const onBack = vi.fn();
  render(
    <I18nProvider locale={locale}>
      <AboutSources onBack={onBack} />
    </I18nProvider>,
  );
  return { onBack, user: userEvent.setup() };
}

describe('About the sources', () => {
  it('names the guide and the studies, their publishers, dates and what each gave', () => {
    renderAbout();
    const title = screen.getByRole('heading', { level: 2, name: 'À propos des sources' });
    expect(title).toHaveFocus();
    const docs = screen.getAllByRole('article');
    expect(docs).toHaveLength(5);
    expect(
      screen.getByRole('heading', { level: 3, name: /guide & pratiques inspirantes en Pays de la Loire/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Pays de la Loire Coopération Internationale').length).toBeGreaterThan(0);
    expect(screen.getByText('RESACOOP (Auvergne-Rhône-Alpes)')).toBeInTheDocument();
    expect(screen.getAllByText('Le RAMEAU')).toHaveLength(3);
    expect(screen.getByText('Compte rendu de l’atelier du 26 mars 2018 à Lyon.')).toBeInTheDocument();
    expect(screen.getByText(/Deux cas détaillés \(Paratronic/)).toBeInTheDocument();
  });

  it('says what is Cocharte’s own, and where to get help', async () => {
    const { onBack, user } = renderAbout();
    expect(screen.getByRole('heading', { name: 'Les suggestions de Cocharte' })).toBeInTheDocument();
    expect(screen.getByText(/Les échelles de 1 à 4, la matrice des risques/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Se faire accompagner' })).toBeInTheDocument();
    expect(screen.getByText(/bourse aux partenariats en ligne/)).toBeInTheDocument();
    expect(screen.getByText(/contact@paysdelaloire-cooperation-internationale\.org/)).toBeInTheDocument();
    expect(screen.getByText(/02 41 35 93 00/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('reads in English', () => {
    renderAbout('en');
    expect(screen.getByRole('heading', { level: 2, name: 'About the sources' })).toBeInTheDocument();
    expect(screen.getByText('Report of the workshop of 26 March 2018 in Lyon.')).toBeInTheDocument();
  });
});
