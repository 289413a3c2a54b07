/**
 * Gould–Fernandez brokerage: a hand-checked undirected graph and directed graph, sna's
 * documented role definitions, and a Python port of sna's `brokerage_R`
 * (`scripts/reference/brokerage_sna.py` → tests/fixtures/brokerage.valid.json) on Zachary's
 * karate club, Davis' southern women, the Florentine families and a random digraph.
 */
import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES } from '../../src/data/vocabulary';
import {
  brokerage,
  BROKERAGE_ROLES,
  brokerageRole,
  type BrokerageInput,
} from '../../src/metrics/brokerage';
import { SECTOR_OF_TYPE, worldOf, worldsOf } from '../../src/metrics/worlds';
import reference from '../fixtures/brokerage.valid.json';

const tie = (spec: string) => {
  const [source = '', target = ''] = spec.split('-');
  return { source, target };
};
const graph = (ties: string[], directed = false): BrokerageInput => ({
  nodes: [...new Set(ties.flatMap((t) => t.split('-')))],
  edges: ties.map(tie),
  directed,
});

describe('brokerageRole follows sna’s two-path structures', () => {
  it('names the five roles', () => {
    expect(brokerageRole('A', 'A', 'A')).toBe('coordinator'); // w_I: A → A → A
    expect(brokerageRole('A', 'B', 'A')).toBe('consultant'); // w_O: A → B → A
    expect(brokerageRole('A', 'B', 'B')).toBe('gatekeeper'); // b_OI: A → B → B
    expect(brokerageRole('A', 'A', 'B')).toBe('representative'); // b_IO: A → A → B
    expect(brokerageRole('A', 'B', 'C')).toBe('liaison'); // b_O: A → B → C
  });
});

describe('brokerage on a hand-checked undirected graph', () => {
  //        r2(R)   r3(R)───u1(U)
  //            \    |     /
  //             \   |    /
  //              r1(R)──┘         m3(M)
  //             /    \            /
  //         m1(M)    m2(M)      /
  //           └────────────────┘   (m1–m3)
  // r1's contacts r2, r3, u1, m1, m2; among them only r3–u1 are tied. The 9 other pairs:
  //   r2–r3 R–R coordinator ×2; r2–u1, r2–m1, r2–m2, r3–m1, r3–m2: R–x, each a
  //   representative (r→r1→x) and a gatekeeper (x→r1→r); u1–m1, u1–m2: U–M liaison ×2;
  //   m1–m2: M–M consultant ×2. m1 brokers r1–m3 (R–M): representative 1, gatekeeper 1.
  const input = graph(['r1-r2', 'r1-r3', 'r1-u1', 'r1-m1', 'r1-m2', 'r3-u1', 'm1-m3']);
  const groups = { r1: 'R', r2: 'R', r3: 'R', u1: 'U', m1: 'M', m2: 'M', m3: 'M' };
  const result = brokerage(input, groups);

  it('counts every role of the broker in both directions', () => {
    expect(result.nodes.r1!.roles).toEqual({
      coordinator: 2,
      consultant: 2,
      representative: 5,
      gatekeeper: 5,
      liaison: 4,
    });
    expect(result.nodes.r1!.total).toBe(18);
    expect(result.nodes.r1!.brokeredPairs).toBe(9);
    expect(result.nodes.m1!.roles).toEqual({
      coordinator: 0,
      consultant: 0,
      representative: 1,
      gatekeeper: 1,
      liaison: 0,
    });
    for (const id of ['r2', 'r3', 'u1', 'm2', 'm3']) expect(result.nodes[id]!.total).toBe(0);
  });

  it('splits the brokered pairs by the groups of their ends', () => {
    expect(result.nodes.r1!.groupPairs).toEqual([
      { from: 'M', to: 'R', pairs: 4 },
      { from: 'M', to: 'U', pairs: 2 },
      { from: 'M', to: 'M', pairs: 1 },
      { from: 'R', to: 'R', pairs: 1 },
      { from: 'R', to: 'U', pairs: 1 },
    ]);
    expect(result.nodes.m1!.groupPairs).toEqual([{ from: 'M', to: 'R', pairs: 1 }]);
  });

  it('sums the totals and lists the groups', () => {
    expect(result.groups).toEqual(['M', 'R', 'U']);
    expect(result.totals).toEqual({
      coordinator: 2,
      consultant: 2,
      representative: 6,
      gatekeeper: 6,
      liaison: 4,
      total: 20,
    });
  });

  it('ignores repeated ties, reversed duplicates and self-loops', () => {
    const noisy = { ...input, edges: [...input.edges, tie('r2-r1'), tie('r1-r1'), tie('u1-r3')] };
    expect(brokerage(noisy, groups)).toEqual(result);
  });

  it('gives the expected counts of a random graph of the same density', () => {
    // 7 nodes, 7 ties = 14 arcs: d = 14 / 42 = 1/3; an open two-path has p = d²(1 − d) = 2/27.
    // r1 (group R of 3): coordinator pairs (3−1)(3−2) = 2 → 4/27; any role (7−1)(7−2) = 30.
    expect(result.density).toBeCloseTo(1 / 3, 14);
    expect(result.nodes.r1!.expected.coordinator).toBeCloseTo(4 / 27, 14);
    expect(result.nodes.r1!.expected.total).toBeCloseTo(60 / 27, 14);
    // u1 is alone in U: no coordinator pair can exist, so its z is undefined.
    expect(result.nodes.u1!.expected.coordinator).toBe(0);
    expect(result.nodes.u1!.z.coordinator).toBeNull();
  });

  it('refuses a node without a group and an unknown endpoint', () => {
    expect(() => brokerage(input, { ...groups, m3: undefined as unknown as string })).toThrow(/m3/);
    expect(() => brokerage({ ...input, edges: [tie('r1-zz')] }, groups)).toThrow(/zz/);
  });
});

