/**
 * Every settings write runs through here: it needs an Idempotency-Key header; the first request with a key does the
 * write and stores its answer; the same key again (a double click, a retry after a lost answer) gets that answer again
 * with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 409 conflict.
 * A refused write (400, 409, 412) stores nothing, so a corrected request may reuse the key.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { Clock } from '../../clock';
import type { IdempotencyStore } from '../../settings/idempotency-store';
import { sendApiError, type ApiErrorCode } from '../api-error';
import type { ApiCall } from '../api-route';
import { IDEMPOTENCY_KEY } from './credits.mapping';

export type WriteReply =
  | { readonly kind: 'ok'; readonly status: number; readonly body: unknown; readonly headers?: Record<string, string> }
  | { readonly kind: 'refused'; readonly code: ApiErrorCode; readonly details?: unknown };

export interface IdempotentWriteDeps {
  idempotency: Pick<IdempotencyStore, 'claim' | 'complete' | 'release'>;
  clock: Clock;
}

/** The same body in another key order or spacing is the same request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function requestHashOf(body: unknown, preconditions: string): string {
  return createHash('sha256').update(JSON.stringify(canonical(body ?? null)), 'utf8').update(`\n${preconditions}`, 'utf8').digest('hex');
}

/** The request's Idempotency-Key header, or null when it is missing or malformed. */
export function idempotencyKeyOf(req: Request): string | null {
  const key = req.headers['idempotency-key'];
  return typeof key === 'string' && IDEMPOTENCY_KEY.test(key) ? key : null;
}

export async function idempotentWrite(
  deps: IdempotentWriteDeps,
  req: Request,
  res: Response,
  call: ApiCall,
  scope: string,
  write: () => Promise<WriteReply>,
): Promise<void> {
  const key = idempotencyKeyOf(req);
  if (key === null) {
    return sendApiError(req, res, 'badRequest', { problems: [{ path: 'Idempotency-Key', code: 'header-required' }] });
  }
  const ifMatch = req.headers['if-match'];
  const claim = {
    tenantId: call.caller.tenantId,
    scope,
    key,
    requestHash: requestHashOf(call.body, typeof ifMatch === 'string' ? ifMatch : ''),
    actor: call.caller.userId,
    now: deps.clock.now(),
  };
  const claimed = await deps.idempotency.claim(claim);
  switch (claimed.kind) {
    case 'key-reused':
      return sendApiError(req, res, 'conflict', { problems: [{ path: 'Idempotency-Key', code: 'used-for-another-request' }] });
    case 'in-progress':
      return sendApiError(req, res, 'conflict', { problems: [{ path: 'Idempotency-Key', code: 'in-progress' }] }, { 'Retry-After': '2' });
    case 'replay':
      for (const [name, value] of Object.entries(claimed.reply.headers)) res.header(name, value);
      res.header('Idempotent-Replayed', 'true');
      res.status(claimed.reply.status);
      res.json(claimed.reply.body);
      return;
    case 'claimed':
      break;
  }

  let reply: WriteReply;
  try {
    reply = await write();
  } catch (error) {
    await deps.idempotency.release(claim).catch(() => undefined);
    throw error;
  }
  if (reply.kind === 'refused') {
    await deps.idempotency.release(claim);
    return sendApiError(req, res, reply.code, reply.details);
  }
  const headers = reply.headers ?? {};
  await deps.idempotency.complete(claim, { status: reply.status, body: reply.body, headers });
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.status(reply.status);
  res.json(reply.body);
}
