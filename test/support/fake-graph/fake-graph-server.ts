/**
 * A local server that speaks Microsoft Graph's format for what PPM Assistant reads: getPstnCalls (pages of 1,000 by
 * default with an absolute @odata.nextLink using $skip; at most 90 days; both bounds inclusive on call start),
 * users/{id}, subscribedSkus, and OData errors. Faults can be injected: 429 with Retry-After, 503, a dropped
 * connection, a truncated body, a slow page, and 403 (permission missing).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DemoRandom } from '../../../bot/demo/demo-random';
import type { GraphSubscribedSku, GraphUser } from '../../../bot/graph/graph-types';
import type { FakeGraphRow } from './graph-rows';

export type FaultKind = '429' | '503' | 'drop' | 'truncate' | 'slow';

export interface FakeGraphOptions {
  rows?: FakeGraphRow[];
  pageSize?: number;
  users?: GraphUser[];
  skus?: GraphSubscribedSku[];
  /** Rows whose _availableAt is after this are not returned yet (Graph lags 24 to 48 hours). */
  now?: () => Date;
}

export interface FaultPlan {
  /** Share of requests faulted at random, 0..1. */
  rate: number;
  kinds: FaultKind[];
  seed?: number;
  retryAfterSeconds?: number;
  slowMs?: number;
}

const MAX_WINDOW_MS = 90 * 86_400_000;
const PSTN_RE = /^\/v1\.0\/communications\/callRecords\/getPstnCalls\(fromDateTime=([^,]+),toDateTime=([^)]+)\)$/;

export class FakeGraphServer {
  private server: http.Server | undefined;
  private rows: FakeGraphRow[];
  private readonly options: FakeGraphOptions;
  private faults: FaultPlan | null = null;
  private faultRandom = new DemoRandom(1);
  private readonly scripted: FaultKind[] = [];
  /** 403 on these resources ('pstnCalls' | 'users' | 'subscribedSkus'). */
  readonly forbidden = new Set<string>();
  readonly requests: string[] = [];
  faultsServed = 0;
  /** Called before a getPstnCalls page is answered (the kill -9 test uses it). */
  onPage: ((pageNumber: number) => void) | null = null;
  private pagesServed = 0;
  baseUrl = '';

  constructor(options: FakeGraphOptions = {}) {
    this.options = options;
    this.rows = [...(options.rows ?? [])];
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  setRows(rows: FakeGraphRow[]): void {
    this.rows = [...rows];
  }

  setFaults(plan: FaultPlan | null): void {
    this.faults = plan;
    this.faultRandom = new DemoRandom(plan?.seed ?? 1);
  }

  /** Faults for the next requests, in order, before any random ones. */
  failNext(...kinds: FaultKind[]): void {
    this.scripted.push(...kinds);
  }

  private nextFault(): FaultKind | null {
    const scripted = this.scripted.shift();
    if (scripted) return scripted;
    if (!this.faults || this.faults.kinds.length === 0) return null;
    return this.faultRandom.chance(this.faults.rate) ? this.faultRandom.pick(this.faults.kinds) : null;
  }

  private odataError(res: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    const body = JSON.stringify({ error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': 'fake' } } });
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(body);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const path = decodeURIComponent(url.pathname);
    this.requests.push(`${req.method} ${path}${url.search}`);
    const fault = this.nextFault();
    if (fault) this.faultsServed += 1;
    if (fault === '429') return this.odataError(res, 429, 'TooManyRequests', 'Too many requests', { 'Retry-After': String(this.faults?.retryAfterSeconds ?? 1) });
    if (fault === '503') return this.odataError(res, 503, 'ServiceUnavailable', 'Service unavailable');
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, this.faults?.slowMs ?? 300));

    let status = 200;
    let body: unknown;
    const pstn = PSTN_RE.exec(path);
    if (pstn) {
      if (this.forbidden.has('pstnCalls')) return this.odataError(res, 403, 'Forbidden', 'Missing role permissions on the request. API requires one of CallRecords.Read.All.');
      const from = Date.parse(pstn[1]!);
      const to = Date.parse(pstn[2]!);
      if (Number.isNaN(from) || Number.isNaN(to) || to < from) return this.odataError(res, 400, 'BadRequest', 'Invalid date range');
      if (to - from > MAX_WINDOW_MS) return this.odataError(res, 400, 'BadRequest', 'The date range cannot be more than 90 days');
      const skip = Number(url.searchParams.get('$skip') ?? '0');
      const pageSize = this.options.pageSize ?? 1000;
      const now = this.options.now?.().getTime() ?? Number.POSITIVE_INFINITY;
      const matching = this.rows
        .filter((r) => {
          const start = Date.parse(r.startDateTime);
          return start >= from && start <= to && (r._availableAt === undefined || Date.parse(r._availableAt) <= now);
        })
        .sort((a, b) => (a.startDateTime < b.startDateTime ? -1 : a.startDateTime > b.startDateTime ? 1 : a.id < b.id ? -1 : 1));
      const value = matching.slice(skip, skip + pageSize).map(({ _availableAt, ...row }) => row);
      this.pagesServed += 1;
      this.onPage?.(this.pagesServed);
      body = {
        '@odata.context': `${this.baseUrl}/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)`,
        '@odata.count': value.length,
        value,
        ...(skip + pageSize < matching.length ? { '@odata.nextLink': `${this.baseUrl}/v1.0/communications/callRecords/getPstnCalls(fromDateTime=${pstn[1]},toDateTime=${pstn[2]})?$skip=${skip + pageSize}` } : {}),
      };
    } else if (path === '/v1.0/subscribedSkus') {
      if (this.forbidden.has('subscribedSkus')) return this.odataError(res, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      body = { '@odata.context': `${this.baseUrl}/v1.0/$metadata#subscribedSkus`, value: this.options.skus ?? [] };
    } else if (path.startsWith('/v1.0/users/')) {
      if (this.forbidden.has('users')) return this.odataError(res, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      const key = path.slice('/v1.0/users/'.length).toLowerCase();
      const user = (this.options.users ?? []).find((u) => u.id.toLowerCase() === key || u.userPrincipalName?.toLowerCase() === key);
      if (!user) return this.odataError(res, 404, 'Request_ResourceNotFound', `Resource '${key}' does not exist`);
      body = { '@odata.context': `${this.baseUrl}/v1.0/$metadata#users/$entity`, ...user };
    } else {
      status = 404;
      body = { error: { code: 'BadRequest', message: `Resource not found for the segment '${path}'.` } };
    }
    const text = JSON.stringify(body);
    if (fault === 'truncate') {
      // Promise the whole body, send half, and hang up.
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
      res.write(text.slice(0, Math.floor(text.length / 2)));
      setTimeout(() => req.socket.destroy(), 5);
      return;
    }
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(text);
  }
}
