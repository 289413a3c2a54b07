/**
 * Zod schemas of the curated YAML files under data/ (see data/README.md). Used by the
 * data build only; the app validates the built graph with graphSchema.ts.
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
});

export const fundingEntrySchema = z.strictObject({
  id: slug,
  name: text,
  nameEn: text,
  aliases: z.array(text).default([]),
});

export const organisationEntrySchema = z.strictObject({
  id: slug,
  name: text,
  shortName: text.nullish(),
  aliases: z
    .array(text)
    .nullish()
    .transform((a) => a ?? []),
  type: z.enum(ORGANISATION_TYPES),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as SE'),
  county: text.nullish(),
  parent: slug.nullish(),
  note: text.nullish(),
  evidence: z.array(evidenceSchema).nullish(),
});

export const membershipEntrySchema = z.strictObject({
  org: slug,
  role: z.enum(MEMBERSHIP_ROLES),
  implied: z.boolean().default(false),
  note: text.nullish(),
  evidence: z.array(evidenceSchema).min(1).nullish(),
});

export const seatEntrySchema = z.strictObject({
  person: slug,
  name: text,
  title: text.nullish(),
  organisation: slug,
  body: z.enum(SEAT_BODIES),
  role: z.enum(SEAT_ROLES),
  note: text.nullish(),
  evidence: z.array(evidenceSchema).min(1).nullish(),
});

export const collaborationFileSchema = z.strictObject({
  id: slug,
  name: text,
  shortName: text.nullish(),
  aliases: z
    .array(text)
    .nullish()
    .transform((a) => a ?? []),
  kind: z.enum(COLLABORATION_KINDS),
  period: z
    .strictObject({ start: year.nullish(), end: year.nullish(), note: text.nullish() })
    .nullish(),
  funding: z
    .array(slug)
    .nullish()
    .transform((a) => a ?? []),
  description: text,
  partOf: slug.nullish(),
  unnamedParticipants: text.nullish(),
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
