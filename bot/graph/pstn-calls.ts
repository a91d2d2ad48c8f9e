/**
 * GET /communications/callRecords/getPstnCalls(fromDateTime,toDateTime) (domain-facts §6.1): app-only, windows of at
 * most 90 days, 1,000 rows a page, every @odata.nextLink followed. Pages are yielded one at a time, so a long range
 * is never held in memory.
 */
import type { GraphHttp } from './graph-http';
import { GraphBadResponseError } from './graph-errors';
import type { GraphPage, GraphPstnCallLogRow } from './graph-types';

export const MAX_PSTN_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

export interface PstnCallPage {
  /** The window this page belongs to. */
  readonly windowFrom: Date;
  readonly windowTo: Date;
  /** Rows as Graph sent them; the usage normalizer validates each. */
  readonly rows: unknown[];
  /** Whether this was the window's last page. */
  readonly lastOfWindow: boolean;
}

/** Splits [from, to] into consecutive windows of at most `maxDays`. */
export function pstnWindows(from: Date, to: Date, maxDays = MAX_PSTN_WINDOW_DAYS): Array<{ from: Date; to: Date }> {
  const windows: Array<{ from: Date; to: Date }> = [];
  for (let start = from.getTime(); start < to.getTime(); start += maxDays * DAY_MS) {
    windows.push({ from: new Date(start), to: new Date(Math.min(start + maxDays * DAY_MS, to.getTime())) });
  }
  return windows;
}

export function pstnCallsPath(from: Date, to: Date): string {
  const iso = (d: Date) => d.toISOString().replace(/\.000Z$/, 'Z');
  return `/communications/callRecords/getPstnCalls(fromDateTime=${iso(from)},toDateTime=${iso(to)})`;
}

/** What the sync needs from Graph; the fake in tests and GraphPstnCalls implement it. */
export interface PstnCallSource {
  getPstnCalls(from: Date, to: Date, signal?: AbortSignal): AsyncGenerator<PstnCallPage>;
}

export class GraphPstnCalls implements PstnCallSource {
  constructor(private readonly http: GraphHttp) {}

  async *getPstnCalls(from: Date, to: Date, signal?: AbortSignal): AsyncGenerator<PstnCallPage> {
    for (const window of pstnWindows(from, to)) {
      let link: string | undefined = pstnCallsPath(window.from, window.to);
      while (link) {
        const page: GraphPage<GraphPstnCallLogRow> = await this.http.getJson<GraphPage<GraphPstnCallLogRow>>(link, 'pstnCalls', signal);
        if (!page || !Array.isArray(page.value)) throw new GraphBadResponseError('getPstnCalls page has no value array');
        link = page['@odata.nextLink'];
        yield { windowFrom: window.from, windowTo: window.to, rows: page.value, lastOfWindow: !link };
      }
    }
  }
}
