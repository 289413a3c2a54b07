/**
 * GEXF and GraphML files as imported networks, through graphology-gexf's and
 * graphology-graphml's parsers over the fast LiteXml reader (xmlGraph.ts; runs alike in
 * the main thread, in a worker — which has no DOMParser — and in Node). Owns how a file
 * maps onto the app's bipartite model:
 * - nodes of kind organisation/collaboration (attribute `kind` or id prefix org:/col:)
 *   → a bipartite network: edges between them are memberships (roles from `role`);
 * - otherwise every node is an organisation and every edge a tie. An edge whose
 *   `collaborations` attribute lists ids (the app's own network export) becomes those
 *   shared collaborations; any other edge becomes a two-member "tie" collaboration
 *   (kind partnership, id `col:tie-<edge ordinal>`, label "A – B"), so the network view
 *   projects the same graph back (parallel edges add up to the tie's weight).
 * People, seats, self-loops and edges between two collaborations are left out with a warning.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { COLLABORATION_KINDS, ORGANISATION_TYPES, type MembershipRole } from '../vocabulary';
import { normalisePositions } from './layout';
import { checkSize, resolveLimits, type ImportLimits } from './limits';
import type { NetworkResult } from './membershipTable';
import { decodeText } from './parseTable';
import { problem, type ImportProblem } from './problems';
import { pause, type LongTaskOptions } from './progress';
import { cleanText } from './text';
import type {
  ImportedCollaboration,
  ImportedNetwork,
  ImportedOrganisation,
  PositionMap,
} from './toGraphFile';
import {
  collaborationKindFromText,
  countryFromText,
  membershipRoleFromText,
  organisationTypeFromText,
} from './vocabularyText';
import { checkXml } from './xmlCheck';
import { parseGexfText, parseGraphmlText } from './xmlGraph';

export type NetworkFormat = 'gexf' | 'graphml';

export interface NetworkFileOptions extends LongTaskOptions {
  format?: NetworkFormat;
  fileName?: string;
  /** Source title; default the file name, else "Import". */
  title?: string;
  /** Import year; default the current year. */
  year?: number;
  limits?: Partial<ImportLimits>;
}

async function readText(input: Blob | string): Promise<string> {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  return decodeText(new Uint8Array(await input.arrayBuffer())).text.replace(/^\uFEFF/, '');
}

function detectFormat(
  text: string,
  options: NetworkFileOptions,
  input: Blob | string,
): NetworkFormat | null {
  if (options.format) return options.format;
  const name = (
    options.fileName ??
    (typeof input !== 'string' && 'name' in input && typeof input.name === 'string'
      ? input.name
      : '')
  ).toLowerCase();
  if (name.endsWith('.gexf')) return 'gexf';
  if (name.endsWith('.graphml')) return 'graphml';
  const head = text.slice(0, 2000);
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  return null;
}

const count = (text: string, tag: string) =>
  (text.match(new RegExp(`<${tag}[\\s/>]`, 'g')) ?? []).length;

type NodeKind = 'organisation' | 'collaboration' | 'person' | null;

function kindOf(id: string, attributes: Attributes): NodeKind {
  const kind: unknown = attributes.kind;
  if (kind === 'organisation' || kind === 'collaboration' || kind === 'person') return kind;
  if (id.startsWith('org:')) return 'organisation';
  if (id.startsWith('col:')) return 'collaboration';
  if (id.startsWith('person:')) return 'person';
  return null;
}

const text = (value: unknown, max = 300): string =>
  typeof value === 'string' || typeof value === 'number' ? cleanText(String(value), max).text : '';

function organisationOf(id: string, attributes: Attributes): ImportedOrganisation {
  const typeText = text(attributes.type);
  const type = (ORGANISATION_TYPES as readonly string[]).includes(typeText)
    ? (typeText as ImportedOrganisation['type'])
    : (organisationTypeFromText(typeText) ?? 'other');
  return {
    key: id,
    label: text(attributes.label) || text(id),
    type,
    country: countryFromText(text(attributes.country)) ?? '',
    aliases: [],
  };
}

