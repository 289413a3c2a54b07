/** Reads the curated data folder: every YAML file parsed, with YAML errors by file and line. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { DataError, ParsedFile } from '../src/data/buildGraph';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const dataDir = join(root, 'data');

function yamlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

export function readDataDir(dir: string): {
  files: {
    sources: ParsedFile;
    funding: ParsedFile;
    organisations: ParsedFile[];
    collaborations: ParsedFile[];
  };
  errors: DataError[];
} {
  const errors: DataError[] = [];
  const read = (path: string): ParsedFile => {
    const file = relative(root, path);
    const doc = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true });
    for (const e of doc.errors) {
      const line = e.linePos?.[0];
      errors.push({
        file,
        entry: line ? `line ${line.line}:${line.col}` : '(file)',
        reason: `YAML: ${e.message.split('\n')[0]}`,
      });
    }
    return { file, content: doc.errors.length ? null : doc.toJS() };
  };
  return {
    errors,
    files: {
      sources: read(join(dir, 'sources.yaml')),
      funding: read(join(dir, 'funding.yaml')),
      organisations: yamlFilesUnder(join(dir, 'organisations')).map(read),
      collaborations: yamlFilesUnder(join(dir, 'collaborations')).map(read),
    },
  };
}
