/**
 * Zod schemas of the curated YAML files under data/ (see data/README.md). Used by the
 * data build only; the app validates the built graph with graphSchema.ts. Shape only:
 * cross-references, English-text completeness and text hygiene are checked in buildGraph.
 */
import { z } from 'zod';
import {
  COLLABORATION_KINDS,
  MEMBERSHIP_ROLES,
  ORGANISATION_TYPES,
  SEAT_BODIES,
  SEAT_ROLES,
  SOURCE_KINDS,
} from './vocabulary';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, single dashes)');
const text = z.string().trim().min(1, 'must not be empty');
const year = z.number().int().min(1900).max(2100);
const list = z
  .array(text)
  .nullish()
  .transform((a) => a ?? []);

export const evidenceSchema = z.strictObject({
  source: slug,
  section: text,
  page: z.number().int().positive().optional(),
});

export const sourceEntrySchema = z.strictObject({
  id: slug,
  file: text,
  title: text,
  publisher: slug,
  year,
  kind: z.enum(SOURCE_KINDS),
  note: text.optional(),
  noteEn: text.optional(),
});

export const fundingEntrySchema = z.strictObject({
  id: slug,
  name: text,
  nameEn: text,
  aliases: z.array(text).default([]),
  /** Id of the family entry this programme belongs to (Interreg, EU structural funds). */
  family: slug.nullish(),
});

export const organisationEntrySchema = z.strictObject({
  id: slug,
  name: text,
  shortName: text.nullish(),
  aliases: list,
  /** Names the organisation or its predecessors had before (searchable, shown apart). */
  formerNames: list,
  type: z.enum(ORGANISATION_TYPES),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as SE'),
  county: text.nullish(),
  parent: slug.nullish(),
  note: text.nullish(),
  noteEn: text.nullish(),
  evidence: z.array(evidenceSchema).nullish(),
});

/** A member is an organisation (`org`) or another collaboration (`collaboration`), never both. */
export const membershipEntrySchema = z
  .strictObject({
    org: slug.optional(),
    collaboration: slug.optional(),
    role: z.enum(MEMBERSHIP_ROLES),
    implied: z.boolean().default(false),
    note: text.nullish(),
    noteEn: text.nullish(),
    evidence: z.array(evidenceSchema).min(1).nullish(),
  })
  .refine((m) => (m.org === undefined) !== (m.collaboration === undefined), {
    message: 'a member names exactly one of org or collaboration',
  });

/** A `partOf` entry: the parent collaboration's id, or the id with its own evidence and note. */
export const partOfEntrySchema = z.union([
  slug,
  z.strictObject({
    collaboration: slug,
    note: text.nullish(),
    noteEn: text.nullish(),
    evidence: z.array(evidenceSchema).min(1).nullish(),
  }),
]);

export const seatEntrySchema = z.strictObject({
  person: slug,
  name: text,
  title: text.nullish(),
  titleEn: text.nullish(),
  /** The organisation the person sits for; omit when the document does not say. */
  organisation: slug.nullish(),
  body: z.enum(SEAT_BODIES),
  role: z.enum(SEAT_ROLES),
  note: text.nullish(),
  noteEn: text.nullish(),
  evidence: z.array(evidenceSchema).min(1).nullish(),
});

export const collaborationFileSchema = z.strictObject({
  id: slug,
  name: text,
  shortName: text.nullish(),
  aliases: list,
  kind: z.enum(COLLABORATION_KINDS),
  period: z
    .strictObject({
      start: year.nullish(),
      end: year.nullish(),
      note: text.nullish(),
      noteEn: text.nullish(),
    })
    .nullish(),
  funding: z
    .array(slug)
    .nullish()
    .transform((a) => a ?? []),
  description: text,
  descriptionEn: text.nullish(),
  /** Parent collaborations; each becomes a membership with role `part` (child → parent). */
  partOf: z
    .union([partOfEntrySchema, z.array(partOfEntrySchema)])
    .nullish()
    .transform((p) => (p === null || p === undefined ? [] : Array.isArray(p) ? p : [p])),
  unnamedParticipants: text.nullish(),
  unnamedParticipantsEn: text.nullish(),
  /** Why a collaboration with no link at all is kept (the build refuses it otherwise). */
  isolatedBecause: text.nullish(),
  isolatedBecauseEn: text.nullish(),
  evidence: z
    .array(evidenceSchema)
    .nullish()
    .transform((a) => a ?? []),
  members: z
    .array(membershipEntrySchema)
    .nullish()
    .transform((a) => a ?? []),
  seats: z
    .array(seatEntrySchema)
    .nullish()
    .transform((a) => a ?? []),
});

export type EvidenceEntry = z.infer<typeof evidenceSchema>;
export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type FundingEntry = z.infer<typeof fundingEntrySchema>;
export type OrganisationEntry = z.infer<typeof organisationEntrySchema>;
export type CollaborationFile = z.infer<typeof collaborationFileSchema>;
export type MembershipEntry = z.infer<typeof membershipEntrySchema>;
export type PartOfEntry = z.infer<typeof partOfEntrySchema>;
