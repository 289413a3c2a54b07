/** Placeholders and plural forms in both languages. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';

describe('translate', () => {
  it('chooses the singular for one and the plural otherwise, in Swedish and English', () => {
    expect(translate('sv', 'details.tie.count', { count: 1 })).toBe('1 gemensamt samarbete');
    expect(translate('sv', 'details.tie.count', { count: 3 })).toBe('3 gemensamma samarbeten');
    expect(translate('sv', 'details.tie.count', { count: 0 })).toBe('0 gemensamma samarbeten');
    expect(translate('en', 'details.tie.count', { count: 1 })).toBe('1 shared collaboration');
    expect(translate('en', 'search.results', { count: 2 })).toBe('2 matches');
  });

  it('writes the number in the language format inside a plural form', () => {
    expect(translate('sv', 'search.results', { count: 1200 })).toBe('1\u00a0200 träffar');
    expect(translate('en', 'search.results', { count: 1200 })).toBe('1,200 matches');
  });

  it('leaves a placeholder without a value as it is, and fills the others', () => {
    expect(translate('sv', 'present.position', { index: 2 })).toBe('Bild 2 av {count}');
    expect(translate('sv', 'present.position', { index: 2, count: 5 })).toBe('Bild 2 av 5');
  });

  it('no message of either language keeps plural syntax once its count is given', async () => {
    const { sv } = await import('../../src/i18n/sv');
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      if (!sv[key].includes('plural')) continue;
      const names = [...sv[key].matchAll(/\{(\w+)/g)].map((m) => m[1] ?? '');
      const params = Object.fromEntries(names.map((name) => [name, 1]));
      for (const lang of ['sv', 'en'] as const) {
        expect(translate(lang, key, params)).not.toMatch(/plural|[{}]/);
      }
    }
  });
});
