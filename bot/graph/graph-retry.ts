/**
 * Throttling and faults through the Graph client's own RetryHandler (429, 503, 504, honouring Retry-After), with the
 * wait injectable so tests run fault scenarios in milliseconds.
 *
 * Trap: RetryHandler 3.0.7 waits in a private `sleep(seconds)`; it is replaced on the instance because TypeScript
 * forbids overriding a private member. The Graph client version is pinned, and a test checks that the injected wait
 * receives the Retry-After value, so an upgrade that renames it fails loudly.
 */
import { RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';

export type Wait = (ms: number) => Promise<void>;

export const realWait: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface GraphRetrySettings {
  /** Retries of 429/503/504 per request (the client allows at most 10). */
  maxRetries: number;
  /** Base delay in seconds when Graph sends no Retry-After. */
  delaySeconds: number;
  wait: Wait;
}

export const DEFAULT_GRAPH_RETRY: GraphRetrySettings = { maxRetries: 5, delaySeconds: 3, wait: realWait };

export function createRetryHandler(settings: GraphRetrySettings): RetryHandler {
  const handler = new RetryHandler(new RetryHandlerOptions(settings.delaySeconds, settings.maxRetries));
  Object.defineProperty(handler, 'sleep', { value: (seconds: number) => settings.wait(Math.max(0, seconds) * 1000) });
  return handler;
}