function collaborationOf(id: string, attributes: Attributes): ImportedCollaboration {
  const kindText = text(attributes.type);
  const kind = (COLLABORATION_KINDS as readonly string[]).includes(kindText)
    ? (kindText as ImportedCollaboration['kind'])
    : (collaborationKindFromText(kindText) ?? 'project');
  const collaboration: ImportedCollaboration = {
    key: id,
    label: text(attributes.label) || text(id),
    kind,
    description: text(attributes.description, 1000),
  };
  for (const key of ['start', 'end'] as const) {
    const value: unknown = attributes[key];
    if (typeof value === 'number' && Number.isInteger(value)) collaboration[key] = value;
  }
  return collaboration;
}

/** Roles of a membership edge: `role` split on ; (as the app exports), unknown → member. */
function rolesOf(attributes: Attributes): MembershipRole[] {
  const roles = text(attributes.role)
    .split(';')
    .map((r) => membershipRoleFromText(r.trim()))
    .filter((r): r is MembershipRole => r !== null);
  return roles.length > 0 ? [...new Set(roles)] : ['member'];
}

/** Positions when every node of `keys` has numeric x and y; y flipped (files point y up). */
function positionsOf(graph: Graph, keys: readonly string[]): PositionMap | undefined {
  const out: PositionMap = {};
  for (const key of keys) {
    const { x, y } = graph.getNodeAttributes(key);
    if (
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y)
    )
      return undefined;
    out[key] = [x, y === 0 ? 0 : -y];
  }
  return keys.length > 0 ? out : undefined;
}

/** Turns a parsed graphology graph into an imported network (see the module header). */
export function networkFromGraph(
  graph: Graph,
  title: string,
  year: number,
): { network: ImportedNetwork; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const kinds = new Map(graph.mapNodes((id, a) => [id, kindOf(id, a)] as const));
  const bipartite = [...kinds.values()].includes('collaboration');
  const organisations: ImportedOrganisation[] = [];
  const collaborations: ImportedCollaboration[] = [];
  const memberships: ImportedNetwork['memberships'] = [];
  let people = 0;
  let skippedEdges = 0;
  graph.forEachNode((id, attributes) => {
    const kind = kinds.get(id) ?? null;
    if (kind === 'person') people++;
    else if (kind === 'collaboration') collaborations.push(collaborationOf(id, attributes));
    else organisations.push(organisationOf(id, attributes));
  });
  const isOrganisation = (id: string) => {
    const kind = kinds.get(id);
    return kind === 'organisation' || kind === null;
  };
  let ordinal = 0;
  if (bipartite) {
    graph.forEachEdge((_edge, attributes, source, target) => {
      ordinal++;
      const [org, col] =
        isOrganisation(source) && kinds.get(target) === 'collaboration'
          ? [source, target]
          : isOrganisation(target) && kinds.get(source) === 'collaboration'
            ? [target, source]
            : [null, null];
      if (!org || !col) {
        skippedEdges++;
        return;
      }
      for (const role of rolesOf(attributes)) {
        memberships.push({
          organisation: org,
          collaboration: col,
          role,
          section: `${title}, edge ${ordinal}`,
        });
      }
    });
  } else {
    const listed = new Map<string, ImportedCollaboration>();
    const label = new Map(organisations.map((o) => [o.key, o.label]));
    graph.forEachEdge((_edge, attributes, source, target) => {
      ordinal++;
      if (source === target) {
        skippedEdges++;
        return;
      }
      const section = `${title}, edge ${ordinal}`;
      const ids = text(attributes.collaborations, 100_000)
        .split(';')
        .map((c) => c.trim())
        .filter((c) => c !== '');
      if (ids.length > 0) {
        for (const id of ids) {
          if (!listed.has(id)) {
            const collaboration: ImportedCollaboration = {
              key: id,
              label: id.replace(/^col:/, ''),
              kind: 'project',
              description: '',
            };
            listed.set(id, collaboration);
            collaborations.push(collaboration);
          }
          memberships.push({ organisation: source, collaboration: id, role: 'member', section });
          memberships.push({ organisation: target, collaboration: id, role: 'member', section });
        }
        return;
      }
      const key = `tie-${ordinal}`;
      collaborations.push({
        key,
        label: `${label.get(source) ?? source} – ${label.get(target) ?? target}`,
        kind: 'partnership',
        description: text(attributes.label),
        tie: true,
      });
      memberships.push({ organisation: source, collaboration: key, role: 'member', section });
      memberships.push({ organisation: target, collaboration: key, role: 'member', section });
    });
  }
  if (people > 0) {
    problems.push(
      problem(
        'warning',
        'ignored-content',
        `${people} people and their seats were left out: an imported network holds organisations and collaborations.`,
        { value: people },
      ),
    );
  }
  if (skippedEdges > 0) {
    problems.push(
      problem(
        'warning',
        'ignored-content',
        `${skippedEdges} edges that link no organisation to a collaboration were left out.`,
        { value: skippedEdges },
      ),
    );
  }
  const network: ImportedNetwork = {
    title,
    year,
    shape: bipartite ? 'bipartite' : 'organisations',
    organisations,
    collaborations,
    memberships,
  };
  const nodeKeys = [
    ...organisations.map((o) => o.key),
    ...(bipartite ? collaborations.map((c) => c.key) : []),
  ];
  const positions = positionsOf(graph, nodeKeys);
  if (positions) {
    network.positions = bipartite
      ? { affiliation: normalisePositions(positions, 1600) }
      : { network: normalisePositions(positions, 1300) };
  }
  return { network, problems };
}

