/**
 * A user's membership table (one row per organisation in a collaboration) as an
 * imported network: columns mapped by the user (see guessMembershipColumns), every row
 * validated — row number, column and reason for each problem — and nothing returned
 * when any row has an error (all-or-nothing). Names are merged case- and
 * diacritic-insensitively; other spellings of a name become aliases.
 */
import { foldText, organisationNameKeys } from '../normalise';
import type { CollaborationKind, MembershipRole, OrganisationType } from '../vocabulary';
import type { MembershipColumns } from './guessColumns';
import { hasErrors, problem, type ImportProblem } from './problems';
import { slugify } from './text';
import type { ImportedCollaboration, ImportedNetwork, ImportedOrganisation } from './toGraphFile';
import {
  collaborationKindFromText,
  membershipRoleFromText,
  organisationTypeFromText,
} from './vocabularyText';

export interface MembershipTableInput {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Source row numbers (ParsedTable.rowNumbers); default index + 2. */
  rowNumbers?: readonly number[];
}

export interface MembershipTableOptions {
  /** Source title, usually the file name. */
  title: string;
  /** Import year; default the current year. */
  year?: number;
  /** Role when the role cell is empty or there is no role column. Default 'member'. */
  defaultRole?: MembershipRole;
  /** Kind of every collaboration without a kind cell. Default 'project'. */
  defaultKind?: CollaborationKind;
}

