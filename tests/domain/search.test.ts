/** Name search: diacritics, aliases and former names, acronyms, people. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../src/domain/search';
import { tinyDataset } from '../fixtures/tinyDataset';

const data = tinyDataset();

describe('search', () => {
  const index = buildSearchIndex(data.file.nodes);
  it('is case- and diacritic-insensitive', () => {
    expect(search(index, 'basta')[0]?.id).toBe('org:kommun-b');
    expect(search(index, 'CEDERTRÄ')[0]?.id).toBe('org:uni-c');
  });
  it('finds aliases and former names, saying which matched', () => {
    expect(search(index, 'cedertra hogskola')[0]).toMatchObject({
      id: 'org:uni-c',
      matched: 'Cederträ högskola',
    });
  });
  it('ranks an exact acronym first', () => {
    expect(search(index, 'alfa')[0]?.id).toBe('col:alfa');
    expect(search(index, 'CU')[0]?.id).toBe('org:uni-c');
  });
  it('finds people, and nothing for an empty query', () => {
    expect(search(index, 'anna')[0]?.id).toBe('person:anna-a');
    expect(search(index, '  ')).toEqual([]);
  });
});
