/**
 * The one way to name a node by id: its label, or the id itself when the dataset does not
 * know it. The function is cached per dataset, so its identity is stable and it can sit in
 * hook dependencies without re-running them.
 */
import type { Dataset } from '../data/dataset';

const cache = new WeakMap<Dataset, (id: string) => string>();

/** `labelOf(id)` for this dataset (same function for the same dataset). */
export function labelLookup(data: Dataset): (id: string) => string {
  let labelOf = cache.get(data);
  if (!labelOf) {
    labelOf = (id: string) => data.nodeById.get(id)?.label ?? id;
    cache.set(data, labelOf);
  }
  return labelOf;
}

/** The short name (e.g. "FIRS") where the node has one, else its label; for file names and tight lists. */
export function shortLabel(data: Dataset, id: string): string {
  const node = data.nodeById.get(id);
  if (!node) return id;
  return 'shortName' in node && node.shortName ? node.shortName : node.label;
}

/**
 * The text for the UI language: the English twin in English when the data has one, else
 * the Swedish (the source of truth); undefined when there is no text at all.
 */
export function inLanguage(
  lang: 'sv' | 'en',
  sv: string | undefined,
  en: string | undefined,
): string | undefined {
  return lang === 'en' && en ? en : sv;
}
