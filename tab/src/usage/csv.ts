/**
 * CSV export of exactly the rows a table shows: raw values (ISO dates, decimal amounts, a currency column), UTF-8 with
 * a byte-order mark so Excel detects the encoding, CRLF line ends (RFC 4180), and every text cell protected against
 * formula injection (OWASP "CSV Injection").
 */

export type CsvValue = string | number | null;

export interface CsvColumn<Row> {
  header: string;
  value(row: Row): CsvValue;
}

/** A plain number ("-12.5", "3") cannot be a formula, so it stays raw; anything else starting like one is prefixed. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_BOM = '\uFEFF';

/** A leading = + - @ tab or carriage return would make a spreadsheet evaluate the cell: prefix it with '. */
export function protectCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return String(value);
  }
  return quote(protectCell(value));
}

export function buildCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
