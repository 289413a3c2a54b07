import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../scripts/readData';

describe('reading the curated data folder', () => {
  it('reports a YAML syntax error with file, line and column', () => {
    const dir = fileURLToPath(new URL('../fixtures/data-dir.invalid', import.meta.url));
    const { errors, files } = readDataDir(dir);
    expect(files.organisations).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toMatch(/organisations\/broken\.yaml$/);
    expect(errors[0]?.entry).toMatch(/^line \d+:\d+$/);
    expect(errors[0]?.reason).toMatch(/^YAML: /);
  });
});
