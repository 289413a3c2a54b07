import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../../src/data/import/importNetwork';
import { withLayout, type LayoutRequest } from '../../../src/data/import/layout';
import type { ImportedNetwork } from '../../../src/data/import/toGraphFile';

const pair: ImportedNetwork = {
  title: 't',
  year: 2024,
  shape: 'organisations',
  organisations: ['a', 'b'].map((key) => ({
    key,
    label: key,
    type: 'other',
    country: '',
    aliases: [],
  })),
  collaborations: [{ key: 'ab', label: 'ab', kind: 'partnership', description: '', tie: true }],
  memberships: ['a', 'b'].map((org) => ({
    organisation: org,
    collaboration: 'ab',
    role: 'member' as const,
    section: 's',
  })),
};

describe('layout wiring of imports', () => {
  it('runs the given layout runner for a file without positions, with the request', async () => {
    const asked: LayoutRequest[] = [];
    const placed = await withLayout(pair, {}, (request) => {
      asked.push(request);
      return Promise.resolve({ a: [0, 0], b: [10, 0] });
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]?.edges).toHaveLength(1);
    expect(placed.positions?.network).toEqual({ a: [0, 0], b: [10, 0] });
  });

  it('runs no layout when the file brings positions', async () => {
    let runs = 0;
    const withPositions: ImportedNetwork = {
      ...pair,
      positions: {
        network: {
          a: [1, 2],
          b: [3, 4],
        },
      },
    };
    const placed = await withLayout(withPositions, {}, () => {
      runs += 1;
      return Promise.resolve({});
    });
    expect(runs).toBe(0);
    expect(placed).toBe(withPositions);
  });

  it('imports a file without positions through the off-thread client (in-thread without Worker)', async () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>
<edges><edge id="1" source="a" target="b"/><edge id="2" source="b" target="c"/></edges>
</graph></gexf>`;
    const result = await importNetwork(gexf, { fileName: 'small.gexf' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.file.positions.network).length).toBeGreaterThanOrEqual(3);
  });
});
