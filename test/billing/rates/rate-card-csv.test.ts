import { parseRateCardCsv } from '../../../bot/billing/rates/rate-card-csv';
import { toDecimalString } from '../../../bot/billing/money';

const HEADER = 'call_kind,country,number_type,currency,rate_per_minute,connection_fee,effective_from';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');

describe('parseRateCardCsv', () => {
  it('imports a valid card exactly, with optional number type and connection fee', () => {
    const result = parseRateCardCsv(
      csv('dial-in-toll,US,,USD,0.012,0,2025-01-01', 'Dial-In Toll-Free,gb,,usd,0.0555,,2025-01-01', 'dial_out,FR,Mobile,USD,0.071,0.01,2025-02-01'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.source).toBe('admin');
    expect(
      result.value.entries.map((e) => [e.callKind, e.country, e.numberType, toDecimalString(e.rate.perMinute), toDecimalString(e.rate.connectionFee), e.effectiveFrom]),
    ).toEqual([
      ['dial-in-toll', 'US', null, '0.012', '0.00', '2025-01-01'],
      ['dial-in-toll-free', 'GB', null, '0.0555', '0.00', '2025-01-01'],
      ['dial-out', 'FR', 'mobile', '0.071', '0.01', '2025-02-01'],
    ]);
  });

  it('accepts a BOM, CRLF line ends, blank lines, spaced headers and a missing number_type column', () => {
    const text = '\uFEFFCall Kind,Country,Currency,Rate per minute,Connection fee,Effective from\r\n\r\ndial-out,DE,EUR,0.02,0,2025-01-01\r\n';
    const result = parseRateCardCsv(text, 'demo');
    expect(result).toMatchObject({ ok: true, value: { source: 'demo', entries: [{ callKind: 'dial-out', country: 'DE', numberType: null }] } });
  });

  it.each([
    ['an unknown call kind', 'dial-up,US,,USD,0.01,0,2025-01-01', [{ line: 2, code: 'unknown-call-kind', column: 'call_kind', value: 'dial-up' }]],
    ['a country name instead of a code', 'dial-out,France,,USD,0.01,0,2025-01-01', [{ line: 2, code: 'invalid-country', column: 'country' }]],
    ['a made-up country code', 'dial-out,ZZ,,USD,0.01,0,2025-01-01', [{ line: 2, code: 'invalid-country' }]],
    ['an unknown number type', 'dial-out,US,landline,USD,0.01,0,2025-01-01', [{ line: 2, code: 'unknown-number-type', value: 'landline' }]],
    ['an unknown currency', 'dial-out,US,,XYZ,0.01,0,2025-01-01', [{ line: 2, code: 'invalid-currency' }]],
    ['a float in exponent form', 'dial-out,US,,USD,1e-2,0,2025-01-01', [{ line: 2, code: 'invalid-amount', column: 'rate_per_minute' }]],
    ['a comma decimal', 'dial-out,US,,USD,"0,01",0,2025-01-01', [{ line: 2, code: 'invalid-amount', column: 'rate_per_minute' }]],
    ['an empty rate', 'dial-out,US,,USD,,0,2025-01-01', [{ line: 2, code: 'invalid-amount', column: 'rate_per_minute' }]],
    ['a negative rate', 'dial-out,US,,USD,-0.01,0,2025-01-01', [{ line: 2, code: 'negative-amount', column: 'rate_per_minute' }]],
    ['a bad connection fee', 'dial-out,US,,USD,0.01,free,2025-01-01', [{ line: 2, code: 'invalid-amount', column: 'connection_fee' }]],
    ['an impossible date', 'dial-out,US,,USD,0.01,0,2025-02-30', [{ line: 2, code: 'invalid-effective-from' }]],
    ['a US-style date', 'dial-out,US,,USD,0.01,0,01/02/2025', [{ line: 2, code: 'invalid-effective-from' }]],
    ['too few columns', 'dial-out,US,USD,0.01', [{ line: 2, code: 'wrong-column-count', value: '4' }]],
    ['too many columns', 'dial-out,US,,USD,0.01,0,2025-01-01,extra', [{ line: 2, code: 'wrong-column-count', value: '8' }]],
  ])('reports %s with its line number and reason', (_name, line, errors) => {
    const result = parseRateCardCsv(csv(line));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual(errors.map((e) => expect.objectContaining(e)));
  });

  it('reports every problem of a line and every bad line, and imports nothing', () => {
    const result = parseRateCardCsv(
      csv(
        'dial-out,US,,USD,0.01,0,2025-01-01',
        'dial-up,XX,,USD,abc,0,2025-13-01',
        '',
        'dial-out,CA,,USD,0.02,0,2025-01-01',
        'dial-out,US,,USD,0.03,0,2025-01-01',
        'dial-out,GB,,EUR,0.03,0,2025-01-01',
      ),
    );
    expect(result).toEqual({
      ok: false,
      error: [
        { line: 3, code: 'unknown-call-kind', column: 'call_kind', value: 'dial-up' },
        { line: 3, code: 'invalid-country', column: 'country', value: 'XX' },
        { line: 3, code: 'invalid-amount', column: 'rate_per_minute', value: 'abc' },
        { line: 3, code: 'invalid-effective-from', column: 'effective_from', value: '2025-13-01' },
        { line: 6, code: 'duplicate-rate', value: 'line 2' },
        { line: 7, code: 'mixed-currencies', column: 'currency', value: 'EUR' },
      ],
    });
  });

  it('counts lines from where a record starts, past quoted line breaks', () => {
    const result = parseRateCardCsv(csv('"dial-out",US,,USD,0.01,0,2025-01-01', '"dial\nout",US,,USD,0.01,0,2025-01-01', 'dial-out,XX,,USD,0.01,0,2025-01-01'));
    expect(result).toMatchObject({ ok: false, error: [{ line: 3, code: 'unknown-call-kind' }, { line: 5, code: 'invalid-country' }] });
  });

  it.each([
    ['an empty file', '', [{ line: 1, code: 'empty-file' }]],
    ['a header only', HEADER, [{ line: 1, code: 'empty-file' }]],
    [
      'a header missing columns',
      'call_kind,country,currency,rate\ndial-out,US,USD,0.01',
      [
        { line: 1, code: 'missing-column', column: 'rate_per_minute' },
        { line: 1, code: 'missing-column', column: 'connection_fee' },
        { line: 1, code: 'missing-column', column: 'effective_from' },
      ],
    ],
    ['a duplicated header column', `${HEADER},country\ndial-out,US,,USD,0.01,0,2025-01-01,US`, [{ line: 1, code: 'duplicate-column', column: 'country' }]],
    ['an unclosed quote', csv('dial-out,US,,USD,0.01,0,2025-01-01', '"dial-out,US,,USD,0.01,0,2025-01-01'), [{ line: 3, code: 'csv-syntax' }]],
  ])('refuses %s', (_name, text, errors) => {
    expect(parseRateCardCsv(text)).toEqual({ ok: false, error: errors });
  });
});
