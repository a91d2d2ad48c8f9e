/**
 * Reading an uploaded CSV into records (the rate card here, the dial-out policy export in bot/settings): one reader so
 * both number lines and report syntax errors the same way. A byte-order mark is dropped and CRLF / CR read as LF;
 * blank lines are skipped, cells are trimmed, and rows may have any number of cells (the callers check the count).
 */
import { parse } from 'csv-parse/sync';
import { failure, success, type Result } from './result';

export interface CsvRecord {
  readonly cells: string[];
  /** 1-based line in the file where the record starts. */
  readonly line: number;
}

/** The file is not CSV: `line` is where csv-parse gave up (1 when it does not say). */
export interface CsvSyntaxError {
  readonly line: number;
  readonly code: 'csv-syntax';
}

export interface ReadCsvOptions {
  /**
   * Removed from the start of the (normalized) text before parsing, e.g. PowerShell's "#TYPE …" line. Match within
   * the first line only, so the line becomes empty and every line keeps its number.
   */
  readonly dropLeading?: RegExp;
}

/** csv-parse with info and raw: each record is this shape (its result is typed by options only loosely). */
interface ParsedRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

export function readCsvRecords(text: string, options: ReadCsvOptions = {}): Result<CsvRecord[], CsvSyntaxError> {
  let normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (options.dropLeading) normalized = normalized.replace(options.dropLeading, '');
  let records: ParsedRecord[];
  try {
    records = parse(normalized, {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    return failure({ line, code: 'csv-syntax' });
  }
  return success(records.map((rec) => ({ cells: rec.record, line: startLine(rec) })));
}

/** The record's first line: csv-parse reports where it ends, and its raw text includes skipped blank lines before it. */
function startLine(rec: ParsedRecord): number {
  const body = rec.raw.replace(/^(?:[ \t]*\n)+/, '').replace(/\n$/, '');
  return rec.info.lines - (body.match(/\n/g)?.length ?? 0);
}
