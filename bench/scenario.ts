/**
 * "What if?" benchmark (`npx tsx bench/scenario.ts`; not part of the test suite): times
 * `compareScenario` on the bundled data/graph.json, as the app builds it (no filters,
 * ViewGraph of both views), for a few removals, and prints the median of several runs as a
 * markdown table. The budget is 100 ms per comparison. Also times the round trip through
 * the metrics client (its in-thread fallback: the same handler and messages as the worker,
 * without the structured clone) for the app's question "what if Region Blekinge left?".
 */
import { readFileSync } from 'node:fs';
import { datasetFromJson } from '../src/data/datasetFromJson';
import { applyFilters, DEFAULT_FILTERS } from '../src/domain/filters';
import { buildViewGraph, type ViewGraph, type ViewKind } from '../src/domain/viewGraph';
import { brokerage } from '../src/metrics/brokerage';
import { createMetricsClient } from '../src/metrics/metricsClient';
import {
  compareScenario,
  type ScenarioInput,
  type ScenarioOptions,
  type ScenarioRemoval,
} from '../src/metrics/scenario';
import { structuralHoles } from '../src/metrics/structuralHoles';
import { worldsOf } from '../src/metrics/worlds';

const RUNS = 25;
const WARM_UP = 5;
const BUDGET_MS = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The metrics/scenario input of a view graph (ties keep their collaborations). */
function scenarioInput(view: ViewGraph): ScenarioInput {
  return {
    key: view.signature,
    nodes: view.nodes.map((n) => n.id),
    edges: view.links.map((l) =>
      l.kind === 'tie'
        ? { source: l.source, target: l.target, weight: l.weight, collaborations: l.collaborations }
        : { source: l.source, target: l.target, weight: 1 },
    ),
    weighted: view.view === 'network',
  };
}

const dataset = datasetFromJson(JSON.parse(readFileSync('data/graph.json', 'utf8')));
const visible = applyFilters(dataset, { ...DEFAULT_FILTERS, showPeople: true });

/** Organisations by number of memberships, most first. */
const busiest = [...dataset.membershipsByOrganisation]
  .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
  .map(([id]) => id);
/** Collaborations by number of members, most first. */
const largest = [...dataset.membershipsByCollaboration]
  .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
  .map(([id]) => id);

const removals: Array<{ name: string; removal: ScenarioRemoval }> = [
  { name: `organisation ${busiest[0]!}`, removal: { nodes: busiest.slice(0, 1) } },
  { name: 'the 3 busiest organisations', removal: { nodes: busiest.slice(0, 3) } },
  { name: `collaboration ${largest[0]!}`, removal: { collaborations: largest.slice(0, 1) } },
];

const optionsFor: Record<ViewKind, ScenarioOptions> = {
  affiliation: { intermediaryPrefixes: ['col:'], subjectPrefixes: ['org:'] },
  network: {},
};

const rows: string[] = [];
let worst = 0;
for (const kind of ['affiliation', 'network'] as const) {
  const view = buildViewGraph(visible, kind);
  const input = scenarioInput(view);
  for (const { name, removal } of removals) {
    for (let i = 0; i < WARM_UP; i++) compareScenario(input, removal, optionsFor[kind]);
    const samples: number[] = [];
    let last = compareScenario(input, removal, optionsFor[kind]);
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      last = compareScenario(input, removal, optionsFor[kind]);
      samples.push(performance.now() - start);
    }
    const ms = median(samples);
    worst = Math.max(worst, ms);
    rows.push(
      `| ${kind} (${input.nodes.length} nodes, ${input.edges.length} ties) | ${name} | ` +
        `${last.before.components} → ${last.after.components} | ${last.splits.length} | ` +
        `${last.newlyIsolated.length} | ${ms.toFixed(1)} |`,
    );
  }
}

console.log(
  `compareScenario on data/graph.json, median of ${RUNS} runs after ${WARM_UP} warm-up runs (Node ${process.version})\n`,
);
console.log('| view | removal | components | splits | newly isolated | ms |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
// Brokerage by sector and structural holes on the network view (organisations only).
// Acting collaborations are nodes of the network view too: brokerage groups organisations
// only, as the app does (features/brokerage/brokerageModel.ts).
const fullNetwork = scenarioInput(buildViewGraph(visible, 'network'));
const groups = worldsOf(
  dataset.organisations.filter((o) => fullNetwork.nodes.includes(o.id)),
  'sector',
);
const network: ScenarioInput = {
  ...fullNetwork,
  nodes: fullNetwork.nodes.filter((id) => id in groups),
  edges: fullNetwork.edges.filter((e) => e.source in groups && e.target in groups),
};
const analyses: Array<[string, () => unknown]> = [
  ['brokerage by sector', () => brokerage(network, groups)],
  ['structural holes (weighted)', () => structuralHoles(network)],
];
console.log(`\nnetwork view (${network.nodes.length} nodes, ${network.edges.length} ties)\n`);
console.log('| analysis | ms |');
console.log('|---|---|');
for (const [name, run] of analyses) {
  for (let i = 0; i < WARM_UP; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  console.log(`| ${name} | ${median(samples).toFixed(1)} |`);
}
const top = Object.entries(brokerage(network, groups).nodes)
  .sort(([, x], [, y]) => y.roles.liaison - x.roles.liaison)
  .slice(0, 3)
  .map(([id, b]) => `${id} (${b.group}): liaison ${b.roles.liaison}, pairs ${b.brokeredPairs}`);
console.log(`\nmost liaison brokerage: ${top.join('; ')}`);

console.log(
  `\nslowest median ${worst.toFixed(1)} ms: ${worst <= BUDGET_MS ? 'within' : 'OVER'} the ${BUDGET_MS} ms budget`,
);

// The app's path: metrics client → handler → compareScenario, as the Tänk om tab asks it.
const client = createMetricsClient({ createWorker: null });
console.log('\n| through the metrics client (in-thread) | view | ms |');
console.log('|---|---|---|');
for (const kind of ['affiliation', 'network'] as const) {
  const input = scenarioInput(buildViewGraph(visible, kind));
  const removal = { nodes: ['org:region-blekinge'] };
  const options = { ...optionsFor[kind], subjectPrefixes: ['org:'], limit: 200 };
  for (let i = 0; i < WARM_UP; i++) await client.scenario(input, removal, options);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await client.scenario(input, removal, options);
    samples.push(performance.now() - start);
  }
  const ms = median(samples);
  worst = Math.max(worst, ms);
  console.log(`| without org:region-blekinge | ${kind} | ${ms.toFixed(1)} |`);
}
client.dispose();
console.log(
  `\nSlowest: ${worst.toFixed(1)} ms (budget ${BUDGET_MS} ms): ${worst <= BUDGET_MS ? 'within' : 'OVER'}.`,
);
