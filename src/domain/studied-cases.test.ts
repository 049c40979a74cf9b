import { describe, expect, it } from 'vitest';
import { STUDIED_CASES } from '../content/guidance-extras';
import { casesLikeYours } from './studied-cases';

const ids = (cases: readonly { id: string }[]) => cases.map((c) => c.id);

describe('cases like yours', () => {
  it('puts the cases of the project’s direction first and keeps the others', () => {
    const { first, others } = casesLikeYours(['import']);
    expect(ids(first)).toEqual(['ingredient-afrique', 'ngo-shoes']);
    expect(others.every((c) => c.direction === 'export')).toBe(true);
    expect(first.length + others.length).toBe(STUDIED_CASES.length);
  });

  it('shows every case first for a project going both ways', () => {
    expect(casesLikeYours(['export', 'import', 'local'])).toEqual({ first: STUDIED_CASES, others: [] });
  });

  it('shows every case while the direction is unknown or only local', () => {
    expect(casesLikeYours([])).toEqual({ first: STUDIED_CASES, others: [] });
    expect(casesLikeYours(['local'])).toEqual({ first: STUDIED_CASES, others: [] });
  });
});
