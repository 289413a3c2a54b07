/**
 * The bundled graph (data/graph.json): its TypeScript types and a runtime schema, so a
 * damaged or outdated file fails with a message instead of breaking the app later.
 * Node ids are prefixed by kind: `org:`, `col:`, `person:`. A membership's source is an
 * `org:` or a `col:` (a collaboration that is itself a member); its target is always `col:`.
 * Every Swedish free text has an English twin in a field ending in `En`.
 */
import { z } from 'zod';
import { GRAPH_FORMAT_VERSION } from './graphFormat';
import {
  COLLABORATION_KINDS,
  MEMBERSHIP_ROLES,
  ORGANISATION_TYPES,
  SEAT_BODIES,
  SEAT_ROLES,
  SOURCE_KINDS,
} from './vocabulary';

// In its own zod-free module so the start of the app can read it without loading zod.
export { GRAPH_FORMAT_VERSION } from './graphFormat';

const evidence = z.object({
  source: z.string(),
  section: z.string(),
  page: z.number().optional(),
});

const organisationNode = z.object({
  id: z.string().startsWith('org:'),
  kind: z.literal('organisation'),
  label: z.string(),
  shortName: z.string().optional(),
  type: z.enum(ORGANISATION_TYPES),
  aliases: z.array(z.string()),
  /** Former names of the organisation or of its predecessors; searchable. */
  formerNames: z.array(z.string()),
  country: z.string(),
  county: z.string().optional(),
  parent: z.string().optional(),
  note: z.string().optional(),
  noteEn: z.string().optional(),
});

const collaborationNode = z.object({
  id: z.string().startsWith('col:'),
  kind: z.literal('collaboration'),
  label: z.string(),
  shortName: z.string().optional(),
  type: z.enum(COLLABORATION_KINDS),
  aliases: z.array(z.string()),
  start: z.number().optional(),
  end: z.number().optional(),
  periodNote: z.string().optional(),
  periodNoteEn: z.string().optional(),
  funding: z.array(z.string()),
  description: z.string(),
  descriptionEn: z.string(),
  unnamedParticipants: z.string().optional(),
  unnamedParticipantsEn: z.string().optional(),
  /** Why the collaboration has no link at all (the build refuses an unexplained one). */
  isolatedBecause: z.string().optional(),
  isolatedBecauseEn: z.string().optional(),
  sources: z.array(z.string()),
  evidence: z.array(evidence),
});

const personNode = z.object({
  id: z.string().startsWith('person:'),
  kind: z.literal('person'),
  label: z.string(),
  type: z.literal('person'),
  aliases: z.array(z.string()),
  organisations: z.array(z.string()),
  titles: z.array(z.string()),
  titlesEn: z.array(z.string()),
});

const membershipEdge = z.object({
  id: z.string(),
  kind: z.literal('membership'),
  /** `org:…` or `col:…` (a collaboration that is a member of the target). */
  source: z.string().regex(/^(org|col):/),
  target: z.string().startsWith('col:'),
  role: z.enum(MEMBERSHIP_ROLES),
  implied: z.boolean(),
  note: z.string().optional(),
  noteEn: z.string().optional(),
  evidence: z.array(evidence).min(1),
});

const seatEdge = z.object({
  id: z.string(),
  kind: z.literal('seat'),
  source: z.string(),
  target: z.string(),
  body: z.enum(SEAT_BODIES),
  role: z.enum(SEAT_ROLES),
  /** The organisation the person sits for; absent when the document does not say. */
  organisation: z.string().optional(),
  title: z.string().optional(),
  titleEn: z.string().optional(),
  note: z.string().optional(),
  noteEn: z.string().optional(),
  evidence: z.array(evidence).min(1),
});

const position = z.tuple([z.number(), z.number()]);

export const graphSchema = z.object({
  format: z.literal(GRAPH_FORMAT_VERSION),
  dataAsOf: z.string(),
  sources: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      publisher: z.string(),
      year: z.number(),
      kind: z.enum(SOURCE_KINDS),
      note: z.string().optional(),
      noteEn: z.string().optional(),
    }),
  ),
  fundingProgrammes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      aliases: z.array(z.string()),
      /** Id of the family entry (e.g. `interreg`) this programme belongs to. */
      family: z.string().optional(),
    }),
  ),
  nodes: z.array(z.discriminatedUnion('kind', [organisationNode, collaborationNode, personNode])),
  edges: z.array(z.discriminatedUnion('kind', [membershipEdge, seatEdge])),
  /** Preset positions per view, computed in the data build: node id → [x, y]. */
  positions: z.object({
    affiliation: z.record(z.string(), position),
    network: z.record(z.string(), position),
  }),
});

export type Evidence = z.infer<typeof evidence>;
export type OrganisationNode = z.infer<typeof organisationNode>;
export type CollaborationNode = z.infer<typeof collaborationNode>;
export type PersonNode = z.infer<typeof personNode>;
export type GraphNode = z.infer<typeof graphSchema>['nodes'][number];
export type MembershipEdge = z.infer<typeof membershipEdge>;
export type SeatEdge = z.infer<typeof seatEdge>;
export type GraphEdge = MembershipEdge | SeatEdge;
export type GraphFile = z.infer<typeof graphSchema>;
export type SourceDocument = GraphFile['sources'][number];
export type FundingProgramme = GraphFile['fundingProgrammes'][number];
