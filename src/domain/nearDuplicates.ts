/**
 * Finds pairs of names that are probably the same thing spelled differently: a small edit
 * distance on the folded names, or one name's words all contained in the other's.
 */
export interface NamedItem {
  id: string;
  name: string;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

const STOP = new Set([
  'i',
  'och',
  'for',
  'av',
  'the',
  'of',
  'and',
  'ab',
  'skane',
  'region',
  'kommun',
  'stad',
]);

export function nearDuplicateNames(
  items: readonly NamedItem[],
  fold: (s: string) => string,
): { a: NamedItem; b: NamedItem }[] {
  const folded = items.map((item) => {
    const f = fold(item.name);
    return { item, f, words: new Set(f.split(' ').filter((w) => w.length > 2 && !STOP.has(w))) };
  });
  const out: { a: NamedItem; b: NamedItem }[] = [];
  for (let i = 0; i < folded.length; i++) {
    for (let j = i + 1; j < folded.length; j++) {
      const x = folded[i];
      const y = folded[j];
      // Only names of the same kind (prefix before ':') can be duplicates of each other.
      if (!x || !y || x.item.id.split(':')[0] !== y.item.id.split(':')[0]) continue;
      const close = Math.min(x.f.length, y.f.length) > 12 && editDistance(x.f, y.f, 2) <= 2;
      const [small, large] = x.words.size <= y.words.size ? [x.words, y.words] : [y.words, x.words];
      const contained = small.size >= 2 && [...small].every((w) => large.has(w));
      if (close || contained) out.push({ a: x.item, b: y.item });
    }
  }
  return out;
}