/**
 * Reads a GEXF or GraphML file into an imported network. Checks the size first
 * (limits.maxBytes), then well-formedness (xmlCheck), then node and edge counts
 * (limits.maxNodes, limits.maxEdges) before building any graph. Never throws for a bad
 * file (problems name the line or the reason); rejects only when `signal` aborts.
 */
export async function parseNetworkFile(
  input: File | Blob | string,
  options: NetworkFileOptions = {},
): Promise<NetworkResult> {
  const limits = resolveLimits(options.limits);
  options.onProgress?.(0);
  const tooLarge = checkSize(input, limits);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const source = await readText(input);
  await pause(options.signal);
  const format = detectFormat(source, options, input);
  if (!format) {
    return {
      ok: false,
      problems: [problem('error', 'unsupported-format', 'The file is neither GEXF nor GraphML.')],
    };
  }
  const check = checkXml(source);
  if (!check.ok) {
    return {
      ok: false,
      problems: [
        problem(
          'error',
          'invalid-xml',
          `The file is not well-formed XML: ${check.reason ?? ''} (line ${check.line ?? '?'}).`,
          { row: check.line, value: check.reason ?? '' },
        ),
      ],
    };
  }
  const nodes = count(source, 'node');
  const edges = count(source, 'edge');
  if (nodes > limits.maxNodes) {
    return {
      ok: false,
      problems: [
        problem(
          'error',
          'too-many-nodes',
          `The file has ${nodes.toLocaleString('en')} nodes; at most ${limits.maxNodes.toLocaleString('en')} can be imported.`,
          { value: limits.maxNodes },
        ),
      ],
    };
  }
  if (edges > limits.maxEdges) {
    return {
      ok: false,
      problems: [
        problem(
          'error',
          'too-many-edges',
          `The file has ${edges.toLocaleString('en')} edges; at most ${limits.maxEdges.toLocaleString('en')} can be imported.`,
          { value: limits.maxEdges },
        ),
      ],
    };
  }
  options.onProgress?.(0.2);
  await pause(options.signal);
  let graph: Graph;
  try {
    graph = format === 'gexf' ? parseGexfText(source) : parseGraphmlText(source);
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.message.replace(/^graphology-\w+\/parser: /, '')
        : String(error);
    return {
      ok: false,
      problems: [
        problem(
          'error',
          'invalid-graph',
          `The ${format.toUpperCase()} file could not be read: ${cleanText(reason, 300).text}`,
          { value: format },
        ),
      ],
    };
  }
  options.onProgress?.(0.7);
  await pause(options.signal);
  const title =
    options.title ??
    options.fileName ??
    (typeof input !== 'string' && 'name' in input && typeof input.name === 'string'
      ? input.name
      : 'Import');
  const { network, problems } = networkFromGraph(
    graph,
    title,
    options.year ?? new Date().getFullYear(),
  );
  if (network.organisations.length === 0) {
    return {
      ok: false,
      problems: [...problems, problem('error', 'empty-sheet', 'The file has no organisations.')],
    };
  }
  options.onProgress?.(1);
  return { ok: true, network, problems };
}
