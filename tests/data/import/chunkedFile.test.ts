/**
 * A GraphFile split into JSON slices and joined again is the same file, slice sizes are
 * kept, progress runs to 1 over the slices, and an abort between slices rejects.
 */
import { describe, expect, it } from 'vitest';
import { joinGraphFile, splitGraphFile } from '../../../src/data/import/chunkedFile';
import { importNetwork } from '../../../src/data/import/importNetwork';
import { generateNetwork } from './generateNetwork';

async function file() {
  const result = await importNetwork(generateNetwork(300, 900).gexf, {
    fileName: 'n.gexf',
    year: 2026,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

describe('splitGraphFile / joinGraphFile', () => {
  it('gives back the same file, in slices of the given size', async () => {
    const original = await file();
    const chunked = splitGraphFile(original, 100);
    // 300 organisations + 900 tie collaborations; 1,800 memberships.
    expect(chunked.nodes).toHaveLength(12);
    expect(chunked.edges).toHaveLength(18);
    expect(chunked.positions.network).toHaveLength(3);
    expect(JSON.parse(chunked.nodes[0] ?? '[]')).toHaveLength(100);
    const fractions: number[] = [];
    const joined = await joinGraphFile(structuredClone(chunked), {
      onProgress: (f) => fractions.push(f),
    });
    expect(joined).toEqual(original);
    expect(Object.keys(joined.positions.affiliation)).toEqual(
      Object.keys(original.positions.affiliation),
    );
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(30);
  });

  it('stops between slices when aborted', async () => {
    const chunked = splitGraphFile(await file(), 50);
    const controller = new AbortController();
    let seen = 0;
    const joining = joinGraphFile(chunked, {
      signal: controller.signal,
      onProgress: () => {
        if (++seen === 3) controller.abort();
      },
    });
    await expect(joining).rejects.toMatchObject({ name: 'AbortError' });
  });
});
