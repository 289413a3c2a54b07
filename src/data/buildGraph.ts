/**
 * The data build as a pure function: parsed curated files in, either the bundled graph
 * or a list of errors (file, entry, reason) out — never a partial graph. File reading,
 * YAML parsing and layout live in scripts/build-data.ts. Memberships come from a
 * collaboration's `members` (organisations or collaborations) and its `partOf` list
 * (role `part`); every Swedish free text must have its English twin (`…En`).
 */
import type { z } from 'zod';
import { findContactData } from './contactData';
import { GRAPH_FORMAT_VERSION } from './graphFormat';
import type { GraphEdge, GraphFile, GraphNode, MembershipEdge } from './graphSchema';
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
import { PART_ROLE } from './vocabulary';

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

export interface BuildOptions {
  /** Refuse Swedish texts without an English twin (default true); false makes them warnings. */
  requireEnglish?: boolean;
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

/** C0 controls other than line feed, DEL and C1 controls (PDF copy-paste leaves form feeds). */
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
/** Characters that make a name unsafe in markup or in a spreadsheet cell. */
const RISKY_NAME = /[<>]|^[=+\-@]/;

/** Describes the first control character in `text`, or null when there is none. */
export function findControlCharacter(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code)) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      return `control character U+${hex} at position ${i}`;
    }
  }
  return null;
}

function entryLabel(value: unknown, fallback: string): string {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string') {
    return value.id;
  }
  return fallback;
}

/**
 * Builds the graph from parsed curated files. Never throws on bad data: every problem is
 * returned as a `DataError` (file, entry, reason) and then no graph is returned at all.
 * Warnings (risky characters in names, English texts when `requireEnglish` is false) do
 * not stop the build.
 */
