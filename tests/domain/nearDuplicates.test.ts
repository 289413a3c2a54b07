/** Near-duplicate names for the data report. */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/data/normalise';
import { editDistance, nearDuplicateNames } from '../../src/domain/nearDuplicates';

describe('near-duplicate names', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
  it('pairs names of the same kind that differ by a typo or contain each other', () => {
    const pairs = nearDuplicateNames(
      [
        { id: 'org:a', name: 'Sydsvenska Handelskammaren' },
        { id: 'org:b', name: 'Sydsvenska Handelskamaren' },
        { id: 'col:c', name: 'Sydsvenska Handelskammaren' },
      ],
      foldText,
    );
    expect(pairs.map((p) => `${p.a.id}~${p.b.id}`)).toEqual(['org:a~org:b']);
  });
});
