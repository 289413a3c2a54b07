/** The graph file's format version, zod-free (graphSchema.ts re-exports it). */

/** 2: collaborations as members (col → col memberships, role `part` replaces `partOf`),
 * English texts (`…En`), `formerNames`, funding `family`, `isolatedBecause`. */
export const GRAPH_FORMAT_VERSION = 2;
