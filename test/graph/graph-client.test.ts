import pino from 'pino';
import { GraphHttp } from '../../bot/graph/graph-http';
import { GraphPstnCalls, pstnWindows, pstnCallsPath, type PstnCallPage } from '../../bot/graph/pstn-calls';
import { GraphBadResponseError, GraphPermissionError, GraphUnavailableError } from '../../bot/graph/graph-errors';
import { FakeGraphServer } from '../support/fake-graph/fake-graph-server';
import { generateGraphRows } from '../support/fake-graph/graph-rows';

const logger = pino({ level: 'silent' });
const FROM = new Date('2026-01-01T00:00:00Z');
const TO = new Date('2026-01-31T00:00:00Z');
const rows = generateGraphRows({ count: 2_500, from: FROM, to: TO });

let graph: FakeGraphServer;
let waits: number[];

function client(options: { requestTimeoutMs?: number; transportRetries?: number; maxRetries?: number } = {}): GraphHttp {
  return new GraphHttp({
    baseUrl: graph.baseUrl,
    auth: null,
    retry: { maxRetries: options.maxRetries ?? 5, delaySeconds: 0.001, wait: async (ms) => void waits.push(ms) },
    transportRetries: options.transportRetries ?? 3,
    requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
    logger,
  });
}

async function collect(pages: AsyncGenerator<PstnCallPage>): Promise<PstnCallPage[]> {
  const all: PstnCallPage[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

beforeEach(async () => {
  graph = new FakeGraphServer({ rows, pageSize: 1000 });
  await graph.start();
  waits = [];
});
afterEach(async () => graph.stop());

describe('getPstnCalls', () => {
  it('follows every @odata.nextLink: 2,500 rows arrive in pages of 1,000, 1,000 and 500', async () => {
    const pages = await collect(new GraphPstnCalls(client()).getPstnCalls(FROM, TO));
    expect(pages.map((p) => p.rows.length)).toEqual([1000, 1000, 500]);
    expect(pages.map((p) => p.lastOfWindow)).toEqual([false, false, true]);
    const ids = new Set(pages.flatMap((p) => p.rows.map((r) => (r as { id: string }).id)));
    expect(ids.size).toBe(2_500);
    expect(graph.requests[1]).toContain('$skip=1000');
  });

  it('streams: the next page is requested only when the consumer asks for it', async () => {
    const pages = new GraphPstnCalls(client()).getPstnCalls(FROM, TO);
    await pages.next();
    expect(graph.requests).toHaveLength(1);
    await pages.next();
    expect(graph.requests).toHaveLength(2);
    await pages.return(undefined);
  });

  it('splits a long range into windows of at most 90 days (the server refuses longer ones)', async () => {
    const from = new Date('2025-06-01T00:00:00Z');
    const to = new Date('2026-01-31T00:00:00Z');
    const windows = pstnWindows(from, to);
    expect(windows).toHaveLength(3);
    for (const w of windows) expect(w.to.getTime() - w.from.getTime()).toBeLessThanOrEqual(90 * 86_400_000);
    expect(windows[0]!.from).toEqual(from);
    expect(windows[2]!.to).toEqual(to);
    const pages = await collect(new GraphPstnCalls(client()).getPstnCalls(from, to));
    expect(pages.reduce((n, p) => n + p.rows.length, 0)).toBe(2_500);
    expect(pstnCallsPath(from, windows[0]!.to)).toBe('/communications/callRecords/getPstnCalls(fromDateTime=2025-06-01T00:00:00Z,toDateTime=2025-08-30T00:00:00Z)');
  });
});

describe('throttling and faults', () => {
  it.each([
    ['429 with Retry-After', '429' as const],
    ['503', '503' as const],
    ['a dropped connection', 'drop' as const],
    ['a truncated body', 'truncate' as const],
  ])('recovers from %s and loses no row', async (_name, kind) => {
    graph.failNext(kind);
    const pages = await collect(new GraphPstnCalls(client()).getPstnCalls(FROM, TO));
    expect(pages.reduce((n, p) => n + p.rows.length, 0)).toBe(2_500);
    expect(graph.faultsServed).toBe(1);
  });

  it("honours Retry-After through the client's RetryHandler, with the wait injected", async () => {
    graph.setFaults({ rate: 0, kinds: [], retryAfterSeconds: 7 });
    graph.failNext('429', '429');
    await collect(new GraphPstnCalls(client()).getPstnCalls(FROM, TO));
    expect(waits).toEqual([7000, 7000]);
  });

  it('gives up on a slow page after the request timeout and retries it', async () => {
    graph.setFaults({ rate: 0, kinds: [], slowMs: 400 });
    graph.failNext('slow');
    const pages = await collect(new GraphPstnCalls(client({ requestTimeoutMs: 100 })).getPstnCalls(FROM, TO));
    expect(pages.reduce((n, p) => n + p.rows.length, 0)).toBe(2_500);
    expect(graph.requests).toHaveLength(4);
  });

  it('ends with a typed GraphUnavailableError when Graph stays down', async () => {
    graph.setFaults({ rate: 1, kinds: ['503'] });
    await expect(collect(new GraphPstnCalls(client({ maxRetries: 2, transportRetries: 1 })).getPstnCalls(FROM, TO))).rejects.toBeInstanceOf(GraphUnavailableError);
    expect(graph.requests).toHaveLength(2 * 3);
  });

  it('says which permission is missing on a 403, and does not retry it', async () => {
    graph.forbidden.add('pstnCalls');
    const error = await collect(new GraphPstnCalls(client()).getPstnCalls(FROM, TO)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphPermissionError);
    expect(error).toMatchObject({ code: 'graph-permission-missing', permission: 'CallRecords.Read.All', resource: 'pstnCalls', graphCode: 'Forbidden' });
    expect(graph.requests).toHaveLength(1);
  });

  it('refuses a nextLink that points to another host', async () => {
    await expect(client().getJson('https://evil.example/v1.0/communications/callRecords/getPstnCalls(fromDateTime=x,toDateTime=y)', 'pstnCalls')).rejects.toBeInstanceOf(
      GraphBadResponseError,
    );
    expect(graph.requests).toHaveLength(0);
  });
});
