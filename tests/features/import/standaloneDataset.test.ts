/** An imported network written into the standalone page and read back; the view it opens in. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../../src/data/graphSchema';
import { preferredView } from '../../../src/features/import/openedImports';
import { injectDataset } from '../../../src/features/import/standaloneDataset';
import { matcherDataset } from '../../data/import/fixtures';

describe('injectDataset', () => {
  it('puts the file before the first script, safe against </script> in labels', () => {
    const base = matcherDataset().file;
    const file: GraphFile = {
      ...base,
      nodes: base.nodes.map((n, i) => (i === 0 ? { ...n, label: 'A </script><b>&' } : n)),
    };
    const html = '<html><head><title>x</title><script src="app.js"></script></head></html>';
    const out = injectDataset(html, file, 'Mitt nät </script>');
    const first = out.indexOf('<script>');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(out.indexOf('<script src="app.js">'));
    const body = out.slice(first + '<script>'.length, out.indexOf('</script>', first));
    // Exactly one </script> of ours: the label's was escaped.
    expect(body).not.toMatch(/<\/script/i);
    const page: { __SAMVERKAN_DATASET__?: unknown; __SAMVERKAN_DATASET_NAME__?: string } = {};
    runInNewContext(body, { window: page });
    expect(JSON.parse(JSON.stringify(page.__SAMVERKAN_DATASET__))).toEqual(file);
    expect(page.__SAMVERKAN_DATASET_NAME__).toBe('Mitt nät </script>');
  });
});

describe('preferredView', () => {
  it('opens a file of plain ties in the network view, anything else in the affiliation view', () => {
    const base = matcherDataset().file;
    const col = (id: string) => ({
      id,
      kind: 'collaboration' as const,
      label: id,
    });
    const ties = { ...base, nodes: [...base.nodes, col('col:tie-1'), col('col:tie-2')] };
    const mixed = { ...base, nodes: [...base.nodes, col('col:tie-1'), col('col:alfa')] };
    expect(preferredView(ties as unknown as GraphFile)).toBe('network');
    expect(preferredView(mixed as unknown as GraphFile)).toBe('affiliation');
    expect(preferredView(base)).toBe('affiliation');
  });
});
