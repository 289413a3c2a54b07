/**
 * The matcher on a tiny dataset with hand-computed answers (see the comments for the
 * arithmetic of token-similarity scores), then on the real bundled data with a 20-row
 * list of real names, some spelled differently, some not in the data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromJson } from '../../../src/data/datasetFromJson';
import { guessColumns } from '../../../src/data/import/guessColumns';
import {
  confirmAllMatched,
  confirmMatch,
  correctMatch,
  matchOrganisations,
  nameSimilarity,
  needsDecision,
  rejectMatch,
  resetMatch,
  resolvedOrganisation,
  type RowMatch,
} from '../../../src/data/import/matchOrganisations';
import { parseTable } from '../../../src/data/import/parseTable';
import { matcherDataset } from './fixtures';

const data = matcherDataset();
const one = async (name: string, type = '', country = '') => {
  const { matches } = await matchOrganisations([[name, type, country]], data, {
    columns: { name: 0, type: 1, country: 2 },
  });
  const match = matches[0];
  if (!match) throw new Error('no match row');
  return match;
};

describe('matchOrganisations on a tiny dataset', () => {
  it.each([
    ['Region Skåne', 'org:region-skane', 'name', 1],
    ['REGION SKANE', 'org:region-skane', 'folded', 0.95],
    ['Lund University', 'org:lunds-universitet', 'alias', 0.98],
    ['Malmö högskola', 'org:malmo-universitet', 'former-name', 0.97],
    ['malmo hogskola', 'org:malmo-universitet', 'folded', 0.93],
    ['Kommunförbundet Skåne', 'org:skanes-kommuner', 'former-name', 0.97],
    ['SLU', 'org:slu', 'short-name', 0.96],
    ['Helsingborgs kommun', 'org:helsingborgs-stad', 'municipal-variant', 0.9],
    ['Helsingborg stad', 'org:helsingborgs-stad', 'municipal-variant', 0.9],
    ['Helsingborg', 'org:helsingborgs-stad', 'municipal-variant', 0.86],
  ])('%s → %s by %s (%f)', async (name, organisation, reason, confidence) => {
    const match = await one(name);
    expect(match.status).toBe('matched');
    expect(match.candidates[0]).toMatchObject({ organisation, reason, confidence });
    expect(resolvedOrganisation(match)).toBe(organisation);
  });

  it('matches a misspelling by tokens, below the exact confidences', async () => {
    // lunds = lunds (1 + 1); universitett ~ universitet: 1 − 1/12, weights 1 (the
    // misspelling is no known generic word) + 0.25. (2 + 0.9167 × 1.25) / 3.25 = 0.968,
    // × 0.88 = 0.852.
    const match = await one('Lunds universitett');
    expect(match.status).toBe('matched');
    expect(match.candidates[0]?.reason).toBe('token-similarity');
    expect(match.candidates[0]?.confidence).toBeCloseTo(0.852, 3);
  });

  it.each(['Region Blekinge', 'Lunds kommun', 'Malmö stad'])(
    'does not match the near-miss %s to a different organisation',
    async (name) => {
      const match = await one(name);
      expect(match.status).toBe('unmatched');
      expect(match.candidates).toEqual([]);
      expect(resolvedOrganisation(match)).toBeNull();
    },
  );

  it('never auto-matches a university to a city of the same name', async () => {
    // hamburgs ~ hamburg (0.95 × 2) of 1 + 0.25 + 1: 0.844 × 0.88 = 0.743, below 0.8.
    const match = await one('Hamburgs universitet');
    expect(match.status).toBe('ambiguous');
    expect(match.candidates[0]?.confidence).toBeCloseTo(0.743, 3);
    expect(resolvedOrganisation(match)).toBeNull();
  });

  it('marks a partial name as ambiguous with its candidate', async () => {
    // almi + skåne against Almi Företagspartner Skåne: 4 / 5 = 0.8, × 0.88 = 0.704;
    // against Almi Invest Syd: 2 / 4.25 = 0.47 × 0.88 = 0.41; against Region Skåne:
    // 2 / 3.25 × 0.88 = 0.54 — both below the 0.6 floor.
    const match = await one('Almi Skåne');
    expect(match.status).toBe('ambiguous');
    expect(match.candidates.map((c) => c.organisation)).toEqual(['org:almi-skane']);
    expect(match.candidates[0]?.confidence).toBeCloseTo(0.704, 3);
    expect(needsDecision(match)).toBe(true);
  });

  it('lowers the confidence when the row’s type or country disagrees', async () => {
    const sameType = await one('Lunds universitet', 'universitet', 'Sverige');
    expect(sameType.candidates[0]).toMatchObject({ confidence: 1 });
    const otherType = await one('Lunds universitet', 'kommun');
    expect(otherType.candidates[0]).toMatchObject({ confidence: 0.85, typeMismatch: true });
    const otherCountry = await one('Hamburg', '', 'Sverige');
    expect(otherCountry.candidates[0]).toMatchObject({ confidence: 0.816, countryMismatch: true });
    expect(otherCountry.status).toBe('matched');
  });

  it('skips rows without a name and names the row', async () => {
    const result = await matchOrganisations([['Region Skåne'], ['  '], ['SLU']], data, {
      columns: { name: 0 },
      rowNumbers: [2, 3, 5],
    });
    expect(result.matches.map((m) => m.row)).toEqual([2, 5]);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'missing-value', row: 3 })]);
  });

  it('asks for the name column when none is chosen (wrong columns)', async () => {
    const result = await matchOrganisations([['2024-01-01', '100']], data, {
      columns: { name: null },
    });
    expect(result.matches).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'missing-column', severity: 'error' }),
    ]);
  });

  it('reports progress and can be cancelled', async () => {
    const rows = Array.from({ length: 1200 }, () => ['Region Skåne']);
    const fractions: number[] = [];
    await matchOrganisations(rows, data, {
      columns: { name: 0 },
      onProgress: (f) => fractions.push(f),
    });
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(2);
    const controller = new AbortController();
    const pending = matchOrganisations(rows, data, {
      columns: { name: 0 },
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('nameSimilarity', () => {
  it('is symmetric, 1 for the same words in another order, halved by clashing category words', () => {
    expect(nameSimilarity('kristianstad hogskolan', 'hogskolan kristianstad')).toBe(1);
    expect(nameSimilarity('a b c', 'c b')).toBeCloseTo(nameSimilarity('c b', 'a b c'), 10);
    // malmo = malmo (2 of 2.5), then × 0.5 for municipal against university.
    expect(nameSimilarity('malmo stad', 'malmo universitet')).toBeCloseTo(0.4, 10);
  });
});

describe('decisions on matches (producers)', () => {
  const base = async (): Promise<RowMatch[]> =>
    (
      await matchOrganisations([['Almi Skåne'], ['Region Skåne'], ['Okänd förening']], data, {
        columns: { name: 0 },
      })
    ).matches;

  it('confirms, corrects, rejects and resets without touching other rows', async () => {
    const matches = await base();
    const confirmed = confirmMatch(0)(matches);
    expect(resolvedOrganisation(confirmed[0] as RowMatch)).toBe('org:almi-skane');
    expect(confirmed[1]).toBe(matches[1]);
    const corrected = correctMatch(0, 'org:almi-invest')(confirmed);
    expect(resolvedOrganisation(corrected[0] as RowMatch)).toBe('org:almi-invest');
    const rejected = rejectMatch(1)(corrected);
    expect(resolvedOrganisation(rejected[1] as RowMatch)).toBeNull();
    const reset = resetMatch(1)(rejected);
    expect(resolvedOrganisation(reset[1] as RowMatch)).toBe('org:region-skane');
    expect(matches[0]?.decision).toBeNull();
  });

  it('confirming a row without candidates changes nothing; accept-all takes only matched rows', async () => {
    const matches = await base();
    expect(confirmMatch(2)(matches)[2]).toEqual(matches[2]);
    const all = confirmAllMatched()(matches);
    expect(all.map((m) => m.decision?.kind ?? null)).toEqual([null, 'confirmed', null]);
  });
});

describe('a 20-row list of real names against the bundled data', () => {
  it('matches the known ones, leaves the unknown and the near-misses unmatched', async () => {
    const dataset = datasetFromJson(JSON.parse(readFileSync('data/graph.json', 'utf8')));
    const bytes = readFileSync('tests/fixtures/import/candidate-partners.valid.csv');
    const table = await parseTable(new Blob([bytes]), { fileName: 'candidate-partners.csv' });
    expect(table.delimiter).toBe(';');
    expect(table.rows).toHaveLength(20);
    const columns = guessColumns(table.columns, table.rows);
    expect(columns).toEqual({ name: 0, type: 1, country: 2, role: null });
    const { matches } = await matchOrganisations(table.rows, dataset, {
      columns,
      rowNumbers: table.rowNumbers,
    });
    const outcome = Object.fromEntries(matches.map((m) => [m.name, resolvedOrganisation(m)]));
    expect(outcome).toEqual({
      'Region Skåne': 'org:region-skane',
      'Lunds universitet': 'org:lunds-universitet',
      'Malmö högskola': 'org:malmo-universitet',
      Helsingborg: 'org:helsingborgs-stad',
      'Kommunförbundet Skåne': 'org:skanes-kommuner',
      'Länsstyrelsen i Skåne län': 'org:lansstyrelsen-skane',
      SLU: 'org:slu',
      'SYDSVENSKA INDUSTRI- OCH HANDELSKAMMAREN': 'org:sydsvenska-handelskammaren',
      'Ystads Kommun': 'org:ystads-kommun',
      Vinnova: 'org:vinnova',
      Tillvaxtverket: 'org:tillvaxtverket',
      RISE: 'org:rise',
      'Trelleborg stad': 'org:trelleborgs-kommun',
      'Region Blekinge': 'org:region-blekinge',
      'Uppsala universitet': 'org:uppsala-universitet',
      'Region Västerbotten': null,
      'Chalmers tekniska högskola': null,
      'Volvo Cars': null,
      'Kalmar kommun': null,
      'Medicon Valley Alliance AB': 'org:medicon-valley-alliance',
    });
    const byName = new Map(matches.map((m) => [m.name, m]));
    expect(byName.get('Kalmar kommun')?.status).toBe('unmatched');
    expect(byName.get('Region Västerbotten')?.status).toBe('unmatched');
    expect(byName.get('Medicon Valley Alliance AB')?.candidates[0]?.reason).toBe(
      'token-similarity',
    );
    expect(byName.get('Helsingborg')?.row).toBe(5);

    // Scale: the list repeated to 50,000 rows (the row limit), timed and printed.
    const big = Array.from({ length: 2500 }, () => table.rows).flat();
    const started = performance.now();
    const bigResult = await matchOrganisations(big, dataset, { columns });
    console.log(
      `matching 50,000 rows against ${dataset.organisations.length} organisations: ${Math.round(performance.now() - started)} ms`,
    );
    expect(bigResult.matches).toHaveLength(50_000);
  }, 60_000);
});
