import fc from 'fast-check';
import { buildCsv, CSV_BOM, csvCell, protectCell, type CsvColumn } from '../../tab/src/usage/csv';
import { parseCsv as readCsv } from './tabPage';


describe('CSV export', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1-555-0100', "'+1-555-0100"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    // A plain number is not a formula: decimal amounts stay raw, negative ones too.
    ['-12.50', '-12.50'],
    ['0.000100', '0.000100'],
    ['2025-03-01', '2025-03-01'],
  ])('protects %p as %p', (input, expected) => {
    expect(protectCell(input)).toBe(expected);
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Chen, Avery')).toBe('"Chen, Avery"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
  });

  interface Row {
    date: string;
    name: string;
    total: string;
  }
  const columns: CsvColumn<Row>[] = [
    { header: 'date', value: (r) => r.date },
    { header: 'name', value: (r) => r.name },
    { header: 'total', value: (r) => r.total },
    { header: 'currency', value: () => 'EUR' },
  ];

  it('writes UTF-8 text with a byte-order mark, CRLF line ends and a header row', () => {
    const csv = buildCsv(columns, [
      { date: '2025-03-01', name: 'Zoë Varga', total: '12.340000' },
      { date: '2025-03-02', name: '=HYPERLINK("x")', total: '-1.000000' },
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe(
      'date,name,total,currency\r\n2025-03-01,Zoë Varga,12.340000,EUR\r\n2025-03-02,"\'=HYPERLINK(""x"")",-1.000000,EUR\r\n',
    );
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('reads back cell for cell, and no cell starts like a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ date: fc.string(), name: fc.string(), total: fc.string() }), { maxLength: 20 }), (rows) => {
        const back = readCsv(buildCsv(columns, rows).slice(1));
        expect(back[0]).toEqual(['date', 'name', 'total', 'currency']);
        rows.forEach((row, i) => {
          expect(back[i + 1]).toEqual([protectCell(row.date), protectCell(row.name), protectCell(row.total), 'EUR']);
        });
        for (const cell of back.flat()) expect(/^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toBe(false);
      }),
    );
  });
});
