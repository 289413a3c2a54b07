import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/data/graphSchema';
import { buildSearchIndex, search } from '../../src/domain/search';
import {
  combineHits,
  createTextSearch,
  foldWithMap,
  makeSnippet,
} from '../../src/domain/textSearch';
import { tinyGraphFile } from '../fixtures/tinyDataset';

const file = tinyGraphFile();

describe('snippets', () => {
  it('maps folded characters back to the original text', () => {
    expect(foldWithMap('Ærø, Öl')).toEqual({
      folded: 'aero  ol',
      origin: [0, 0, 1, 2, 3, 4, 5, 6],
    });
  });

  it('cuts around the first match at spaces and marks every matched word', () => {
    const text =
      'Första meningen är lång och handlar om annat. Sedan kommer Familjen Helsingborg med sju kommuner, och därefter en lång rad andra ord som inte hör hit alls.';
    const s = makeSnippet(text, ['familjen', 'helsingborg'], 30);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['Familjen', 'Helsingborg']);
    expect(text.includes(s.text.slice(1, -1))).toBe(true);
  });

  it('highlights the whole word of a prefix match, with diacritics in the original', () => {
    const s = makeSnippet('Ett tiotal företag deltar.', ['foretag']);
    expect(s).toEqual({ text: 'Ett tiotal företag deltar.', ranges: [[11, 18]] });
  });
});

describe('createTextSearch', () => {
  it('builds its index on the first query only', () => {
    const text = createTextSearch(file);
    expect(text.isBuilt()).toBe(false);
    expect(text.search('  ')).toEqual([]);
    expect(text.isBuilt()).toBe(false);
    text.search('nätverk');
    expect(text.isBuilt()).toBe(true);
  });

  it('folds case and diacritics and says which field matched', () => {
    const text = createTextSearch(file);
    const [hit] = text.search('FORETAG');
    expect(hit).toMatchObject({
      id: 'col:gamma',
      kind: 'collaboration',
      label: 'Gammaprogrammet',
      field: 'unnamedParticipants',
      snippet: { text: 'Ett tiotal företag', ranges: [[11, 18]] },
    });
    expect(text.search('natverk').map((h) => [h.id, h.field])).toEqual([
      ['col:beta', 'description'],
    ]);
  });

  it('matches prefixes and small typos, and every word of the query', () => {
    const text = createTextSearch(file);
    expect(text.search('tiot').map((h) => h.id)).toEqual(['col:gamma']);
    expect(text.search('testprojekr').map((h) => h.id)).toEqual(['col:alfa']); // one edit
    expect(text.search('tiotal nätverk')).toEqual([]);
    expect(text.search('zzzz')).toEqual([]);
  });

  it('finds seat titles under the person and English fields when present', () => {
    const [bo] = createTextSearch(file).search('rektor');
    expect(bo).toMatchObject({ id: 'person:bo-b', field: 'seatTitle', related: 'col:alfa' });
    const beta = file.nodes.find((n) => n.id === 'col:beta')!;
    const withEnglish: GraphNode = Object.assign({}, beta, {
      descriptionEn: 'A network of municipalities.',
    });
    const nodes = file.nodes.map((n) => (n.id === 'col:beta' ? withEnglish : n));
    const [en] = createTextSearch({ nodes, edges: file.edges }).search('municipalities');
    expect(en).toMatchObject({ id: 'col:beta', field: 'descriptionEn' });
  });

  it('ranks text hits below name hits and drops nodes already found by name', () => {
    const nodes = file.nodes.map((n) =>
      n.id === 'col:gamma' ? Object.assign({}, n, { description: 'Ett program med Alfa.' }) : n,
    );
    const names = search(buildSearchIndex(nodes), 'alfa');
    const texts = createTextSearch({ nodes, edges: file.edges }).search('alfa');
    expect(texts.map((h) => h.id)).toContain('col:gamma');
    const combined = combineHits(names, texts);
    expect(combined.map((h) => [h.via, h.id])).toEqual([
      ...names.map((h) => ['name', h.id]),
      ['text', 'col:gamma'],
    ]);
  });
});