export type NetworkResult =
  | { ok: true; network: ImportedNetwork; problems: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

/** Years of a period cell: "2018–2022", "2018-2022", "2018 till 2022", "2018" (one year), "2018–" (open end); null when not a period. */
export function parsePeriod(text: string): { start?: number; end?: number } | null {
  const match = /^\s*((?:1[89]|20)\d\d)\s*(?:([-–—]|till|to)\s*((?:1[89]|20)\d\d)?)?\s*$/i.exec(
    text,
  );
  if (!match) return null;
  const out: { start?: number; end?: number } = { start: Number(match[1]) };
  if (match[3]) out.end = Number(match[3]);
  else if (!match[2]) out.end = out.start;
  return out;
}

const YEAR = /^\s*((?:1[89]|20)\d\d)\s*$/;

/**
 * Builds the imported network of a membership table. Required: organisation and
 * collaboration columns; a row missing either, an unknown role, or an invalid period
 * is an error. An unknown organisation type or collaboration kind is a warning (the
 * value becomes 'other' / the default kind). Row limits are parseTable's job.
 */
export function membershipsFromTable(
  table: MembershipTableInput,
  columns: MembershipColumns,
  options: MembershipTableOptions,
): NetworkResult {
  const problems: ImportProblem[] = [];
  const label = (c: number | null) => (c === null ? '' : (table.columns[c] ?? ''));
  if (columns.organisation === null) {
    problems.push(
      problem('error', 'missing-column', 'Choose the column that holds the organisations.', {
        value: 'organisation',
      }),
    );
  }
  if (columns.collaboration === null) {
    problems.push(
      problem('error', 'missing-column', 'Choose the column that holds the collaborations.', {
        value: 'collaboration',
      }),
    );
  }
  if (columns.organisation !== null && columns.organisation === columns.collaboration) {
    problems.push(
      problem(
        'error',
        'missing-column',
        'Organisations and collaborations must be in different columns.',
        { column: label(columns.organisation) },
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };

  const organisations = new Map<string, ImportedOrganisation>();
  const collaborations = new Map<string, ImportedCollaboration>();
  const memberships: ImportedNetwork['memberships'] = [];
  const defaultRole = options.defaultRole ?? 'member';
  const defaultKind = options.defaultKind ?? 'project';
  const cell = (row: readonly string[], c: number | null) =>
    c === null ? '' : (row[c] ?? '').trim();
  /** A slug key from the first spelling, unique within its kind. */
  const keyMaker = (fallback: string) => {
    const used = new Set<string>();
    return (name: string) => {
      const base = slugify(name) || fallback;
      let key = base;
      for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
      used.add(key);
      return key;
    };
  };
  const orgKeyFor = keyMaker('org');
  const colKeyFor = keyMaker('col');

  table.rows.forEach((row, i) => {
    const rowNumber = table.rowNumbers?.[i] ?? i + 2;
    const where = (c: number | null, value?: string) => ({
      row: rowNumber,
      column: label(c),
      ...(value ? { value } : {}),
    });
    const orgName = cell(row, columns.organisation);
    const colName = cell(row, columns.collaboration);
    if (orgName === '' && colName === '') return;
    if (orgName === '') {
      problems.push(
        problem(
          'error',
          'missing-value',
          `Row ${rowNumber} names no organisation.`,
          where(columns.organisation),
        ),
      );
    }
    if (colName === '') {
      problems.push(
        problem(
          'error',
          'missing-value',
          `Row ${rowNumber} names no collaboration.`,
          where(columns.collaboration),
        ),
      );
    }
    const roleText = cell(row, columns.role);
    let role: MembershipRole = defaultRole;
    if (roleText) {
      const known = membershipRoleFromText(roleText);
      if (known) role = known;
      else {
        problems.push(
          problem(
            'error',
            'unknown-value',
            `Row ${rowNumber}: "${roleText}" is not a known role.`,
            where(columns.role, roleText),
          ),
        );
      }
    }
    const typeText = cell(row, columns.type);
    let type: OrganisationType | null = null;
    if (typeText) {
      type = organisationTypeFromText(typeText);
      if (!type) {
        problems.push(
          problem(
            'warning',
            'unknown-value',
            `Row ${rowNumber}: "${typeText}" is not a known organisation type; it is kept as "other".`,
            where(columns.type, typeText),
          ),
        );
      }
    }
    const kindText = cell(row, columns.kind);
    let kind: CollaborationKind | null = null;
    if (kindText) {
      kind = collaborationKindFromText(kindText);
      if (!kind) {
        problems.push(
          problem(
            'warning',
            'unknown-value',
            `Row ${rowNumber}: "${kindText}" is not a known kind of collaboration.`,
            where(columns.kind, kindText),
          ),
        );
      }
    }
    let period: { start?: number; end?: number } = {};
    const periodText = cell(row, columns.period);
    if (periodText) {
      const parsed = parsePeriod(periodText);
      if (parsed) period = parsed;
      else {
        problems.push(
          problem(
            'error',
            'invalid-period',
            `Row ${rowNumber}: "${periodText}" is not a year or a period like 2018–2022.`,
            where(columns.period, periodText),
          ),
        );
      }
    }
    for (const [key, c] of [
      ['start', columns.start],
      ['end', columns.end],
    ] as const) {
      const text = cell(row, c);
      if (!text) continue;
      const match = YEAR.exec(text);
      if (match) period[key] = Number(match[1]);
      else
        problems.push(
          problem(
            'error',
            'invalid-period',
            `Row ${rowNumber}: "${text}" is not a year.`,
            where(c, text),
          ),
        );
    }
    if (period.start !== undefined && period.end !== undefined && period.end < period.start) {
      problems.push(
        problem(
          'error',
          'invalid-period',
          `Row ${rowNumber}: the period ends before it starts.`,
          where(columns.period ?? columns.end, `${period.start}–${period.end}`),
        ),
      );
    }
    if (orgName === '' || colName === '') return;

    // Merge keys: folded, and for municipalities the place name ("Lunds kommun" = "Lund stad").
    const orgMergeKey = organisationNameKeys(orgName).at(-1) ?? foldText(orgName);
    let organisation = organisations.get(orgMergeKey);
    if (!organisation) {
      organisation = {
        key: orgKeyFor(orgName),
        label: orgName,
        type: type ?? 'other',
        country: '',
        aliases: [],
      };
      organisations.set(orgMergeKey, organisation);
    } else {
      if (orgName !== organisation.label && !organisation.aliases.includes(orgName))
        organisation.aliases.push(orgName);
      if (organisation.type === 'other' && type) organisation.type = type;
    }
    const colMergeKey = foldText(colName);
    let collaboration = collaborations.get(colMergeKey);
    if (!collaboration) {
      collaboration = {
        key: colKeyFor(colName),
        label: colName,
        kind: kind ?? defaultKind,
        description: '',
        ...period,
      };
      collaborations.set(colMergeKey, collaboration);
    } else {
      if (period.start !== undefined)
        collaboration.start = Math.min(collaboration.start ?? period.start, period.start);
      if (period.end !== undefined)
        collaboration.end = Math.max(collaboration.end ?? period.end, period.end);
      if (kind && collaboration.kind === defaultKind) collaboration.kind = kind;
    }
    const source = cell(row, columns.source);
    memberships.push({
      organisation: organisation.key,
      collaboration: collaboration.key,
      role,
      section: source || `${options.title}, row ${rowNumber}`,
    });
  });
  if (memberships.length === 0 && !hasErrors(problems)) {
    problems.push(problem('error', 'empty-sheet', 'The table has no memberships.'));
  }
  if (hasErrors(problems)) return { ok: false, problems };
  return {
    ok: true,
    network: {
      title: options.title,
      year: options.year ?? new Date().getFullYear(),
      shape: 'bipartite',
      organisations: [...organisations.values()],
      collaborations: [...collaborations.values()],
      memberships,
    },
    problems,
  };
}
