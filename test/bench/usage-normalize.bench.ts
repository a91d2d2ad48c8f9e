/**
 * Normalize and roll up 1,000,000 rows from Graph-format pages (issue 6 bench): pages of 1,000 pstnCallLogRow in
 * Graph's JSON, generated one at a time (never the whole range in memory), parsed, normalized, attributed through
 * their conferences, and rolled up per tenant-local day. Reports rows/s and peak RSS.
 * Run: node scripts/bench.mjs usage-normalize
 */
import { generateGraphRows } from '../support/fake-graph/graph-rows';
import { normalizeGraphRow } from '../../bot/usage/normalize-graph-row';
import { attributeViaConference, conferenceOrganizersOf } from '../../bot/usage/conference-attribution';
import { effectiveRows } from '../../bot/usage/cross-source-dedup';
import { rollUpDay } from '../../bot/usage/rollup';
import { encodeDayRollup } from '../../bot/usage/rollup-doc';
import { localDateOf } from '../../bot/usage/tenant-time';
import type { PstnCall } from '../../bot/usage/pstn-call';

const ROWS = 1_000_000;
const PAGE = 1_000;
const TZ = 'America/New_York';
const START = Date.parse('2025-11-01T00:00:00Z');
const SPAN_MS = 395 * 86_400_000;

function* pages(): Generator<string> {
  const pageSpan = SPAN_MS / (ROWS / PAGE);
  for (let p = 0; p < ROWS / PAGE; p += 1) {
    const rows = generateGraphRows({ count: PAGE, from: new Date(START + p * pageSpan), to: new Date(START + (p + 1) * pageSpan), seed: p + 1 })
      .map(({ _availableAt, ...row }) => row)
      .sort((a, b) => (a.startDateTime < b.startDateTime ? -1 : 1));
    yield JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)', '@odata.count': rows.length, value: rows });
  }
}

export async function run(): Promise<Record<string, unknown>> {
  let parseMs = 0;
  let normalizeMs = 0;
  let rollupMs = 0;
  let rows = 0;
  let invalid = 0;
  let days = 0;
  let cells = 0;
  let docChars = 0;
  let day: PstnCall[] = [];
  let dayDate = '';
  const flush = () => {
    const t = performance.now();
    const known = conferenceOrganizersOf(day);
    const attributed = effectiveRows(day, 'graph').rows.map((r) => attributeViaConference(r, known));
    const { day: rollup } = rollUpDay(dayDate, attributed);
    docChars += encodeDayRollup(rollup).length;
    cells += rollup.cells.length;
    days += 1;
    day = [];
    rollupMs += performance.now() - t;
  };
  const wall = performance.now();
  for (const text of pages()) {
    let t = performance.now();
    const page = JSON.parse(text) as { value: unknown[] };
    parseMs += performance.now() - t;
    t = performance.now();
    const calls: PstnCall[] = [];
    for (const raw of page.value) {
      const r = normalizeGraphRow(raw, 'USD');
      if (r.ok) calls.push(r.value);
      else invalid += 1;
    }
    normalizeMs += performance.now() - t;
    for (const call of calls) {
      const date = localDateOf(call.startedAt, TZ);
      if (date !== dayDate && day.length > 0) flush();
      dayDate = date;
      day.push(call);
    }
    rows += page.value.length;
  }
  if (day.length > 0) flush();
  const wallMs = performance.now() - wall;
  const workMs = parseMs + normalizeMs + rollupMs;
  return {
    rows,
    invalid,
    days,
    cells,
    averageDayDocumentKiB: Math.round(docChars / days / 102.4) / 10,
    normalizeAndRollUp: {
      rowsPerSecond: Math.round(rows / (workMs / 1000)),
      parseMs: Math.round(parseMs),
      normalizeMs: Math.round(normalizeMs),
      rollupMs: Math.round(rollupMs),
    },
    wallIncludingPageGeneration: { ms: Math.round(wallMs), rowsPerSecond: Math.round(rows / (wallMs / 1000)) },
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
