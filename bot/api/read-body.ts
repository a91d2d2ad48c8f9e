/** Reads a request body with a size cap, without trusting Content-Length. */
import type { IncomingMessage } from 'node:http';

export type BodyProblem = 'tooLarge' | 'notJson' | 'aborted';
export type BodyResult = { ok: true; value: unknown } | { ok: false; problem: BodyProblem };
type RawBodyResult = { ok: true; bytes: Buffer } | { ok: false; problem: 'tooLarge' | 'aborted' };

export function readRawBody(req: IncomingMessage, maxBytes: number): Promise<RawBodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > maxBytes) {
      req.resume();
      resolve({ ok: false, problem: 'tooLarge' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: RawBodyResult) => {
      if (!done) {
        done = true;
        resolve(result);
      }
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        finish({ ok: false, problem: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, bytes: Buffer.concat(chunks) }));
    req.on('error', () => finish({ ok: false, problem: 'aborted' }));
    req.on('aborted', () => finish({ ok: false, problem: 'aborted' }));
  });
}

/** A JSON body; an empty body is `undefined`. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const raw = await readRawBody(req, maxBytes);
  if (!raw.ok) return raw;
  if (raw.bytes.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw.bytes.toString('utf8')) as unknown };
  } catch {
    return { ok: false, problem: 'notJson' };
  }
}

/**
 * An API request body: JSON (the default) or, for text/* content types such as a CSV upload, the text itself.
 * The API gate reads every POST/PUT/PATCH body this way, so no route can forget the cap.
 */
export async function readApiBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!type.startsWith('text/')) return readJsonBody(req, maxBytes);
  const raw = await readRawBody(req, maxBytes);
  return raw.ok ? { ok: true, value: raw.bytes.toString('utf8') } : raw;
}
