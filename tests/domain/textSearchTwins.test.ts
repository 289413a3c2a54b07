/**
 * Text search over imported texts: an English twin identical to its Swedish text (as
 * imports write `descriptionEn`) is not indexed twice, a different English text still is,
 * and repeated texts of many collaborations are each found.
 */
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/data/graphSchema';
import { createTextSearch } from '../../src/domain/textSearch';

const collaboration = (id: string, description: string, descriptionEn: string): GraphNode => ({
  id,
  kind: 'collaboration',
  label: id,
  type: 'project',
  aliases: [],
  funding: [],
  description,
  descriptionEn,
  sources: [],
  evidence: [],
});

describe('text search twins', () => {
  it('indexes an identical English twin once, a different one separately', () => {
    const search = createTextSearch({
      nodes: [
        collaboration('col:a', 'Vatten i Skåne', 'Vatten i Skåne'),
        collaboration('col:b', 'Vatten i Lund', 'Water in Lund'),
      ],
      edges: [],
    });
    const vatten = search.search('vatten');
    expect(vatten.map((h) => [h.id, h.field]).sort()).toEqual([
      ['col:a', 'description'],
      ['col:b', 'description'],
    ]);
    expect(search.search('water').map((h) => [h.id, h.field])).toEqual([
      ['col:b', 'descriptionEn'],
    ]);
  });

  it('finds each of many collaborations with the same text', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) =>
      collaboration(`col:t${i}`, 'Projekt om vatten', 'Projekt om vatten'),
    );
    const hits = createTextSearch({ nodes, edges: [] }).search('vatten', { limit: 5000 });
    expect(hits).toHaveLength(2000);
    expect(new Set(hits.map((h) => h.field))).toEqual(new Set(['description']));
  });
});
