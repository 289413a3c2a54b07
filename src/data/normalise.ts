/**
 * Name normalisation shared by the data build (duplicate detection) and search:
 * case- and diacritic-insensitive, punctuation folded to spaces.
 */

/** Lower-case, strip diacritics (å→a, ö→o, æ→ae, ø→o), fold punctuation to single spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const MUNICIPAL_SUFFIX = /\s(kommun|stad|kommune|municipality|city)$/;

/**
 * Keys under which two organisation names count as the same: the folded name, and —
 * when it ends in kommun/stad — the place name with and without a genitive s, so
 * "Helsingborgs stad", "Helsingborg stad" and "Helsingborgs kommun" all collide.
 */
export function organisationNameKeys(name: string): string[] {
  const folded = foldText(name);
  const keys = new Set([folded]);
  if (MUNICIPAL_SUFFIX.test(folded)) {
    const place = folded.replace(MUNICIPAL_SUFFIX, '');
    keys.add(`${place} ~municipal`);
    if (place.endsWith('s')) keys.add(`${place.slice(0, -1)} ~municipal`);
  }
  return [...keys];
}
