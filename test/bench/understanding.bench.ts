import { understand, type UnderstandingContext } from '../../bot/conversation/understanding';
import { CORPUS, contextOf } from '../conversation/corpus.cases';

const MEASURE_MS = 2000;
const WARMUP_PASSES = 3;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeOnce(text: string, context: UnderstandingContext): number {
  const started = performance.now();
  understand(text, context);
  return performance.now() - started;
}

/** Utterances per second over the whole corpus, per-utterance latency, the cold start, and very long input. */
export async function run(): Promise<Record<string, unknown>> {
  const items = CORPUS.flatMap((file) => file.cases.map((c) => ({ text: c.text, context: contextOf(file), locale: file.locale })));
  const coldStartMs = timeOnce('what will a 90 minute meeting cost with 2 dial-outs to Japan?', items[0]!.context);

  for (let pass = 0; pass < WARMUP_PASSES; pass += 1) for (const item of items) understand(item.text, item.context);

  const latencies: number[] = [];
  const perLocale = new Map<string, { count: number; ms: number }>();
  const started = performance.now();
  while (performance.now() - started < MEASURE_MS) {
    for (const item of items) {
      const ms = timeOnce(item.text, item.context);
      latencies.push(ms);
      const totals = perLocale.get(item.locale) ?? { count: 0, ms: 0 };
      perLocale.set(item.locale, { count: totals.count + 1, ms: totals.ms + ms });
    }
  }
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);

  const question = 'what will a 90 minute meeting cost with 4 toll-free dial-ins from France and 2 dial-outs to Japan? ';
  const longInput = (length: number): number =>
    timeOnce(question.repeat(Math.ceil(length / question.length)).slice(0, length), items[0]!.context);

  return {
    corpusUtterances: items.length,
    utterancesMeasured: latencies.length,
    utterancesPerSecond: Math.round((latencies.length / elapsedMs) * 1000),
    latencyMs: {
      p50: Number(percentile(latencies, 50).toFixed(3)),
      p99: Number(percentile(latencies, 99).toFixed(3)),
      max: Number((latencies[latencies.length - 1] ?? 0).toFixed(3)),
    },
    utterancesPerSecondByLocale: Object.fromEntries(
      [...perLocale].map(([locale, { count, ms }]) => [locale, Math.round((count / ms) * 1000)]),
    ),
    coldStartMs: Number(coldStartMs.toFixed(1)),
    longInputMs: { chars4500: Number(longInput(4_500).toFixed(2)), chars1000000: Number(longInput(1_000_000).toFixed(2)) },
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
  };
}
