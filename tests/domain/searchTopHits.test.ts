/**
 * Search over a big index: the first hits come in exactly the order of a full sort
 * (score, kind, Swedish label order), for one-letter queries that match everything and
 * for narrow ones, whatever the limit; equal labels keep index order.
 */
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/data/graphSchema';
import { compareSv } from '../../src/domain/collate';
import { buildSearchIndex, search, type SearchHit } from '../../src/domain/search';

const KIND = { organisation: 0, collaboration: 1, person: 2 } as const;
const words = ['Åby', 'Aby', 'Örkelljunga', 'Orgel', 'Organisation', 'Lund', 'Ystad', 'Malmö'];

function nodes(count: number): GraphNode[] {
  const out: GraphNode[] = [];
  for (let i = 0; i < count; i++) {
    const label = `${words[i % words.length]} ${words[(i * 7) % words.length]} ${i % 97}`;
    if (i % 3 === 0)
      out.push({
        id: `col:c${i}`,
        kind: 'collaboration',
        label,
        type: 'project',
        aliases: [],
        funding: [],
        description: '',
        descriptionEn: '',
        sources: [],
        evidence: [],
      });
    else
      out.push({
        id: `org:o${i}`,
        kind: 'organisation',
        label,
        type: 'company',
        aliases: i % 5 === 0 ? ['ORG'] : [],
        formerNames: [],
        country: 'SE',
      });
  }
  return out;
}

/** The reference: every hit, fully sorted. */
function fullOrder(hits: SearchHit[]): SearchHit[] {
  return [...hits].sort(
    (a, b) => b.score - a.score || KIND[a.kind] - KIND[b.kind] || compareSv(a.label, b.label),
  );
}

describe('search order on a big index', () => {
  const index = buildSearchIndex(nodes(3000));
  const all = (q: string) => search(index, q, Number.MAX_SAFE_INTEGER);

  it.each(['o', 'or', 'a', 'lund 4', 'org', 'malmö ystad', 'zzz'])('%s', (q) => {
    const reference = fullOrder(all(q));
    for (const limit of [1, 5, 12, 40, 500]) {
      expect(search(index, q, limit)).toEqual(reference.slice(0, limit));
    }
  });

  it('gives nothing for an empty query or no limit', () => {
    expect(search(index, '  ', 12)).toEqual([]);
    expect(search(index, 'o', 0)).toEqual([]);
  });
});
