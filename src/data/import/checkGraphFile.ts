/**
 * A fast validity check for the GraphFiles an import builds (organisations,
 * collaborations and membership edges only): the same rules graphSchema applies to those
 * shapes, checked field by field without building a parsed copy, so a 60,000-node import
 * costs milliseconds instead of a zod parse of every object. Anything outside the import
 * shapes (people, seats) is reported as invalid rather than half-checked.
 */
import { GRAPH_FORMAT_VERSION } from '../graphFormat';
import type { GraphFile } from '../graphSchema';
import {
  COLLABORATION_KINDS,
  MEMBERSHIP_ROLES,
  ORGANISATION_TYPES,
  SOURCE_KINDS,
} from '../vocabulary';

/** One rule broken: where (a path like graphSchema's, e.g. `nodes.12.type`) and what. */
export interface GraphFileIssue {
  path: string;
  message: string;
}

const ORGANISATION_TYPE_SET: ReadonlySet<string> = new Set(ORGANISATION_TYPES);
const COLLABORATION_KIND_SET: ReadonlySet<string> = new Set(COLLABORATION_KINDS);
const ROLE_SET: ReadonlySet<string> = new Set(MEMBERSHIP_ROLES);
const SOURCE_KIND_SET: ReadonlySet<string> = new Set(SOURCE_KINDS);

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an imported GraphFile. Returns at most `max` issues (default 5), in file order;
 * an empty array means valid. Never throws, whatever `file` is.
 */
export function checkImportedGraphFile(file: unknown, max = 5): GraphFileIssue[] {
  const issues: GraphFileIssue[] = [];
  const add = (path: string, message: string) => {
    if (issues.length < max) issues.push({ path, message });
    return issues.length >= max;
  };
  if (!isRecord(file)) return [{ path: '', message: 'not an object' }];
  if (file.format !== GRAPH_FORMAT_VERSION) add('format', `expected ${GRAPH_FORMAT_VERSION}`);
  if (!isString(file.dataAsOf)) add('dataAsOf', 'expected a string');
  const { sources, fundingProgrammes, nodes, edges, positions } = file;
  if (!Array.isArray(sources)) add('sources', 'expected an array');
  else
    sources.forEach((s: unknown, i) => {
      if (
        !isRecord(s) ||
        !isString(s.id) ||
        !isString(s.title) ||
        !isString(s.publisher) ||
        !isNumber(s.year) ||
        !isString(s.kind) ||
        !SOURCE_KIND_SET.has(s.kind)
      )
        add(`sources.${i}`, 'invalid source');
    });
  if (!Array.isArray(fundingProgrammes) || fundingProgrammes.length > 0)
    add('fundingProgrammes', 'expected an empty array');
  if (!Array.isArray(nodes)) add('nodes', 'expected an array');
  else
    for (let i = 0; i < nodes.length; i++) {
      const n: unknown = nodes[i];
      const at = `nodes.${i}`;
      if (!isRecord(n) || !isString(n.id) || !isString(n.label) || !isStringArray(n.aliases)) {
        if (add(at, 'expected an id, a label and aliases')) break;
        continue;
      }
      if (
        n.shortName !== undefined &&
        !isString(n.shortName) &&
        add(`${at}.shortName`, 'expected a string')
      )
        break;
      if (n.kind === 'organisation') {
        if (!n.id.startsWith('org:') && add(`${at}.id`, 'expected an org: id')) break;
        if (
          (!isString(n.type) || !ORGANISATION_TYPE_SET.has(n.type)) &&
          add(`${at}.type`, 'unknown organisation type')
        )
          break;
        if (
          (!isStringArray(n.formerNames) || !isString(n.country)) &&
          add(at, 'expected formerNames and country')
        )
          break;
      } else if (n.kind === 'collaboration') {
        if (!n.id.startsWith('col:') && add(`${at}.id`, 'expected a col: id')) break;
        if (
          (!isString(n.type) || !COLLABORATION_KIND_SET.has(n.type)) &&
          add(`${at}.type`, 'unknown collaboration kind')
        )
          break;
        for (const key of ['start', 'end'] as const) {
          if (n[key] !== undefined && !isNumber(n[key]) && add(`${at}.${key}`, 'expected a number'))
            break;
        }
        if (
          (!isStringArray(n.funding) ||
            !isString(n.description) ||
            !isString(n.descriptionEn) ||
            !isStringArray(n.sources) ||
            !Array.isArray(n.evidence) ||
            !n.evidence.every(
              (e: unknown) => isRecord(e) && isString(e.source) && isString(e.section),
            )) &&
          add(at, 'expected funding, descriptions, sources and evidence')
        )
          break;
      } else if (add(`${at}.kind`, 'an import holds organisations and collaborations only')) break;
    }
  if (!Array.isArray(edges)) add('edges', 'expected an array');
  else
    for (let i = 0; i < edges.length; i++) {
      const e: unknown = edges[i];
      const at = `edges.${i}`;
      if (!isRecord(e) || e.kind !== 'membership' || !isString(e.id)) {
        if (add(at, 'expected a membership with an id')) break;
        continue;
      }
      if (
        (!isString(e.source) || !/^(org|col):/.test(e.source)) &&
        add(`${at}.source`, 'expected an org: or col: id')
      )
        break;
      if (
        (!isString(e.target) || !e.target.startsWith('col:')) &&
        add(`${at}.target`, 'expected a col: id')
      )
        break;
      if ((!isString(e.role) || !ROLE_SET.has(e.role)) && add(`${at}.role`, 'unknown role')) break;
      if (typeof e.implied !== 'boolean' && add(`${at}.implied`, 'expected a boolean')) break;
      if (
        (!Array.isArray(e.evidence) ||
          e.evidence.length === 0 ||
          !e.evidence.every(
            (v: unknown) => isRecord(v) && isString(v.source) && isString(v.section),
          )) &&
        add(`${at}.evidence`, 'expected at least one piece of evidence')
      )
        break;
    }
  if (!isRecord(positions)) add('positions', 'expected an object');
  else
    for (const view of ['affiliation', 'network'] as const) {
      const map = positions[view];
      if (!isRecord(map)) {
        add(`positions.${view}`, 'expected an object');
        continue;
      }
      for (const id in map) {
        const p = map[id];
        if (
          (!Array.isArray(p) || p.length !== 2 || !isNumber(p[0]) || !isNumber(p[1])) &&
          add(`positions.${view}.${id}`, 'expected [x, y] as finite numbers')
        )
          break;
      }
    }
  return issues;
}

/** Narrows after a check: true when `checkImportedGraphFile` found nothing. */
export function isImportedGraphFile(file: unknown): file is GraphFile {
  return checkImportedGraphFile(file, 1).length === 0;
}
