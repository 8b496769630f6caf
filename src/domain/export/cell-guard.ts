/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return before one)
 * as a formula. Imported notes are the user's or someone else's text, so such cells get a leading
 * apostrophe: the text shows as typed and nothing runs (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