export function buildGraph(input: BuildInput, options: BuildOptions = {}): BuildResult {
  const errors: DataError[] = [];
  const warnings: DataError[] = [];
  const fail = (file: string, entry: string, reason: string) =>
    errors.push({ file, entry, reason });
  const englishRequired = options.requireEnglish ?? true;
  /** A Swedish text needs its English twin, and an English text needs the Swedish one. */
  const requireEnglish = (
    file: string,
    entry: string,
    field: string,
    sv: string | null | undefined,
    en: string | null | undefined,
  ) => {
    if (sv && !en) {
      const problem = { file, entry, reason: `${field} has no English text (${field}En)` };
      if (englishRequired) errors.push(problem);
      else warnings.push(problem);
    } else if (en && !sv) fail(file, entry, `${field}En is set but ${field} is not`);
  };
  const nameWarning = (file: string, entry: string, name: string) => {
    if (RISKY_NAME.test(name))
      warnings.push({
        file,
        entry,
        reason: `name "${name}" contains < or > or starts with = + - @ (unsafe in markup and spreadsheets)`,
      });
  };

  const all = [input.sources, input.funding, ...input.organisations, ...input.collaborations];
  for (const { file, content } of all) {
    for (const [path, value] of strings(content, '')) {
      const reason = findContactData(value);
      if (reason) fail(file, path || '(root)', `${reason}; contact data must never be stored`);
      const control = findControlCharacter(value);
      if (control) fail(file, path || '(root)', `${control}; remove it (copy-paste residue)`);
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
  const fundingById = new Map(funding.map((f) => [f.id, f]));
  for (const f of funding) {
    nameWarning(input.funding.file, f.id, f.name);
    if (!f.family) continue;
    const family = fundingById.get(f.family);
    if (!family) fail(input.funding.file, f.id, `family "${f.family}" is not in funding.yaml`);
    else if (family.family)
      fail(input.funding.file, f.id, `family "${f.family}" is itself in a family (one level only)`);
    if (f.family === f.id) fail(input.funding.file, f.id, 'a programme cannot be its own family');
  }
  for (const s of sources) requireEnglish(input.sources.file, s.id, 'note', s.note, s.noteEn);
  const orgById = new Map(organisations.map(({ entry }) => [entry.id, entry]));
  const colById = new Map(collaborations.map(({ entry }) => [entry.id, entry]));

  // Two organisations must not share a normalised name or alias.
  const nameOwner = new Map<string, { id: string; name: string }>();
  for (const { file, entry } of organisations) {
    const names = [
      entry.name,
      ...(entry.shortName ? [entry.shortName] : []),
      ...entry.aliases,
      ...entry.formerNames,
    ];
    for (const name of names) nameWarning(file, entry.id, name);
    requireEnglish(file, entry.id, 'note', entry.note, entry.noteEn);
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
    {
      name: string;
      file: string;
      organisations: Set<string>;
      titles: Set<string>;
      titlesEn: Set<string>;
    }
  >();

  const checkEvidence = (file: string, entry: string, evidence: EvidenceEntry[]) => {
    for (const ev of evidence) {
      if (!sourceIds.has(ev.source))
        fail(file, entry, `evidence cites unknown source "${ev.source}"`);
    }
  };

  const edgeIds = new Map<string, string>();
  const pushMembership = (file: string, where: string, edge: MembershipEdge) => {
    const first = edgeIds.get(edge.id);
    if (first) {
      const member = edge.source.startsWith('org:')
        ? edge.source.slice(4)
        : `collaboration ${edge.source.slice(4)}`;
      fail(
        file,
        where,
        `duplicate membership: ${member} is already ${edge.role} of ${edge.target.slice(4)}${first === file ? '' : ` (in ${first})`}`,
      );
      return;
    }
    edgeIds.set(edge.id, file);
    edges.push(edge);
  };

  for (const { file, entry: col } of collaborations) {
    checkEvidence(file, col.id, col.evidence);
    for (const f of col.funding) {
      if (!fundingIds.has(f)) fail(file, col.id, `funding programme "${f}" is not in funding.yaml`);
    }
    if (col.period?.start && col.period.end && col.period.end < col.period.start) {
      fail(file, col.id, `period ends (${col.period.end}) before it starts (${col.period.start})`);
    }
    requireEnglish(file, col.id, 'description', col.description, col.descriptionEn);
    requireEnglish(
      file,
      col.id,
      'unnamedParticipants',
      col.unnamedParticipants,
      col.unnamedParticipantsEn,
    );
    requireEnglish(file, col.id, 'period.note', col.period?.note, col.period?.noteEn);
    requireEnglish(file, col.id, 'isolatedBecause', col.isolatedBecause, col.isolatedBecauseEn);
    for (const name of [col.name, ...(col.shortName ? [col.shortName] : []), ...col.aliases]) {
      nameWarning(file, col.id, name);
    }

    col.members.forEach((m, i) => {
      const member = m.org ?? m.collaboration ?? '';
      const where = `${col.id} › members[${i}] (${member})`;
      if (m.org !== undefined && !orgById.has(m.org))
        fail(file, where, `unknown organisation "${m.org}"`);
      if (m.collaboration !== undefined) {
        if (!colById.has(m.collaboration))
          fail(file, where, `unknown collaboration "${m.collaboration}"`);
        if (m.collaboration === col.id)
          fail(file, where, 'a collaboration cannot be a member of itself');
      }
      if (m.org !== undefined && m.role === PART_ROLE)
        fail(file, where, `role "${PART_ROLE}" is for collaborations only`);
      const evidence = m.evidence ?? col.evidence;
      if (evidence.length === 0)
        fail(file, where, 'membership has no evidence (and the collaboration has none to inherit)');
      checkEvidence(file, where, m.evidence ?? []);
      requireEnglish(file, where, 'note', m.note, m.noteEn);
      const source = m.org !== undefined ? orgId(m.org) : colId(member);
      const key = m.org !== undefined ? m.org : `col:${member}`;
      pushMembership(file, where, {
        id: `m:${col.id}:${key}:${m.role}`,
        kind: 'membership',
        source,
        target: colId(col.id),
        role: m.role,
        implied: m.implied,
        ...(m.note ? { note: m.note } : {}),
        ...(m.noteEn ? { noteEn: m.noteEn } : {}),
        evidence,
      });
    });

    col.partOf.forEach((raw, i) => {
      const p = typeof raw === 'string' ? { collaboration: raw } : raw;
      const where = `${col.id} › partOf[${i}] (${p.collaboration})`;
      if (!colById.has(p.collaboration))
        fail(file, where, `partOf "${p.collaboration}" is not a known collaboration`);
      if (p.collaboration === col.id) fail(file, where, 'a collaboration cannot be part of itself');
      const evidence = ('evidence' in p ? p.evidence : null) ?? col.evidence;
      if (evidence.length === 0)
        fail(file, where, 'partOf has no evidence (and the collaboration has none to inherit)');
      checkEvidence(file, where, ('evidence' in p ? p.evidence : null) ?? []);
      const note = 'note' in p ? p.note : null;
      const noteEn = 'noteEn' in p ? p.noteEn : null;
      requireEnglish(file, where, 'note', note, noteEn);
      pushMembership(file, where, {
        id: `m:${p.collaboration}:col:${col.id}:${PART_ROLE}`,
        kind: 'membership',
        source: colId(col.id),
        target: colId(p.collaboration),
        role: PART_ROLE,
        implied: false,
        ...(note ? { note } : {}),
        ...(noteEn ? { noteEn } : {}),
        evidence,
      });
    });

    const seatSeen = new Set<string>();
    col.seats.forEach((s, i) => {
      const where = `${col.id} › seats[${i}] (${s.person})`;
      if (s.organisation && !orgById.has(s.organisation))
        fail(file, where, `unknown organisation "${s.organisation}"`);
      const key = `${s.person}|${s.body}|${s.role}`;
      if (seatSeen.has(key))
        fail(file, where, `duplicate seat: ${s.person} already holds ${s.role} in ${s.body}`);
      seatSeen.add(key);
      const evidence = s.evidence ?? col.evidence;
      if (evidence.length === 0)
        fail(file, where, 'seat has no evidence (and the collaboration has none to inherit)');
      checkEvidence(file, where, s.evidence ?? []);
      requireEnglish(file, where, 'title', s.title, s.titleEn);
      requireEnglish(file, where, 'note', s.note, s.noteEn);
      nameWarning(file, where, s.name);
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
        titlesEn: new Set<string>(),
      };
      if (s.organisation) record.organisations.add(orgId(s.organisation));
      if (s.title) record.titles.add(s.title);
      if (s.titleEn) record.titlesEn.add(s.titleEn);
      people.set(s.person, record);
      edges.push({
        id: `s:${col.id}:${s.person}:${s.body}:${s.role}`,
        kind: 'seat',
        source: personId(s.person),
        target: colId(col.id),
        body: s.body,
        role: s.role,
        ...(s.organisation ? { organisation: orgId(s.organisation) } : {}),
        ...(s.title ? { title: s.title } : {}),
        ...(s.titleEn ? { titleEn: s.titleEn } : {}),
        ...(s.note ? { note: s.note } : {}),
        ...(s.noteEn ? { noteEn: s.noteEn } : {}),
        evidence,
      });
    });
  }

  // A collaboration with no link at all must say why (isolatedBecause), and only then.
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  for (const { file, entry: col } of collaborations) {
    const isLinked = linked.has(colId(col.id));
    if (!isLinked && !col.isolatedBecause)
      fail(
        file,
        col.id,
        'no members, seats or links to other collaborations; add them or say why in isolatedBecause',
      );
    if (isLinked && col.isolatedBecause)
      fail(file, col.id, 'isolatedBecause is set but the collaboration has links');
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
      formerNames: o.formerNames,
      country: o.country,
      ...(o.county ? { county: o.county } : {}),
      ...(o.parent ? { parent: orgId(o.parent) } : {}),
      ...(o.note ? { note: o.note } : {}),
      ...(o.noteEn ? { noteEn: o.noteEn } : {}),
    });
  }
  for (const { entry: c } of collaborations) {
    const evidence = [
      ...c.evidence,
      ...c.members.flatMap((m) => m.evidence ?? []),
      ...c.seats.flatMap((s) => s.evidence ?? []),
      ...c.partOf.flatMap((p) => (typeof p === 'string' ? [] : (p.evidence ?? []))),
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
      ...(c.period?.noteEn ? { periodNoteEn: c.period.noteEn } : {}),
      funding: c.funding,
      description: c.description,
      descriptionEn: c.descriptionEn ?? '',
      ...(c.unnamedParticipants ? { unnamedParticipants: c.unnamedParticipants } : {}),
      ...(c.unnamedParticipantsEn ? { unnamedParticipantsEn: c.unnamedParticipantsEn } : {}),
      ...(c.isolatedBecause ? { isolatedBecause: c.isolatedBecause } : {}),
      ...(c.isolatedBecauseEn ? { isolatedBecauseEn: c.isolatedBecauseEn } : {}),
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
      titlesEn: [...p.titlesEn].sort(),
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
        ...(s.noteEn ? { noteEn: s.noteEn } : {}),
      })),
      fundingProgrammes: funding.map((f) => ({
        id: f.id,
        name: f.name,
        nameEn: f.nameEn,
        aliases: f.aliases,
        ...(f.family ? { family: f.family } : {}),
      })),
      nodes,
      edges,
    },
  };
}
