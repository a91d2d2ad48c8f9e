/** Property tests (fast-check): parsers never crash, and roll-ups do not depend on row order or repetition. */
import fc from 'fast-check';
import { readExportRows } from '../../bot/usage/export-file';
import { normalizeGraphRow } from '../../bot/usage/normalize-graph-row';
import { effectiveRows } from '../../bot/usage/cross-source-dedup';
import { rollUpDay } from '../../bot/usage/rollup';
import { encodeDayRollup } from '../../bot/usage/rollup-doc';
import type { PstnCall } from '../../bot/usage/pstn-call';
import { generateGraphRows } from '../support/fake-graph/graph-rows';
import { EXPORT_COLUMNS } from '../../bot/usage/normalize-export-row';

const calls: PstnCall[] = generateGraphRows({ count: 60, from: new Date('2026-05-05T00:00:00Z'), to: new Date('2026-05-05T23:59:59Z'), seed: 4 }).map(({ _availableAt, ...raw }) => {
  const r = normalizeGraphRow(raw, 'USD');
  if (!r.ok) throw new Error('fixture');
  return r.value;
});

describe('no input crashes the parsers', () => {
  it('normalizeGraphRow answers a value or a problem for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = normalizeGraphRow(value, 'USD');
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('normalizeGraphRow survives any value in any field of a real row', () => {
    const base = generateGraphRows({ count: 1, from: new Date('2026-05-05T00:00:00Z'), to: new Date('2026-05-06T00:00:00Z') })[0]!;
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(base)), fc.jsonValue(), (key, value) => {
        expect(typeof normalizeGraphRow({ ...base, [key]: value }, 'USD').ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('readExportRows yields rows or problems with line numbers for any text after a valid header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', '.', '-', 'Z', ' ', 'é') }), async (text) => {
        for await (const row of readExportRows(`${EXPORT_COLUMNS.join(',')}\n${text}`, 'USD')) {
          expect(row.line).toBeGreaterThanOrEqual(0);
          expect('call' in row || 'problem' in row).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('roll-ups', () => {
  it('do not depend on the order rows arrive in', () => {
    const expected = encodeDayRollup(rollUpDay('2026-05-05', calls).day);
    fc.assert(
      fc.property(fc.shuffledSubarray(calls, { minLength: calls.length, maxLength: calls.length }), (shuffled) => {
        expect(encodeDayRollup(rollUpDay('2026-05-05', shuffled).day)).toBe(expected);
      }),
    );
  });

  it('count a call delivered by both sources once, whatever else is there', () => {
    fc.assert(
      fc.property(fc.subarray(calls), fc.constantFrom('graph' as const, 'export' as const), (subset, truth) => {
        const copies = subset.map((c) => ({ ...c, source: 'export' as const, sourceRowId: `e-${c.sourceRowId}` }));
        expect(effectiveRows([...calls, ...copies], truth).rows).toHaveLength(calls.length);
      }),
    );
  });
});
