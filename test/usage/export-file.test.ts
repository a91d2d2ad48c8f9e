import { strToU8, zipSync } from 'fflate';
import { extractExportCsv, readExportRows, type ExportRow } from '../../bot/usage/export-file';
import { EXPORT_COLUMNS } from '../../bot/usage/normalize-export-row';
import { CALLS, exportCsv, exportRecord } from './call-fixtures';

const MB = 1024 * 1024;

async function rowsOf(csv: string): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for await (const row of readExportRows(csv, 'USD')) rows.push(row);
  return rows;
}

const records = Object.values(CALLS).map(exportRecord);
const csv = exportCsv(records);

describe('the admin center export file', () => {
  it('reads the CSV: BOM, CRLF, quoted fields with commas and quotes, one line per record', async () => {
    const rows = await rowsOf(csv);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    const camille = rows[2]!;
    expect('call' in camille && camille.call.userDisplayName).toBe('Martin, Camille "Cami"');
  });

  it('reads the zip Calls.Export.[id].zip: the PSTN calls CSV, not Direct Routing or parameters.json', async () => {
    const zip = zipSync({
      'DirectRouting.calls.2026-03-12.csv': strToU8('Start time,SIP Address\n'),
      'parameters.json': strToU8('{"from":"2026-03-01"}'),
      'PSTN.calls.2026-03-12.csv': strToU8(csv),
    });
    const file = extractExportCsv(zip, MB);
    expect(file).toEqual({ ok: true, csv, fileName: 'PSTN.calls.2026-03-12.csv' });
    expect(await rowsOf(file.ok ? file.csv : '')).toHaveLength(4);
  });

  it('accepts the columns in another order and ignores columns it does not know', async () => {
    const columns: string[] = [...EXPORT_COLUMNS].reverse();
    columns.push('Shared correlation ID');
    const rows = await rowsOf(exportCsv(records, columns));
    expect(rows.every((r) => 'call' in r)).toBe(true);
  });

  it.each([
    ['an unclosed quote', (lines: string[]) => lines.splice(3, 1, `${lines[3]!.replace('conf_out', '"conf_out')}`), 'csv-syntax'],
    ['a missing column', (lines: string[]) => lines.splice(3, 1, lines[3]!.split(',').slice(1).join(',')), 'column-count'],
    ['a bad charge', (lines: string[]) => lines.splice(3, 1, lines[3]!.replace(',0.14,', ',zero,')), 'invalid-amount'],
  ])('reports %s with its line number', async (_name, damage, reason) => {
    const lines = csv.split('\r\n');
    damage(lines);
    const rows = await rowsOf(lines.join('\r\n'));
    const problems = rows.filter((r) => 'problem' in r);
    expect(problems[0]).toMatchObject({ line: 4, problem: { reason } });
  });

  it('counts lines of records that span lines (a quoted newline)', async () => {
    const multi = exportCsv([{ ...records[0]!, 'User Display Name': 'Avery\nChen' }, records[1]!]);
    const rows = await rowsOf(multi);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('names the required columns a header lacks', async () => {
    const rows = await rowsOf(exportCsv(records, EXPORT_COLUMNS.filter((c) => c !== 'Charge' && c !== 'Currency')));
    expect(rows).toEqual([{ line: 1, problem: { reason: 'missing-columns', field: 'Charge, Currency' } }]);
  });

  it.each([
    ['an empty upload', new Uint8Array(), 'empty-file'],
    ['a binary file', new Uint8Array([1, 0, 2, 3]), 'not-csv-or-zip'],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'not-csv-or-zip'],
    ['a zip without the CSV', zipSync({ 'parameters.json': strToU8('{}') }), 'no-csv-in-zip'],
    ['a CSV over the cap', strToU8('x'.repeat(2 * MB)), 'file-too-large'],
    ['a zip whose CSV inflates over the cap', zipSync({ 'PSTN.calls.2026-03-12.csv': strToU8('a'.repeat(3 * MB)) }), 'file-too-large'],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(extractExportCsv(bytes, MB)).toEqual({ ok: false, problem: { line: 0, reason } });
  });
});
