/**
 * The fast GraphFile check of imports agrees with graphSchema: what toGraphFile builds
 * passes both; each corruption graphSchema refuses is refused here too, with the path.
 */
import { describe, expect, it } from 'vitest';
import { graphSchema, type GraphFile } from '../../../src/data/graphSchema';
import { checkImportedGraphFile } from '../../../src/data/import/checkGraphFile';
import { toGraphFile, type ImportedNetwork } from '../../../src/data/import/toGraphFile';

const network: ImportedNetwork = {
  title: 'test.csv',
  year: 2026,
  shape: 'bipartite',
  organisations: [
    { key: 'Lund', label: 'Lund', type: 'municipality', country: 'SE', aliases: ['Lunds kommun'] },
    { key: 'b', label: 'B', type: 'company', country: '', aliases: [], shortName: 'B AB' },
  ],
  collaborations: [
    { key: 'p', label: 'P', kind: 'project', description: 'd', start: 2020, end: 2022 },
  ],
  memberships: [
    { organisation: 'Lund', collaboration: 'p', role: 'lead', section: 'row 2' },
    { organisation: 'b', collaboration: 'p', role: 'member', section: 'row 3' },
  ],
};

function built(): GraphFile {
  const result = toGraphFile(network);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

type Corruption = [string, (f: GraphFile & Record<string, unknown>) => void, string];

const corruptions: Corruption[] = [
  ['a wrong format', (f) => void (f.format = 3 as never), 'format'],
  [
    'an unknown organisation type',
    (f) => void ((f.nodes[0] as { type: string }).type = 'guild'),
    'nodes.0.type',
  ],
  ['an org node without the prefix', (f) => void (f.nodes[0]!.id = 'x:lund'), 'nodes.0.id'],
  [
    'a label that is not text',
    (f) => void ((f.nodes[1] as { label: unknown }).label = 5),
    'nodes.1',
  ],
  [
    'an unknown collaboration kind',
    (f) => void ((f.nodes[2] as { type: string }).type = 'x'),
    'nodes.2.type',
  ],
  [
    'a start that is not a number',
    (f) => void ((f.nodes[2] as { start: unknown }).start = '2020'),
    'nodes.2.start',
  ],
  ['a person node', (f) => void ((f.nodes[2] as { kind: string }).kind = 'person'), 'nodes.2.kind'],
  ['an unknown role', (f) => void ((f.edges[0] as { role: string }).role = 'boss'), 'edges.0.role'],
  [
    'a membership into an organisation',
    (f) => void (f.edges[0]!.target = 'org:lund'),
    'edges.0.target',
  ],
  ['a membership without evidence', (f) => void (f.edges[1]!.evidence = []), 'edges.1.evidence'],
  [
    'a position that is NaN',
    (f) => void (f.positions.network['org:lund'] = [Number.NaN, 0]),
    'positions.network.org:lund',
  ],
  [
    'an infinite position',
    (f) => void (f.positions.affiliation['col:p'] = [0, Infinity]),
    'positions.affiliation.col:p',
  ],
  [
    'a position with three numbers',
    (f) => void (f.positions.affiliation['col:p'] = [0, 1, 2] as never),
    'positions.affiliation.col:p',
  ],
  [
    'a source without a year',
    (f) => void ((f.sources[0] as { year: unknown }).year = null),
    'sources.0',
  ],
];

describe('checkImportedGraphFile', () => {
  it('passes what toGraphFile builds, as graphSchema does', () => {
    const file = built();
    expect(checkImportedGraphFile(file)).toEqual([]);
    expect(graphSchema.safeParse(file).success).toBe(true);
  });

  it.each(corruptions)('refuses %s, as graphSchema does', (_name, corrupt, path) => {
    const file = structuredClone(built()) as GraphFile & Record<string, unknown>;
    corrupt(file);
    expect(graphSchema.safeParse(file).success).toBe(false);
    const issues = checkImportedGraphFile(file);
    expect(issues.map((i) => i.path)).toContain(path);
  });

  it('reports at most the given number of issues and never throws', () => {
    const file = structuredClone(built());
    for (const e of file.edges) (e as { role: string }).role = 'boss';
    expect(checkImportedGraphFile(file, 1)).toHaveLength(1);
    expect(checkImportedGraphFile(null)).toHaveLength(1);
    expect(checkImportedGraphFile({ nodes: 'x' }).length).toBeGreaterThan(0);
  });
});
