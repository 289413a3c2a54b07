/**
 * Full-text search over the data's own texts — descriptions, unnamed participants, notes,
 * period notes, seat titles (and their English twins such as `descriptionEn` when the data
 * has them) — with MiniSearch: case and diacritics folded, prefix and small fuzzy matches.
 * One indexed document per node and field, so every hit names the field that matched and
 * carries a snippet of that text. The index is built on the first query, not at start-up.
 */
import MiniSearch from 'minisearch';
import type { GraphEdge, GraphNode } from '../data/graphSchema';
import { foldText } from '../data/normalise';
import type { NodeKind } from '../data/vocabulary';
import { compareSv } from './collate';
import type { SearchHit } from './search';

/** Node fields searched when present (English twins included). */
export const NODE_TEXT_FIELDS = [
  'description',
  'descriptionEn',
  'unnamedParticipants',
  'unnamedParticipantsEn',
  'note',
  'noteEn',
  'periodNote',
  'periodNoteEn',
] as const;

/** Where a text hit was found: a node field, or a membership/seat field credited to a node. */
export type TextField =
  | (typeof NODE_TEXT_FIELDS)[number]
  | 'membershipNote'
  | 'membershipNoteEn'
  | 'seatTitle'
  | 'seatTitleEn'
  | 'seatNote'
  | 'seatNoteEn';

export interface TextSnippet {
  /** A short excerpt of the data text around the match, `…` where cut. */
  text: string;
  /** Matched words as [start, end) offsets into `text`, in order. */
  ranges: [number, number][];
}

export interface TextHit {
  id: string;
  kind: NodeKind;
  label: string;
  field: TextField;
  /** For membership and seat fields: the other end (member organisation or collaboration). */
  related?: string;
  snippet: TextSnippet;
  /** MiniSearch relevance (BM25); only comparable within one query. */
  score: number;
}

interface TextDocument {
  key: string;
  node: string;
  field: TextField;
  text: string;
  related?: string;
}

/** What the index is built from: a GraphFile or `dataset.file`. */
export interface TextSource {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

const textOf = (record: object, field: string): string | undefined => {
  const value = (record as Record<string, unknown>)[field];
  return typeof value === 'string' && value.trim() ? value : undefined;
};

function documentsOf(source: TextSource): TextDocument[] {
  const docs: TextDocument[] = [];
  // node, field and text of every document so far: a repeat is skipped in O(1), so a big
  // import's 100,000 texts do not cost a scan of all earlier ones each.
  const seen = new Set<string>();
  const add = (node: string, field: TextField, text: string | undefined, related?: string) => {
    if (!text) return;
    const key = `${node}\u0000${field}\u0000${text}`;
    // An English twin identical to its Swedish text (as imports write them) adds nothing.
    const twin = field.endsWith('En') ? `${node}\u0000${field.slice(0, -2)}\u0000${text}` : '';
    const dup = seen.has(key) || (twin !== '' && seen.has(twin));
    seen.add(key);
    if (!dup)
      docs.push({
        key: `${node}#${docs.length}`,
        node,
        field,
        text,
        ...(related ? { related } : {}),
      });
  };
  for (const node of source.nodes)
    for (const field of NODE_TEXT_FIELDS) add(node.id, field, textOf(node, field));
  for (const edge of source.edges) {
    if (edge.kind === 'membership') {
      add(edge.target, 'membershipNote', textOf(edge, 'note'), edge.source);
      add(edge.target, 'membershipNoteEn', textOf(edge, 'noteEn'), edge.source);
    } else {
      add(edge.source, 'seatTitle', textOf(edge, 'title'), edge.target);
      add(edge.source, 'seatTitleEn', textOf(edge, 'titleEn'), edge.target);
      add(edge.source, 'seatNote', textOf(edge, 'note'), edge.target);
      add(edge.source, 'seatNoteEn', textOf(edge, 'noteEn'), edge.target);
    }
  }
  return docs;
}

/** One term folded as names are (case, diacritics); punctuation splits it. */
function processTerm(term: string): string | string[] | null {
  const folded = foldText(term);
  if (!folded) return null;
  return folded.includes(' ') ? folded.split(' ') : folded;
}

/** The folded text with, for every folded character, the index of its original character. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/[\u0300-\u036f]/.test(ch)) continue; // a combining mark folds into its letter
    let piece = foldText(ch);
    if (piece === '') piece = ' ';
    for (const part of piece) {
      folded += part;
      origin.push(i);
    }
  }
  return { folded, origin };
}

const isWordStart = (folded: string, at: number) => at === 0 || folded[at - 1] === ' ';

/**
 * An excerpt of `text` around the first word starting with any of `terms` (folded), about
 * `radius` characters either side, cut at spaces; every match inside is a range.
 */
export function makeSnippet(text: string, terms: readonly string[], radius = 60): TextSnippet {
  const { folded, origin } = foldWithMap(text);
  const matches: [number, number][] = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (!isWordStart(folded, at)) continue;
      let end = at + term.length;
      while (end < folded.length && folded[end] !== ' ') end++; // the whole word
      matches.push([origin[at]!, origin[end - 1]! + 1]);
    }
  }
  matches.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const first = matches[0] ?? [0, 0];
  let start = Math.max(0, first[0] - radius);
  let end = Math.min(text.length, first[1] + radius);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first[0] ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first[1] ? space : end;
  }
  const prefix = start > 0 ? '…' : '';
  const body = text.slice(start, end);
  const ranges: [number, number][] = [];
  let last = -1;
  for (const [a, b] of matches) {
    if (a < start || b > end || a < last) continue;
    ranges.push([a - start + prefix.length, b - start + prefix.length]);
    last = b;
  }
  return { text: prefix + body + (end < text.length ? '…' : ''), ranges };
}

