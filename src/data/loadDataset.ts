/**
 * Loads the bundled graph (a separate chunk, so the shell paints first), validates it at
 * run time and builds the in-memory dataset. Failures carry a readable reason. zod runs
 * jitless (see zodConfig.ts).
 */
// First: zod must be jitless before graphSchema builds its schemas (no eval under the CSP).
import './zodConfig';
import { createDataset, type Dataset } from './dataset';
import { graphSchema } from './graphSchema';

export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** Validates an already parsed graph file; throws DatasetError naming the first problems. */
export function datasetFromJson(json: unknown): Dataset {
  const result = graphSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new DatasetError(first);
  }
  return createDataset(result.data);
}

export async function loadDataset(): Promise<Dataset> {
  const module = await import('../../data/graph.json');
  return datasetFromJson(module.default);
}
