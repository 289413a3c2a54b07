/**
 * The one place where an imported network becomes a GraphFile (the shape createDataset
 * reads), validated before it is returned (checkImportedGraphFile: graphSchema's rules
 * for the import shapes, without a zod parse of every object), so a change of GraphFile
 * is adapted here only. Imported organisations and collaborations get stable prefixed
 * ids from their keys; every membership cites the one import source; missing preset
 * positions are completed (see completePositions) so both views can draw at once.
 */
import {
  GRAPH_FORMAT_VERSION,
  type CollaborationNode,
  type GraphFile,
  type OrganisationNode,
} from '../graphSchema';
import type { CollaborationKind, MembershipRole, OrganisationType } from '../vocabulary';
import { checkImportedGraphFile } from './checkGraphFile';
import { problem, type ImportProblem } from './problems';
import { slugify } from './text';

/** Id of the one source document every imported fact cites. */
export const IMPORT_SOURCE_ID = 'import';

export type Position = [number, number];
export type PositionMap = Record<string, Position>;

export interface ImportedOrganisation {
  /** Unique within the import; an `org:` prefix and a slug-safe key are kept as the id. */
  key: string;
  label: string;
  type: OrganisationType;
  /** ISO 3166-1 alpha-2, or '' when the file does not say. */
  country: string;
  shortName?: string;
  /** Other spellings met in the file. */
  aliases: string[];
}

export interface ImportedCollaboration {
  key: string;
  label: string;
  kind: CollaborationKind;
  start?: number;
  end?: number;
  description: string;
  /** True for a collaboration that only stands for one organisation–organisation tie. */
  tie?: boolean;
}

export interface ImportedMembership {
  /** Keys of the organisation and the collaboration. */
  organisation: string;
  collaboration: string;
  role: MembershipRole;
  /** Where in the file it comes from ("row 12", or the file's source column). */
  section: string;
}

/**
 * `bipartite`: organisations and collaborations (membership tables, our affiliation
 * exports); `organisations`: an organisation–organisation network whose ties became
 * collaborations (one per edge, or the ones an edge's `collaborations` attribute lists).
 */
export type NetworkShape = 'bipartite' | 'organisations';

/** Plain data (structured-clone safe), so it can cross a worker boundary. */
export interface ImportedNetwork {
  /** Shown as the source's title: usually the file name. */
  title: string;
  /** Year of the import (source year, dataAsOf). */
  year: number;
  shape: NetworkShape;
  organisations: ImportedOrganisation[];
  collaborations: ImportedCollaboration[];
  memberships: ImportedMembership[];
  /** Preset positions by key, screen coordinates (y down). */
  positions?: { affiliation?: PositionMap; network?: PositionMap };
}

export type GraphFileResult =
  { ok: true; file: GraphFile } | { ok: false; problems: ImportProblem[] };

/** Unique ids from keys: a key already shaped `prefix:slug` is kept, else slugged. */
function idMaker(prefix: 'org' | 'col') {
  const used = new Set<string>();
  return (key: string): string => {
    const bare = key.startsWith(`${prefix}:`) ? key.slice(prefix.length + 1) : key;
    const base = /^[a-z0-9][a-z0-9-]*$/.test(bare) ? bare : slugify(bare) || prefix;
    let id = `${prefix}:${base}`;
    for (let n = 2; used.has(id); n++) id = `${prefix}:${base}-${n}`;
    used.add(id);
    return id;
  };
}

/**
 * Fills the positions a view lacks: organisations take their place in the other view;
 * a collaboration sits at the mean of its members; anything still missing goes on a
 * circle of radius 600 in key order. Pure; returns new maps keyed like the input.
 */
export function completePositions(network: ImportedNetwork): {
  affiliation: PositionMap;
  network: PositionMap;
} {
  const affiliation: PositionMap = { ...(network.positions?.affiliation ?? {}) };
  const organisationView: PositionMap = { ...(network.positions?.network ?? {}) };
  for (const o of network.organisations) {
    const a = affiliation[o.key];
    const n = organisationView[o.key];
    if (!a && n) affiliation[o.key] = [n[0], n[1]];
    if (!n && a) organisationView[o.key] = [a[0], a[1]];
  }
  // Sum of member positions and count per collaboration, for the means.
  const sums = new Map<string, [number, number, number]>();
  for (const m of network.memberships) {
    const p = affiliation[m.organisation];
    if (!p) continue;
    const sum = sums.get(m.collaboration);
    if (sum) {
      sum[0] += p[0];
      sum[1] += p[1];
      sum[2]++;
    } else sums.set(m.collaboration, [p[0], p[1], 1]);
  }
  for (const c of network.collaborations) {
    if (affiliation[c.key]) continue;
    const sum = sums.get(c.key);
    // `|| 0`: no negative zero (positions survive a JSON round trip unchanged).
    if (sum)
      affiliation[c.key] = [Math.round(sum[0] / sum[2]) || 0, Math.round(sum[1] / sum[2]) || 0];
  }
  const circle = (map: PositionMap, keys: string[]) => {
    const missing = keys.filter((k) => !map[k]).sort();
    missing.forEach((k, i) => {
      const angle = (2 * Math.PI * i) / missing.length;
      map[k] = [Math.round(600 * Math.cos(angle)) || 0, Math.round(600 * Math.sin(angle)) || 0];
    });
  };
  circle(
    organisationView,
    network.organisations.map((o) => o.key),
  );
  circle(affiliation, [
    ...network.organisations.map((o) => o.key),
    ...network.collaborations.map((c) => c.key),
  ]);
  return { affiliation, network: organisationView };
}

