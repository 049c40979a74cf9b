import { describe, expect, it } from 'vitest';
import { appendMeasure, includesMeasure } from './mitigation-text';

describe('mitigation text', () => {
  it('finds a measure whatever the case and spacing around it', () => {
    expect(includesMeasure('Intro.\n  prévoir   un interprète.  \nAutre.', 'Prévoir un interprète.')).toBe(true);
    expect(includesMeasure('Autre chose.', 'Prévoir un interprète.')).toBe(false);
    expect(includesMeasure('Tout.', '   ')).toBe(false);
  });

  it('adds a measure on its own line, once', () => {
    expect(appendMeasure('', 'A.')).toBe('A.');
    expect(appendMeasure('Déjà écrit.\n\n', 'A.')).toBe('Déjà écrit.\nA.');
    expect(appendMeasure('Déjà écrit.\nA.', 'A.')).toBe('Déjà écrit.\nA.');
  });
});
