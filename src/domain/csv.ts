/**
 * CSV for spreadsheet users: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark
 * so Excel shows å/ä/ö correctly. Cells starting with = + - @ are prefixed with ' so a
 * spreadsheet never runs them as formulas.
 */
export const BOM = '\uFEFF';

function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A file-system-safe file name from a label: lower-case ASCII, dashes. */
export function fileNameFor(label: string, extension: string): string {
  const base = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'samverkanskartan'}.${extension}`;
}
