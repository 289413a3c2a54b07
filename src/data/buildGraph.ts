/**
 * The data build as a pure function: parsed curated files in, either the bundled graph
 * or a list of errors (file, entry, reason) out — never a partial graph. File reading,
 * YAML parsing and layout live in scripts/build-data.ts.
 */
import type { z } from 'zod';
import { findContactData } from './contactData';
import type { GraphEdge, GraphFile, GraphNode } from './graphSchema';
import { GRAPH_FORMAT_VERSION } from './graphSchema';
import { organisationNameKeys } from './normalise';
import {
  collaborationFileSchema,
  fundingEntrySchema,
  organisationEntrySchema,
  sourceEntrySchema,
  type CollaborationFile,
  type EvidenceEntry,
  type FundingEntry,
  type OrganisationEntry,
  type SourceEntry,
} from './sourceSchema';

/** One curated file after YAML parsing: its path (for messages) and its content. */
export interface ParsedFile {
  file: string;
  content: unknown;
}

export interface BuildInput {
  sources: ParsedFile;
  funding: ParsedFile;
  organisations: ParsedFile[];
  collaborations: ParsedFile[];
}

export interface DataError {
  file: string;
  /** Which entry: an id, or a path such as `members[3]`. */
  entry: string;
  reason: string;
}

export type BuildResult =
  | { ok: true; graph: Omit<GraphFile, 'positions'>; warnings: DataError[] }
  | { ok: false; errors: DataError[]; warnings: DataError[] };

export const orgId = (slug: string) => `org:${slug}`;
export const colId = (slug: string) => `col:${slug}`;
export const personId = (slug: string) => `person:${slug}`;

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** Every string value in a parsed YAML value, with its path, for the contact-data scan. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
  }
}

function entryLabel(value: unknown, fallback: string): string {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string') {
    return value.id;
  }
  return fallback;
}

