/**
 * `npm run data:build` — validates the curated YAML under data/ and writes data/graph.json.
 * `--check` rebuilds in memory and fails when the committed graph.json differs (stale).
 * Errors name file, entry and reason, exit non-zero, and never leave a partial graph.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph, type DataError } from '../src/data/buildGraph';
import { computePresetPositions } from './presetLayout';
import { dataDir, readDataDir } from './readData';

const outFile = join(dataDir, 'graph.json');

function formatError(e: DataError): string {
  return `  ${e.file}: ${e.entry}: ${e.reason}`;
}

function main(): number {
  const check = process.argv.includes('--check');
  const { files, errors: parseErrors } = readDataDir(dataDir);
  if (parseErrors.length > 0) {
    console.error(
      `data:build: ${parseErrors.length} YAML error(s):\n${parseErrors.map(formatError).join('\n')}`,
    );
    return 1;
  }
  const result = buildGraph(
    {
      sources: files.sources,
      funding: files.funding,
      organisations: files.organisations,
      collaborations: files.collaborations,
    },
    { requireEnglish: false },
  );
  for (const w of result.warnings) console.warn(`warning: ${w.file}: ${w.entry}: ${w.reason}`);
  if (!result.ok) {
    console.error(
      `data:build: ${result.errors.length} error(s), graph.json not written:\n${result.errors.map(formatError).join('\n')}`,
    );
    return 1;
  }
  const graph = { ...result.graph, positions: computePresetPositions(result.graph) };
  const json = `${JSON.stringify(graph, null, 1)}\n`;
  const counts = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;
  const summary = `${counts('organisation')} organisations, ${counts('collaboration')} collaborations, ${counts('person')} people, ${graph.edges.filter((e) => e.kind === 'membership').length} memberships, ${graph.edges.filter((e) => e.kind === 'seat').length} seats`;
  if (check) {
    const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (current !== json) {
      console.error(
        'data:check: data/graph.json is stale — run `npm run data:build` and commit it.',
      );
      return 1;
    }
    console.log(`data:check: data/graph.json is up to date (${summary}).`);
    return 0;
  }
  writeFileSync(outFile, json);
  console.log(`data:build: wrote data/graph.json (${summary}).`);
  return 0;
}

process.exitCode = main();
