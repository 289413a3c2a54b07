/** The build's preload of the data asset (scripts/preloadData.ts). */
import { describe, expect, it } from 'vitest';
import { dataAssetName } from '../../scripts/preloadData';

describe('dataAssetName', () => {
  it('finds the emitted data asset among the bundle', () => {
    expect(dataAssetName(['assets/index-abc.js', 'assets/graph-bkDcJDrA.json', 'index.html'])).toBe(
      'assets/graph-bkDcJDrA.json',
    );
  });
  it('is null where the data is inline (standalone build) or named otherwise', () => {
    expect(dataAssetName(['standalone.html'])).toBeNull();
    expect(dataAssetName(['assets/graph-abc.js', 'assets/subgraph.json'])).toBeNull();
  });
});