/**
 * Builds and validates the GraphFile of an imported network. Duplicate memberships
 * (same organisation, collaboration and role) are merged; a membership naming an
 * unknown key is an error. Never throws: problems name what is wrong, and an invalid
 * result is never returned.
 */
export function toGraphFile(network: ImportedNetwork): GraphFileResult {
  const problems: ImportProblem[] = [];
  const orgId = idMaker('org');
  const colId = idMaker('col');
  const orgIds = new Map<string, string>();
  const colIds = new Map<string, string>();
  const nodes: GraphFile['nodes'] = [];
  for (const o of network.organisations) {
    if (orgIds.has(o.key)) {
      problems.push(
        problem('error', 'duplicate-id', `The organisation "${o.key}" appears twice.`, {
          value: o.key,
        }),
      );
      continue;
    }
    const id = orgId(o.key);
    orgIds.set(o.key, id);
    const aliases =
      o.aliases.length === 0 ? [] : [...new Set(o.aliases.filter((a) => a !== o.label))];
    const node: OrganisationNode = {
      id,
      kind: 'organisation',
      label: o.label,
      type: o.type,
      aliases,
      formerNames: [],
      country: o.country,
    };
    if (o.shortName) node.shortName = o.shortName;
    nodes.push(node);
  }
  for (const c of network.collaborations) {
    if (colIds.has(c.key)) {
      problems.push(
        problem('error', 'duplicate-id', `The collaboration "${c.key}" appears twice.`, {
          value: c.key,
        }),
      );
      continue;
    }
    const id = colId(c.key);
    colIds.set(c.key, id);
    const node: CollaborationNode = {
      id,
      kind: 'collaboration',
      label: c.label,
      type: c.kind,
      aliases: [],
      funding: [],
      description: c.description,
      // Imported texts are the user's own, in whatever language they wrote them.
      descriptionEn: c.description,
      sources: [IMPORT_SOURCE_ID],
      evidence: [{ source: IMPORT_SOURCE_ID, section: network.title }],
    };
    if (c.start !== undefined) node.start = c.start;
    if (c.end !== undefined) node.end = c.end;
    nodes.push(node);
  }
  const edges: GraphFile['edges'] = [];
  const seen = new Set<string>();
  for (const m of network.memberships) {
    const source = orgIds.get(m.organisation);
    const target = colIds.get(m.collaboration);
    if (!source || !target) {
      problems.push(
        problem(
          'error',
          'dangling-reference',
          `A membership names an unknown ${source ? 'collaboration' : 'organisation'} (${m.section}).`,
          {
            value: source ? m.collaboration : m.organisation,
          },
        ),
      );
      continue;
    }
    const id = `m:${target.slice(4)}:${source.slice(4)}:${m.role}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({
      id,
      kind: 'membership',
      source,
      target,
      role: m.role,
      implied: false,
      evidence: [{ source: IMPORT_SOURCE_ID, section: m.section }],
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const complete = completePositions(network);
  const positions: GraphFile['positions'] = { affiliation: {}, network: {} };
  for (const [key, id] of orgIds) {
    const a = complete.affiliation[key];
    const n = complete.network[key];
    if (a) positions.affiliation[id] = a;
    if (n) positions.network[id] = n;
  }
  for (const [key, id] of colIds) {
    const a = complete.affiliation[key];
    if (a) positions.affiliation[id] = a;
  }
  const candidate: GraphFile = {
    format: GRAPH_FORMAT_VERSION,
    dataAsOf: String(network.year),
    sources: [
      {
        id: IMPORT_SOURCE_ID,
        title: network.title,
        publisher: '',
        year: network.year,
        kind: 'report',
      },
    ],
    fundingProgrammes: [],
    nodes,
    edges,
    positions,
  };
  const issues = checkImportedGraphFile(candidate);
  if (issues.length > 0) {
    return {
      ok: false,
      problems: issues.map((issue) =>
        problem('error', 'invalid-graph', `${issue.path}: ${issue.message}`, {
          value: issue.path,
        }),
      ),
    };
  }
  return { ok: true, file: candidate };
}
