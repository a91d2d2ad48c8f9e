/**
 * Reads the admin center PSTN usage export: the zip `Calls.Export.[id].zip` (PSTN.calls.[UTC date].csv,
 * DirectRouting.calls.[UTC date].csv, parameters.json) or the CSV inside it (domain-facts §7.5, RFC 4180).
 * Only the PSTN calls CSV is read: Direct Routing rows are not billed by Microsoft (§6.2).
 */
import { unzipSync } from 'fflate';
import { parse } from 'csv-parse';
import { normalizeExportRecord, EXPORT_COLUMNS, REQUIRED_EXPORT_COLUMNS, type ExportColumn, type ExportRecord } from './normalize-export-row';
import type { PstnCall } from './pstn-call';
import type { FileProblem, RowProblem } from './row-problem';

export type ExportCsv = { ok: true; csv: string; fileName: string | null } | { ok: false; problem: FileProblem };

export type ExportRow = { line: number; call: PstnCall } | { line: number; problem: RowProblem };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

export function extractExportCsv(bytes: Uint8Array, maxCsvBytes: number): ExportCsv {
  if (bytes.length === 0) return { ok: false, problem: { line: 0, reason: 'empty-file' } };
  if (!isZip(bytes)) {
    if (bytes.length > maxCsvBytes) return { ok: false, problem: { line: 0, reason: 'file-too-large' } };
    if (bytes.includes(0)) return { ok: false, problem: { line: 0, reason: 'not-csv-or-zip' } };
    return { ok: true, csv: Buffer.from(bytes).toString('utf8'), fileName: null };
  }
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.csv$/i.test(file.name) || /(^|\/)DirectRouting\./i.test(file.name)) return false;
        // A zip bomb stops here: the declared size is checked before anything is inflated.
        if (file.originalSize > maxCsvBytes) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
  } catch {
    return { ok: false, problem: { line: 0, reason: 'not-csv-or-zip' } };
  }
  const names = Object.keys(files).sort((a, b) => Number(!/(^|\/)PSTN\.calls/i.test(a)) - Number(!/(^|\/)PSTN\.calls/i.test(b)) || a.localeCompare(b));
  const name = names[0];
  if (!name) return { ok: false, problem: { line: 0, reason: tooLarge ? 'file-too-large' : 'no-csv-in-zip' } };
  const data = files[name]!;
  if (data.length > maxCsvBytes) return { ok: false, problem: { line: 0, reason: 'file-too-large' } };
  return { ok: true, csv: Buffer.from(data).toString('utf8'), fileName: name.split('/').pop() ?? name };
}

function headerIndex(header: readonly string[]): { index: Map<ExportColumn, number>; missing: ExportColumn[] } {
  const wanted = new Map(EXPORT_COLUMNS.map((c) => [c.toLowerCase(), c] as const));
  const index = new Map<ExportColumn, number>();
  header.forEach((name, i) => {
    const column = wanted.get(name.trim().toLowerCase());
    if (column && !index.has(column)) index.set(column, i);
  });
  return { index, missing: REQUIRED_EXPORT_COLUMNS.filter((c) => !index.has(c)) };
}

function newlinesIn(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n += 1;
  return n;
}

/**
 * Streams the CSV's records, normalized, each with the line it starts on. A syntax error ends the stream with a
 * problem at its line; the caller decides that nothing of the file is imported then.
 */
export async function* readExportRows(csv: string, defaultCurrency: string): AsyncGenerator<ExportRow> {
  // The parser runs ahead of this loop; on_record tells where the last complete record ended when an error stops it.
  let lastEnd = 0;
  const parser = parse(csv, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record, context) => {
      lastEnd = context.lines;
      return record;
    },
  });
  let columns: { index: Map<ExportColumn, number>; width: number } | null = null;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      const line = info.lines - newlinesIn(record);
      if (columns === null) {
        const { index, missing } = headerIndex(record);
        if (missing.length > 0) {
          yield { line, problem: { reason: 'missing-columns', field: missing.join(', ') } };
          return;
        }
        columns = { index, width: record.length };
        continue;
      }
      if (record.length !== columns.width) {
        yield { line, problem: { reason: 'column-count' } };
        continue;
      }
      const fields: ExportRecord = {};
      for (const [column, i] of columns.index) fields[column] = record[i];
      const result = normalizeExportRecord(fields, defaultCurrency);
      yield result.ok ? { line, call: result.value } : { line, problem: result.problem };
    }
  } catch (error) {
    // The record being read starts after the last good one (an unclosed quote is only noticed at the end of the file).
    const lines = (error as { lines?: number }).lines;
    yield { line: typeof lines === 'number' ? Math.min(lines, lastEnd + 1) : lastEnd + 1, problem: { reason: 'csv-syntax' } };
    return;
  }
  if (columns === null) yield { line: 1, problem: { reason: 'empty-file' } };
}
