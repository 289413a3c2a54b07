import { describe, expect, it } from 'vitest';
import { clampNotice, summariseList } from '../../../src/features/notices/summarise';
import { makeTranslate } from '../../../src/i18n';

describe('notice summaries', () => {
  const parts = Array.from({ length: 2000 }, (_, i) => `k${i}=x`);

  it('lists the first ten parts and counts the rest, in each language', () => {
    const sv = summariseList(parts, makeTranslate('sv'));
    expect(sv.startsWith('k0=x, k1=x')).toBe(true);
    expect(sv).toContain('k9=x');
    expect(sv).not.toContain('k10=x');
    // 1 990 with the Swedish thousands separator (a no-break space).
    expect(sv.replace(/\s/g, ' ')).toMatch(/och 1 990 till$/);
    expect(summariseList(parts, makeTranslate('en'))).toMatch(/and 1,990 more$/);
  });

  it('leaves short lists whole', () => {
    expect(summariseList(['a', 'b'], makeTranslate('en'))).toBe('a, b');
    expect(summariseList([], makeTranslate('en'))).toBe('');
  });

  it('cuts very long text to the budget', () => {
    const long = 'x'.repeat(5000);
    expect(clampNotice(long, 100)).toHaveLength(100);
    expect(clampNotice(long, 100).endsWith('…')).toBe(true);
    expect(clampNotice('short', 100)).toBe('short');
  });
});
