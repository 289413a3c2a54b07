/**
 * GEXF and GraphML text → graphology graph: graphology-gexf's and graphology-graphml's
 * own parsers (their mapping of attributes, viz, defaults, parallel and mixed edges),
 * run over the fast LiteXml document instead of @xmldom/xmldom. Works alike in the main
 * thread, in a worker and in Node. The text must have passed `checkXml`.
 */
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { LiteDocument, LiteDOMParser } from './liteXml';

const gexf = createGexfParser(LiteDOMParser, LiteDocument);
const graphml = createGraphmlParser(LiteDOMParser, LiteDocument);

/** Parses a GEXF file; throws graphology's error for a file it cannot map. */
export function parseGexfText(text: string): Graph {
  return gexf(Graph, text, { allowUndeclaredAttributes: true });
}

/** Parses a GraphML file; throws graphology's error for a file it cannot map. */
export function parseGraphmlText(text: string): Graph {
  return graphml(Graph, text);
}
