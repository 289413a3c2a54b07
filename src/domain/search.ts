/**
 * Search over organisations, collaborations and people: case- and diacritic-insensitive,
 * matching names, short names/acronyms, aliases and former names. Pure; the index is
 * built once per dataset.
 */
import type { GraphNode } from '../data/graphSchema';
import { foldText } from '../data/normalise';
import type { NodeKind } from '../data/vocabulary';
import { compareSv } from './collate';

interface IndexedName {
  text: string;
  folded: string;
  /** true for acronyms/short names, which rank high on an exact hit */
  short: boolean;
  alias: boolean;
}

export interface SearchEntry {
  id: string;
  kind: NodeKind;
  label: string;
  names: IndexedName[];
}

export interface SearchHit {
  id: string;
  kind: NodeKind;
  label: string;
  /** The alias or short name that matched, when it was not the label. */
  matched?: string;
  score: number;
}

export function buildSearchIndex(nodes: readonly GraphNode[]): SearchEntry[] {
  return nodes.map((node) => {
    const names: IndexedName[] = [
      { text: node.label, folded: foldText(node.label), short: false, alias: false },
    ];
    if ('shortName' in node && node.shortName) {
      names.push({
        text: node.shortName,
        folded: foldText(node.shortName),
        short: true,
        alias: true,
      });
    }
    const formerNames = node.kind === 'organisation' ? node.formerNames : [];
    for (const alias of [...node.aliases, ...formerNames]) {
      names.push({ text: alias, folded: foldText(alias), short: alias.length <= 6, alias: true });
    }
    return { id: node.id, kind: node.kind, label: node.label, names };
  });
}

function scoreName(name: IndexedName, query: string, words: string[]): number {
  if (name.folded === query) return name.short ? 100 : 90;
  if (name.folded.startsWith(query)) return 70;
  const tokens = name.folded.split(' ');
  if (words.every((w) => tokens.some((t) => t.startsWith(w)))) return 55;
  if (name.folded.includes(query)) return 35;
  return 0;
}

const KIND_ORDER: Record<NodeKind, number> = { organisation: 0, collaboration: 1, person: 2 };

/**
 * Ranked hits for `query` (at most `limit`); an empty query gives none. Alias hits score a
 * little below label hits of the same quality, so "Malmö" lists Malmö stad before
 * organisations that merely used to be called something similar.
 */
export function search(index: readonly SearchEntry[], query: string, limit = 12): SearchHit[] {
  const q = foldText(query);
  if (!q) return [];
  const words = q.split(' ');
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let best = 0;
    let matched: string | undefined;
    for (const name of entry.names) {
      const score = scoreName(name, q, words) - (name.alias && !name.short ? 5 : 0);
      if (score > best) {
        best = score;
        matched = name.alias ? name.text : undefined;
      }
    }
    if (best > 0)
      hits.push({
        id: entry.id,
        kind: entry.kind,
        label: entry.label,
        score: best,
        ...(matched ? { matched } : {}),
      });
  }
  return hits
    .sort(
      (a, b) =>
        b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareSv(a.label, b.label),
    )
    .slice(0, limit);
}
