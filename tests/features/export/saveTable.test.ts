// @vitest-environment jsdom
/** saveTable: names the file after what it holds and saves CSV in the chosen dialect or xlsx. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveTable } from '../../../src/components/saveTable';
import { XLSX_MIME, type TableModel } from '../../../src/domain/tableExport';

const table: TableModel = {
  title: 'Medlemmar',
  columns: [
    { id: 'name', header: 'Namn' },
    { id: 'n', header: 'Antal' },
  ],
  rows: [{ name: 'Malmö stad', n: 1.5 }],
};

const saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved.length = 0;
  let last: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) saved.push({ name: this.download, blob: last });
  });
});
afterEach(() => vi.restoreAllMocks());

/** The blob's UTF-8 text, BOM kept (FileReader.readAsText would drop it). */
function text(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const bytes = reader.result instanceof ArrayBuffer ? reader.result : new ArrayBuffer(0);
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    };
    reader.readAsArrayBuffer(blob);
  });
}

describe('saveTable', () => {
  it('saves Swedish CSV by default for Swedish, English on request', async () => {
    const name = await saveTable(table, 'csv', 'sv', ['FIRS', 'medlemmar']);
    expect(name).toMatch(/^samverkanskartan-FIRS-medlemmar-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await text(saved[0]!.blob)).toBe('\uFEFFNamn;Antal\r\nMalmö stad;1,5\r\n');
    await saveTable(table, 'csv', 'sv', ['FIRS'], 'en');
    expect(await text(saved[1]!.blob)).toBe('\uFEFFNamn,Antal\r\nMalmö stad,1.5\r\n');
  });

  it('saves xlsx with its MIME type', async () => {
    const name = await saveTable(table, 'xlsx', 'en', ['FIRS', 'members']);
    expect(name).toMatch(/\.xlsx$/);
    expect(saved[0]?.name).toBe(name);
    expect(saved[0]?.blob.type).toBe(XLSX_MIME);
    expect(saved[0]?.blob.size).toBeGreaterThan(1000);
  });
});
