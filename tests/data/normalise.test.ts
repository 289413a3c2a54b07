/** Name normalisation: folding and the keys that make spellings of one name collide. */
import { describe, expect, it } from 'vitest';
import { foldText, organisationNameKeys } from '../../src/data/normalise';

describe('normalisation', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(foldText('Malmö  Högskola!')).toBe('malmo hogskola');
    expect(foldText('Region Sjælland')).toBe('region sjaelland');
  });
  it('makes kommun/stad spellings of one place collide', () => {
    const keys = (n: string) => new Set(organisationNameKeys(n));
    const overlap = (a: string, b: string) => [...keys(a)].some((k) => keys(b).has(k));
    expect(overlap('Helsingborgs stad', 'Helsingborg stad')).toBe(true);
    expect(overlap('Helsingborgs stad', 'Helsingborgs kommun')).toBe(true);
    expect(overlap('Malmö stad', 'Malmö universitet')).toBe(false);
  });
});
