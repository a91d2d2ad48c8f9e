import { understand, type LineRequest, type Understanding } from '../../bot/conversation/understanding';
import { CORPUS, HELD_OUT, contextOf, type CorpusCase, type CorpusFile } from './corpus.cases';

const OVERALL_FLOOR = 0.95;
const LOCALE_FLOOR = 0.9;

function lineKey(line: LineRequest): string {
  return JSON.stringify([line.kind, line.count, line.country ?? null, line.phoneNumber ?? null, line.stayMinutes ?? null]);
}

/** Every difference between what the corpus expects and what was understood; empty when the case is right. */
function differences(expected: CorpusCase, file: CorpusFile, actual: Understanding): string[] {
  const diffs: string[] = [];
  const check = (what: string, want: unknown, got: unknown): void => {
    if (JSON.stringify(want) !== JSON.stringify(got)) diffs.push(`${what}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  };
  check('intent', expected.intent, actual.intent);
  check('language', expected.language ?? file.locale, actual.language);
  check('duration', expected.duration ?? null, actual.entities.durationMinutes ?? null);
  check('lines', (expected.lines ?? []).map(lineKey).sort(), actual.entities.lines.map(lineKey).sort());
  check('phones', expected.phones ?? [], actual.entities.phoneNumbers);
  const range = actual.entities.range;
  const gotRange = range === undefined ? null : range.label === 'lastNDays' ? { label: range.label, days: range.days } : range.label;
  check('range', expected.range ?? null, gotRange);
  check('missing', [...(expected.missing ?? [])].sort(), [...actual.missing].sort());
  return diffs;
}

interface Row {
  locale: string;
  intent: string;
  ok: boolean;
}

function runCorpus(files: readonly CorpusFile[]): { rows: Row[]; failures: string[] } {
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const context = contextOf(file);
    for (const expected of file.cases) {
      const diffs = differences(expected, file, understand(expected.text, context));
      rows.push({ locale: file.locale, intent: expected.intent, ok: diffs.length === 0 });
      if (diffs.length > 0) failures.push(`[${file.locale}] ${expected.text}\n    ${diffs.join('\n    ')}`);
    }
  }
  return { rows, failures };
}

describe('the understanding corpus', () => {
  let rows: Row[] = [];
  let heldOut: Row[] = [];

  beforeAll(() => {
    const corpus = runCorpus(CORPUS);
    const held = runCorpus(HELD_OUT);
    rows = corpus.rows;
    heldOut = held.rows;
    const failures = [...corpus.failures, ...held.failures.map((f) => `(held-out) ${f}`)];
    console.log(
      `${accuracyTable('Understanding corpus accuracy (intent and entities both right)', rows)}\n\n` +
        `${accuracyTable('Held-out phrasings (written after the rules, never tuned on)', heldOut)}\n\n` +
        `Misunderstood (${failures.length}):\n${failures.join('\n')}`,
    );
  });

  it(`is understood (intent and every entity) in at least ${OVERALL_FLOOR * 100}% of all phrasings`, () => {
    expect(accuracy(rows)).toBeGreaterThanOrEqual(OVERALL_FLOOR);
  });

  it.each(CORPUS.map((file) => file.locale))(`is understood in at least ${LOCALE_FLOOR * 100}%% of %s phrasings`, (locale) => {
    expect(accuracy(rows.filter((row) => row.locale === locale))).toBeGreaterThanOrEqual(LOCALE_FLOOR);
  });

  it(`understands at least ${LOCALE_FLOOR * 100}% of the held-out phrasings`, () => {
    expect(accuracy(heldOut)).toBeGreaterThanOrEqual(LOCALE_FLOOR);
  });

  it('has at least 15 phrasings per intent per locale', () => {
    for (const file of CORPUS) {
      for (const intent of ['help', 'eligibility', 'estimate', 'dialOutCheck', 'balance', 'myCosts']) {
        expect([file.locale, intent, file.cases.filter((c) => c.intent === intent).length >= 15]).toEqual([file.locale, intent, true]);
      }
    }
  });
});

function accuracy(rows: ReadonlyArray<{ ok: boolean }>): number {
  return rows.length === 0 ? 0 : rows.filter((row) => row.ok).length / rows.length;
}

function accuracyTable(title: string, rows: readonly Row[]): string {
  const intents = [...new Set(rows.map((row) => row.intent))];
  const locales = [...new Set(rows.map((row) => row.locale))];
  const cell = (subset: ReadonlyArray<{ ok: boolean }>): string =>
    `${subset.filter((r) => r.ok).length}/${subset.length}`.padStart(7);
  const header = `${'locale'.padEnd(8)}${intents.map((i) => i.padStart(13)).join('')}${'all'.padStart(9)}${'accuracy'.padStart(10)}`;
  const lines = locales.map((locale) => {
    const mine = rows.filter((row) => row.locale === locale);
    return `${locale.padEnd(8)}${intents.map((i) => cell(mine.filter((r) => r.intent === i)).padStart(13)).join('')}${cell(mine).padStart(9)}${`${(accuracy(mine) * 100).toFixed(1)}%`.padStart(10)}`;
  });
  const total = `${'all'.padEnd(8)}${intents.map((i) => cell(rows.filter((r) => r.intent === i)).padStart(13)).join('')}${cell(rows).padStart(9)}${`${(accuracy(rows) * 100).toFixed(1)}%`.padStart(10)}`;
  return [title, header, ...lines, total].join('\n');
}
