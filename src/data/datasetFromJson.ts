/**
 * A dataset from a graph file someone brings in (an import, a network written into the
 * standalone page): validated against the full zod schema. Kept apart from loadDataset.ts
 * so the start of the app, which checks the bundled file cheaply, does not load zod.
 */
// First: zod must be jitless before graphSchema builds its schemas (no eval under the CSP).
import './zodConfig';
import { createDataset, type Dataset } from './dataset';
import { graphSchema } from './graphSchema';
import { DatasetError } from './loadDataset';

/**
 * Validates an already parsed graph file against the full schema (for files a user brings
 * in); throws DatasetError naming the first problems.
 */
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