export interface TextSearchOptions {
  /** Most hits; default 12. */
  limit?: number;
}

export interface TextSearch {
  /** Hits for `query`, one per node (its best field), best first; empty query → []. */
  search(query: string, options?: TextSearchOptions): TextHit[];
  /** Whether the index has been built (it is, from the first non-empty query on). */
  isBuilt(): boolean;
}

/**
 * A lazily built full-text search over `source`. Terms match by prefix, and words of 5+
 * letters also with about one edit in five; every word of the query must match in the same
 * field text. Building takes a few milliseconds per thousand texts.
 */
export function createTextSearch(source: TextSource): TextSearch {
  let index: MiniSearch<TextDocument> | null = null;
  let byKey: Map<string, TextDocument> | null = null;
  const nodes = new Map(source.nodes.map((n) => [n.id, n]));
  const build = () => {
    const docs = documentsOf(source);
    const mini = new MiniSearch<TextDocument>({
      idField: 'key',
      fields: ['text'],
      processTerm,
      searchOptions: {
        prefix: true,
        fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    mini.addAll(docs);
    byKey = new Map(docs.map((d) => [d.key, d]));
    index = mini;
    return { mini, byKey };
  };
  return {
    isBuilt: () => index !== null,
    search(query, options = {}) {
      const limit = options.limit ?? 12;
      if (!foldText(query)) return [];
      const built = index && byKey ? { mini: index, byKey } : build();
      const best = new Map<string, TextHit>();
      for (const result of built.mini.search(query)) {
        const doc = built.byKey.get(String(result.id));
        const node = doc ? nodes.get(doc.node) : undefined;
        if (!doc || !node || (best.get(node.id)?.score ?? -1) >= result.score) continue;
        best.set(node.id, {
          id: node.id,
          kind: node.kind,
          label: node.label,
          field: doc.field,
          ...(doc.related ? { related: doc.related } : {}),
          snippet: makeSnippet(doc.text, result.terms),
          score: result.score,
        });
      }
      return [...best.values()]
        .sort((a, b) => b.score - a.score || compareSv(a.label, b.label))
        .slice(0, Math.max(0, limit));
    },
  };
}

/** A name hit or a text hit, for one result list. */
export type CombinedHit = ({ via: 'name' } & SearchHit) | ({ via: 'text' } & TextHit);

/**
 * Name hits (from `search.ts`) first, then text hits for nodes not already found by name,
 * at most `limit` in all (default 12).
 */
export function combineHits(
  nameHits: readonly SearchHit[],
  textHits: readonly TextHit[],
  limit = 12,
): CombinedHit[] {
  const seen = new Set(nameHits.map((h) => h.id));
  return [
    ...nameHits.map((h) => ({ via: 'name' as const, ...h })),
    ...textHits.filter((h) => !seen.has(h.id)).map((h) => ({ via: 'text' as const, ...h })),
  ].slice(0, Math.max(0, limit));
}