describe('brokerage on a hand-checked directed graph', () => {
  // a(A) → b(B) → c(B); a → d(A) directly; e(C) → b; b → d.
  // Two-paths through b: a→b→c (A,B,B gatekeeper), e→b→c (C,B,B gatekeeper),
  // e→b→d (C,B,A liaison); a→b→d is closed by a→d.
  const input = graph(['a-b', 'b-c', 'b-d', 'a-d', 'e-b'], true);
  const groups = { a: 'A', b: 'B', c: 'B', d: 'A', e: 'C' };

  it('counts only open two-paths along the arcs', () => {
    const r = brokerage(input, groups);
    expect(r.directed).toBe(true);
    expect(r.nodes.b!.roles).toEqual({
      coordinator: 0,
      consultant: 0,
      representative: 0,
      gatekeeper: 2,
      liaison: 1,
    });
    expect(r.nodes.b!.brokeredPairs).toBe(3);
    expect(r.nodes.b!.groupPairs).toEqual([
      { from: 'A', to: 'B', pairs: 1 },
      { from: 'C', to: 'A', pairs: 1 },
      { from: 'C', to: 'B', pairs: 1 },
    ]);
    for (const id of ['a', 'c', 'd', 'e']) expect(r.nodes[id]!.total).toBe(0);
  });

  it('differs from the same ties read as undirected', () => {
    // Undirected b has contacts a, c, d, e; open pairs a–c, a–e, c–d, c–e, d–e (a–d tied).
    const r = brokerage({ ...input, directed: false }, groups);
    expect(r.nodes.b!.brokeredPairs).toBe(5);
    expect(r.nodes.b!.roles.gatekeeper).toBe(r.nodes.b!.roles.representative);
  });
});

interface ReferenceCase {
  name: string;
  directed: boolean;
  nodes: string[];
  edges: Array<{ source: string; target: string }>;
  groups: Record<string, string>;
  density: number;
  brokerage: Record<
    string,
    {
      roles: Record<string, number>;
      groupPairs: Record<string, number>;
      expected: Record<string, number>;
      z: Record<string, number | null>;
    }
  >;
}

function near(actual: number | null | undefined, expected: number | null | undefined): void {
  if (expected === null || expected === undefined) return void expect(actual).toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('brokerage against the port of sna’s brokerage_R', () => {
  for (const c of reference.cases as unknown as ReferenceCase[]) {
    it(`matches on ${c.name}`, () => {
      const r = brokerage({ nodes: c.nodes, edges: c.edges, directed: c.directed }, c.groups);
      for (const id of c.nodes) {
        const expected = c.brokerage[id]!;
        for (const role of BROKERAGE_ROLES) {
          expect(r.nodes[id]!.roles[role], `${id} ${role}`).toBe(expected.roles[role]);
        }
        const pairs = Object.fromEntries(
          r.nodes[id]!.groupPairs.map((p) => [`${p.from}|${p.to}`, p.pairs]),
        );
        expect(pairs, id).toEqual(expected.groupPairs);
      }
    });

    it(`matches sna's expected counts and z-scores on ${c.name}`, () => {
      const r = brokerage({ nodes: c.nodes, edges: c.edges, directed: c.directed }, c.groups);
      near(r.density, c.density);
      for (const id of c.nodes) {
        const expected = c.brokerage[id]!;
        for (const key of [...BROKERAGE_ROLES, 'total'] as const) {
          near(r.nodes[id]!.expected[key], expected.expected[key]);
          near(r.nodes[id]!.z[key], expected.z[key]);
        }
      }
    });
  }

  it('gives gatekeeper = representative on every undirected case, not on the digraph', () => {
    for (const c of reference.cases as unknown as ReferenceCase[]) {
      const r = brokerage({ nodes: c.nodes, edges: c.edges, directed: c.directed }, c.groups);
      if (c.directed) expect(r.totals.gatekeeper).not.toBe(r.totals.representative);
      else expect(r.totals.gatekeeper).toBe(r.totals.representative);
    }
  });
});

describe('worlds', () => {
  it('gives every organisation type a sector', () => {
    for (const type of ORGANISATION_TYPES) expect(SECTOR_OF_TYPE[type], type).toBeDefined();
  });

  it('maps type and country at each grain', () => {
    const uni = { id: 'org:lu', type: 'university', country: 'SE' };
    const dk = { id: 'org:kk', type: 'foreign-region', country: 'DK' };
    expect(worldOf(uni, 'type')).toBe('university');
    expect(worldOf(uni, 'sector')).toBe('academia');
    expect(worldOf(dk, 'sector')).toBe('international');
    expect(worldOf(uni, 'domestic')).toBe('domestic');
    expect(worldOf(dk, 'domestic')).toBe('foreign');
    expect(worldOf(dk, 'country')).toBe('DK');
    expect(worldOf({ type: 'new-kind' }, 'sector')).toBe('other');
    expect(worldOf({ type: 'collaboration' }, 'domestic')).toBe('unknown');
    expect(worldsOf([uni, dk], 'domestic')).toEqual({ 'org:lu': 'domestic', 'org:kk': 'foreign' });
  });
});
