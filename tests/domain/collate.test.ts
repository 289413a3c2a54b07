import { describe, expect, it } from 'vitest';
import { compareSv } from '../../src/domain/collate';

describe('compareSv', () => {
  it('sorts in Swedish order: å, ä, ö after z, case and accents as a Swede expects', () => {
    expect(
      ['Örkelljunga', 'Ystad', 'Åstorp', 'Ängelholm', 'Zinkgruvan', 'eslöv', 'Eslöv'].sort(
        compareSv,
      ),
    ).toEqual(['eslöv', 'Eslöv', 'Ystad', 'Zinkgruvan', 'Åstorp', 'Ängelholm', 'Örkelljunga']);
  });
});
