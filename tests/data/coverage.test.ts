/**
 * The data report's coverage checks on the hand-checked acting fixture.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/data/buildGraph';
import {
  englishTextCount,
  isolatedNodes,
  singleMemberCollaborations,
  unlinkedMentions,
} from '../../src/data/coverage';
import { createDataset } from '../../src/data/dataset';
import { actingInput } from '../fixtures/actingDataset';

function datasetWith(descriptions: Record<string, string>) {
  const input = actingInput();
  for (const c of input.collaborations) {
    const content = c.content as { id: string; description: string };
    const d = descriptions[content.id];
    if (d) content.description = d;
  }
  const result = buildGraph(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return createDataset({ ...result.graph, positions: { affiliation: {}, network: {} } });
}

describe('coverage', () => {
  const data = datasetWith({
    prog: 'Program där Kommun Ett och Uni Grå nämns.',
    council: 'Rådet där Hörnet och Region Röd sitter.',
  });

  it('lists bodies a collaboration names in its text without a link, and not the linked ones', () => {
    expect(unlinkedMentions(data)).toEqual([
      { collaboration: 'col:prog', mentioned: 'org:k1', name: 'Kommun Ett', field: 'description' },
      { collaboration: 'col:prog', mentioned: 'org:uni', name: 'Uni Grå', field: 'description' },
    ]);
  });

  it('lists isolated nodes and single-member collaborations', () => {
    expect(isolatedNodes(data)).toEqual({ organisations: [], collaborations: ['col:lonely'] });
    // Programmet: Region Röd and (as a part) Projektet = 2; Projektet: Uni Grå only.
    expect(singleMemberCollaborations(data)).toEqual(['col:proj']);
  });

  it('counts the English texts', () => {
    // 5 descriptions and 1 isolatedBecause in the fixture.
    expect(englishTextCount(data.file)).toBe(6);
  });
});
