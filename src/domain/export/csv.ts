import type { Cell } from './sheet-rows';

/** Excel needs the byte order mark to read UTF-8 (accented and non-Latin text) correctly. */
export const UTF8_BOM = '\uFEFF';

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'string' ? cell : typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: comma separated, CRLF line ends, fields with quotes, commas or line breaks quoted. Strings
 * are expected to be guarded already (see `guardCell`). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