export function buildGraph(input: BuildInput): BuildResult {
  const errors: DataError[] = [];
  const warnings: DataError[] = [];
  const fail = (file: string, entry: string, reason: string) =>
    errors.push({ file, entry, reason });

  const all = [input.sources, input.funding, ...input.organisations, ...input.collaborations];
  for (const { file, content } of all) {
    for (const [path, value] of strings(content, '')) {
      const reason = findContactData(value);
      if (reason) fail(file, path || '(root)', `${reason}; contact data must never be stored`);
    }
  }

  /** Parses a YAML list file entry by entry, so one bad entry names itself. */
  function parseList<S extends z.ZodType>(parsed: ParsedFile, schema: S): z.infer<S>[] {
    if (!Array.isArray(parsed.content)) {
      fail(parsed.file, '(root)', 'must be a YAML list of entries');
      return [];
    }
    const out: z.infer<S>[] = [];
    parsed.content.forEach((raw: unknown, index) => {
      const result = schema.safeParse(raw);
      if (result.success) out.push(result.data);
      else {
        for (const issue of result.error.issues) {
          const where = issuePath(issue.path);
          fail(
            parsed.file,
            `${entryLabel(raw, `[${index}]`)}${where ? ` › ${where}` : ''}`,
            issue.message,
          );
        }
      }
    });
    return out;
  }

  const sources: SourceEntry[] = parseList(input.sources, sourceEntrySchema);
  const funding: FundingEntry[] = parseList(input.funding, fundingEntrySchema);
  const organisations: { file: string; entry: OrganisationEntry }[] = input.organisations.flatMap(
    (parsed) =>
      parseList(parsed, organisationEntrySchema).map((entry) => ({ file: parsed.file, entry })),
  );
  const collaborations: { file: string; entry: CollaborationFile }[] = [];
  for (const parsed of input.collaborations) {
    const result = collaborationFileSchema.safeParse(parsed.content);
    if (result.success) {
      const expected = parsed.file
        .split('/')
        .pop()
        ?.replace(/\.ya?ml$/, '');
      if (expected !== result.data.id) {
        fail(
          parsed.file,
          result.data.id,
          `file name must be the collaboration id (${result.data.id}.yaml)`,
        );
      }
      collaborations.push({ file: parsed.file, entry: result.data });
    } else {
      for (const issue of result.error.issues) {
        fail(
          parsed.file,
          `${entryLabel(parsed.content, '(root)')} › ${issuePath(issue.path)}`,
          issue.message,
        );
      }
    }
  }

  // Unique ids per kind.
  const seen = new Map<string, string>();
  const unique = (kind: string, id: string, file: string) => {
    const key = `${kind}:${id}`;
    const first = seen.get(key);
    if (first) fail(file, id, `duplicate ${kind} id (also in ${first})`);
    else seen.set(key, file);
  };
  for (const s of sources) unique('source', s.id, input.sources.file);
  for (const f of funding) unique('funding programme', f.id, input.funding.file);
  for (const { file, entry } of organisations) unique('organisation', entry.id, file);
  for (const { file, entry } of collaborations) unique('collaboration', entry.id, file);

  const sourceIds = new Set(sources.map((s) => s.id));
  const fundingIds = new Set(funding.map((f) => f.id));
  const orgById = new Map(organisations.map(({ entry }) => [entry.id, entry]));
  const colById = new Map(collaborations.map(({ entry }) => [entry.id, entry]));

  // Two organisations must not share a normalised name or alias.
  const nameOwner = new Map<string, { id: string; name: string }>();
  for (const { file, entry } of organisations) {
    const names = [entry.name, ...(entry.shortName ? [entry.shortName] : []), ...entry.aliases];
    const own = new Set<string>();
    for (const name of names) {
      for (const key of organisationNameKeys(name)) {
        if (own.has(key)) continue;
        own.add(key);
        const owner = nameOwner.get(key);
        if (owner && owner.id !== entry.id) {
          fail(
            file,
            entry.id,
            `name "${name}" collides with organisation ${owner.id} ("${owner.name}") after normalisation`,
          );
        } else nameOwner.set(key, { id: entry.id, name });
      }
    }
    if (entry.parent && !orgById.has(entry.parent)) {
      fail(file, entry.id, `parent "${entry.parent}" is not a known organisation`);
    }
    for (const [i, ev] of (entry.evidence ?? []).entries()) {
      if (!sourceIds.has(ev.source))
        fail(file, `${entry.id} › evidence[${i}]`, `unknown source "${ev.source}"`);
    }
  }
  for (const s of sources) {
    if (!orgById.has(s.publisher))
      fail(input.sources.file, s.id, `publisher "${s.publisher}" is not a known organisation`);
  }

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const people = new Map<
    string,
    { name: string; file: string; organisations: Set<string>; titles: Set<string> }
  >();

  const checkEvidence = (file: string, entry: string, evidence: EvidenceEntry[]) => {
    for (const ev of evidence) {
      if (!sourceIds.has(ev.source))
        fail(file, entry, `evidence cites unknown source "${ev.source}"`);
    }
  };

  for (const { file, entry: col } of collaborations) {
    checkEvidence(file, col.id, col.evidence);
    for (const f of col.funding) {
      if (!fundingIds.has(f)) fail(file, col.id, `funding programme "${f}" is not in funding.yaml`);
    }
    if (col.partOf && !colById.has(col.partOf))
      fail(file, col.id, `partOf "${col.partOf}" is not a known collaboration`);
    if (col.partOf === col.id) fail(file, col.id, 'a collaboration cannot be part of itself');
    if (col.period?.start && col.period.end && col.period.end < col.period.start) {
      fail(file, col.id, `period ends (${col.period.end}) before it starts (${col.period.start})`);
    }
    if (col.members.length === 0 && col.seats.length === 0 && !col.unnamedParticipants) {
      warnings.push({
        file,
        entry: col.id,
        reason: 'no members, seats or unnamedParticipants note',
      });
    }

    const roleSeen = new Set<string>();
    col.members.forEach((m, i) => {
      const where = `${col.id} › members[${i}] (${m.org})`;
      if (!orgById.has(m.org)) fail(file, where, `unknown organisation "${m.org}"`);
      const key = `${m.org}|${m.role}`;
      if (roleSeen.has(key))
        fail(file, where, `duplicate membership: ${m.org} is already ${m.role}`);
      roleSeen.add(key);
      const evidence = m.evidence ?? col.evidence;
      if (evidence.length === 0)
        fail(file, where, 'membership has no evidence (and the collaboration has none to inherit)');
      checkEvidence(file, where, m.evidence ?? []);
      edges.push({
        id: `m:${col.id}:${m.org}:${m.role}`,
        kind: 'membership',
        source: orgId(m.org),
        target: colId(col.id),
        role: m.role,
        implied: m.implied,
        ...(m.note ? { note: m.note } : {}),
        evidence,
      });
    });

    const seatSeen = new Set<string>();
    col.seats.forEach((s, i) => {
      const where = `${col.id} › seats[${i}] (${s.person})`;
      if (!orgById.has(s.organisation))
        fail(file, where, `unknown organisation "${s.organisation}"`);
      const key = `${s.person}|${s.body}|${s.role}`;
      if (seatSeen.has(key))
        fail(file, where, `duplicate seat: ${s.person} already holds ${s.role} in ${s.body}`);
      seatSeen.add(key);
      const evidence = s.evidence ?? col.evidence;
      if (evidence.length === 0)
        fail(file, where, 'seat has no evidence (and the collaboration has none to inherit)');
      checkEvidence(file, where, s.evidence ?? []);
      const person = people.get(s.person);
      if (person && person.name !== s.name) {
        fail(
          file,
          where,
          `person id "${s.person}" is "${person.name}" in ${person.file} but "${s.name}" here`,
        );
      }
      const record = person ?? {
        name: s.name,
        file,
        organisations: new Set<string>(),
        titles: new Set<string>(),
      };
      record.organisations.add(orgId(s.organisation));
      if (s.title) record.titles.add(s.title);
      people.set(s.person, record);
      edges.push({
        id: `s:${col.id}:${s.person}:${s.body}:${s.role}`,
        kind: 'seat',
        source: personId(s.person),
        target: colId(col.id),
        body: s.body,
        role: s.role,
        organisation: orgId(s.organisation),
        ...(s.title ? { title: s.title } : {}),
        ...(s.note ? { note: s.note } : {}),
        evidence,
      });
    });
  }

  if (errors.length > 0) return { ok: false, errors, warnings };

  for (const { entry: o } of organisations) {
    nodes.push({
      id: orgId(o.id),
      kind: 'organisation',
      label: o.name,
      ...(o.shortName ? { shortName: o.shortName } : {}),
      type: o.type,
      aliases: o.aliases,
      country: o.country,
      ...(o.county ? { county: o.county } : {}),
      ...(o.parent ? { parent: orgId(o.parent) } : {}),
      ...(o.note ? { note: o.note } : {}),
    });
  }
  for (const { entry: c } of collaborations) {
    const evidence = [
      ...c.evidence,
      ...c.members.flatMap((m) => m.evidence ?? []),
      ...c.seats.flatMap((s) => s.evidence ?? []),
    ];
    nodes.push({
      id: colId(c.id),
      kind: 'collaboration',
      label: c.name,
      ...(c.shortName ? { shortName: c.shortName } : {}),
      type: c.kind,
      aliases: c.aliases,
      ...(c.period?.start ? { start: c.period.start } : {}),
      ...(c.period?.end ? { end: c.period.end } : {}),
      ...(c.period?.note ? { periodNote: c.period.note } : {}),
      funding: c.funding,
      description: c.description,
      ...(c.partOf ? { partOf: colId(c.partOf) } : {}),
      ...(c.unnamedParticipants ? { unnamedParticipants: c.unnamedParticipants } : {}),
      sources: [...new Set(evidence.map((e) => e.source))].sort(),
      evidence: c.evidence,
    });
  }
  for (const [id, p] of people) {
    nodes.push({
      id: personId(id),
      kind: 'person',
      label: p.name,
      type: 'person',
      aliases: [],
      organisations: [...p.organisations].sort(),
      titles: [...p.titles].sort(),
    });
  }

  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  nodes.sort(byId);
  edges.sort(byId);
  const dataAsOf = String(Math.max(...sources.map((s) => s.year)));
  return {
    ok: true,
    warnings,
    graph: {
      format: GRAPH_FORMAT_VERSION,
      dataAsOf,
      sources: sources.map((s) => ({
        id: s.id,
        title: s.title,
        publisher: orgId(s.publisher),
        year: s.year,
        kind: s.kind,
        ...(s.note ? { note: s.note } : {}),
      })),
      fundingProgrammes: funding,
      nodes,
      edges,
    },
  };
}
