import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { renderWizard } from '../../tests/setup/render-wizard';
import { describeSource } from '../document/source-text';
import { from } from '../content/sources';
import { createTranslator } from '../i18n/i18n';

describe('source lines', () => {
  it('cite a heading ending in « ? » with a no-break space before it, on screen', () => {
    renderWizard(completeProject(), 'motivations');
    // The guide's heading, as the seeds spell it, has a plain space: a narrow screen (or the
    // projector's large type) could put the « ? » alone at the start of a line.
    const lines = screen
      .getAllByText(/Quelles motivations à construire des partenariats/)
      .map((el) => el.textContent ?? '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('partenariats\u00a0?\u00a0»');
  });

  it('cite a heading with a colon the French way too, on paper as on screen (worksheets share the words)', () => {
    const t = createTranslator('fr');
    expect(
      describeSource(t, from('rameau-convergences', 'Le 17ème objectif des ODD : un changement de paradigme')),
    ).toContain('ODD\u00a0: un changement');
    // English prints the French heading as it is written in French.
    expect(
      describeSource(createTranslator('en'), from('rameau-economic', 'La coopération économique, quels acteurs ?')),
    ).toContain('acteurs\u00a0?');
  });

  it('mark the French heading a source cites as French on an English page, for screen readers', () => {
    renderWizard(completeProject(), 'motivations', 'en');
    const headings = screen.getAllByText('Exposer ses motivations et apprendre à se connaître');
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      expect(heading).toHaveAttribute('lang', 'fr');
      // The line still reads as one sentence in the page's language around it.
      expect(heading.closest('small')).toHaveTextContent(
        /^Source: the guide, “Exposer ses motivations et apprendre à se connaître”$/,
      );
    }
  });
});
