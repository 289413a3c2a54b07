/**
 * `npm run data:report` — coverage of the built graph: counts per source, organisation
 * type and collaboration kind; English texts; isolated nodes; single-member collaborations;
 * bodies named in a collaboration's free text without a link to it; organisations with a
 * single membership; and pairs of names close enough to be worth a look as duplicates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  englishTextCount,
  isolatedNodes,
  singleMemberCollaborations,
  unlinkedMentions,
} from '../src/data/coverage';
import { createDataset } from '../src/data/dataset';
import { graphSchema } from '../src/data/graphSchema';
import { foldText } from '../src/data/normalise';
import { nearDuplicateNames } from '../src/domain/nearDuplicates';
import { dataDir } from './readData';

const data = createDataset(
  graphSchema.parse(JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8'))),
);

function table(title: string, rows: [string, number][]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length), 10);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${String(v).padStart(5)}`);
}
const count = (values: string[]) =>
  [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort(
    (a, b) => b[1] - a[1],
  );

console.log('Samverkanskartan data report');
table('Totals', [
  ['organisations', data.organisations.length],
  ['collaborations', data.collaborations.length],
  ['people', data.people.length],
  ['memberships', data.memberships.length],
  ['  of which implied', data.memberships.filter((m) => m.implied).length],
  [
    '  of which by a collaboration',
    data.memberships.filter((m) => m.source.startsWith('col:')).length,
  ],
  ['  of which part', data.memberships.filter((m) => m.role === 'part').length],
  ['seats', data.seats.length],
  ['English texts (…En fields)', englishTextCount(data.file)],
  [
    'Skåne kommuner',
    data.organisations.filter((o) => o.type === 'municipality' && o.county === 'Skåne län').length,
  ],
]);
table(
  'Per source: collaborations citing it',
  data.file.sources.map((s) => [
    `${s.id}`,
    data.collaborations.filter((c) => c.sources.includes(s.id)).length,
  ]),
);
table(
  'Per source: memberships citing it',
  data.file.sources.map((s) => [
    s.id,
    data.memberships.filter((m) => m.evidence.some((e) => e.source === s.id)).length,
  ]),
);
table(
  'Per source: seats citing it',
  data.file.sources.map((s) => [
    s.id,
    data.seats.filter((m) => m.evidence.some((e) => e.source === s.id)).length,
  ]),
);
table('Organisations per type', count(data.organisations.map((o) => o.type)));
table('Collaborations per kind', count(data.collaborations.map((c) => c.type)));
table('Memberships per role', count(data.memberships.map((m) => m.role)));

const membershipCount = new Map<string, number>();
for (const m of data.memberships)
  membershipCount.set(m.source, (membershipCount.get(m.source) ?? 0) + 1);
const singleOrgs = data.organisations.filter((o) => membershipCount.get(o.id) === 1);
const none = data.organisations.filter((o) => !membershipCount.has(o.id));
console.log(`\nOrganisations with a single membership (${singleOrgs.length}):`);
console.log(
  `  ${singleOrgs
    .map((o) => o.label)
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .join('; ')}`,
);
console.log(`\nOrganisations with no membership (${none.length}):`);
console.log(
  `  ${none
    .map((o) => o.label)
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .join('; ')}`,
);
const noMembers = data.collaborations.filter((c) => !data.membershipsByCollaboration.has(c.id));
console.log(`\nCollaborations without named member organisations (${noMembers.length}):`);
console.log(`  ${noMembers.map((c) => c.label).join('; ')}`);

const labelOf = (id: string) => data.nodeById.get(id)?.label ?? id;
const isolated = isolatedNodes(data);
console.log(
  `\nIsolated nodes (${isolated.organisations.length + isolated.collaborations.length}):`,
);
for (const id of [...isolated.organisations, ...isolated.collaborations]) {
  const node = data.nodeById.get(id);
  const why =
    node?.kind === 'collaboration' && node.isolatedBecause ? ` — ${node.isolatedBecause}` : '';
  console.log(`  ${labelOf(id)} (${id})${why}`);
}
const single = singleMemberCollaborations(data);
console.log(`\nCollaborations with a single member (${single.length}):`);
console.log(`  ${single.map(labelOf).join('; ')}`);
const mentions = unlinkedMentions(data);
console.log(
  `\nBodies named in a collaboration's free text but not linked to it (${mentions.length}; place names give false hits):`,
);
for (const m of mentions)
  console.log(`  ${labelOf(m.collaboration)}: "${m.name}" in ${m.field} → ${m.mentioned}`);

const names = [...data.organisations, ...data.collaborations].map((n) => ({
  id: n.id,
  name: n.label,
}));
const pairs = nearDuplicateNames(names, foldText);
console.log(`\nNear-duplicate names worth a look (${pairs.length}):`);
for (const p of pairs) console.log(`  ${p.a.name}  ~  ${p.b.name}   (${p.a.id} / ${p.b.id})`);
