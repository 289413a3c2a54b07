// graphology-gexf and graphology-graphml export their parser factories only from
// unexported CommonJS paths; these are the shapes of those factories (see xmlGraph.ts).
declare module 'graphology-gexf/common/parser.js' {
  import type { GraphConstructor } from 'graphology-types';
  import type Graph from 'graphology-types';
  const createParserFunction: (
    domParser: new () => { parseFromString(text: string, type: string): unknown },
    document: abstract new (...args: never[]) => unknown,
  ) => (Graph: GraphConstructor, source: string, options?: Record<string, unknown>) => Graph;
  export default createParserFunction;
}
declare module 'graphology-graphml/common/parser.js' {
  import type { GraphConstructor } from 'graphology-types';
  import type Graph from 'graphology-types';
  const createParserFunction: (
    domParser: new () => { parseFromString(text: string, type: string): unknown },
    document: abstract new (...args: never[]) => unknown,
  ) => (Graph: GraphConstructor, source: string, options?: Record<string, unknown>) => Graph;
  export default createParserFunction;
}
