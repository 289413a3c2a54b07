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
  /** `folded` split into words, once at index time. */
  tokens: string[];
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

function indexedName(text: string, short: boolean, alias: boolean): IndexedName {
  const folded = foldText(text);
  return { text, folded, tokens: folded.split(' '), short, alias };
}

export function buildSearchIndex(nodes: readonly GraphNode[]): SearchEntry[] {
  return nodes.map((node) => {
    const names: IndexedName[] = [indexedName(node.label, false, false)];
    if ('shortName' in node && node.shortName) names.push(indexedName(node.shortName, true, true));
    const formerNames = node.kind === 'organisation' ? node.formerNames : [];
    for (const alias of [...node.aliases, ...formerNames]) {
      names.push(indexedName(alias, alias.length <= 6, true));
    }
    return { id: node.id, kind: node.kind, label: node.label, names };
  });
}

function scoreName(name: IndexedName, query: string, words: string[]): number {
  if (name.folded === query) return name.short ? 100 : 90;
  if (name.folded.startsWith(query)) return 70;
  if (words.every((w) => name.tokens.some((t) => t.startsWith(w)))) return 55;
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
  return topHits(hits, limit);
}

/**
 * The first `limit` hits in the order score ↓, kind, label (Swedish collation) — the
 * order of a full sort, but labels are collated only among hits ranked above the cut
 * (fewer than `limit`) and, in one pass, within the group that ties at the cut, so a
 * one-letter query over 60,000 names stays fast (collation is the costly compare).
 */
function topHits(hits: SearchHit[], limit: number): SearchHit[] {
  if (hits.length === 0 || limit <= 0) return [];
  const rank = (h: SearchHit) => h.score * 4 - KIND_ORDER[h.kind];
  const byLabel = (a: SearchHit, b: SearchHit) => rank(b) - rank(a) || compareSv(a.label, b.label);
  hits.sort((a, b) => rank(b) - rank(a));
  const cut = rank(hits[Math.min(limit, hits.length) - 1] as SearchHit);
  let start = 0;
  while (rank(hits[start] as SearchHit) > cut) start++;
  const out = hits.slice(0, start).sort(byLabel);
  // The tied group: keep its `limit - start` first labels, in order (insertion).
  const need = limit - start;
  let end = start;
  while (end < hits.length && rank(hits[end] as SearchHit) === cut) end++;
  // A long list asked for: sorting the group is cheaper than insertion.
  if (need > 32) return [...out, ...hits.slice(start, end).sort(byLabel).slice(0, need)];
  const chosen: SearchHit[] = [];
  for (let i = start; i < end; i++) {
    const hit = hits[i] as SearchHit;
    if (chosen.length === need && compareSv(hit.label, (chosen[need - 1] as SearchHit).label) >= 0)
      continue;
    let at = chosen.length;
    while (at > 0 && compareSv(hit.label, (chosen[at - 1] as SearchHit).label) < 0) at--;
    chosen.splice(at, 0, hit);
    if (chosen.length > need) chosen.pop();
  }
  return [...out, ...chosen];
}
