/**
 * What the bot benches share: a Teams message activity from a demo user (expectReplies, so the reply comes back in the
 * HTTP answer), the bare echo bot and the real service started side by side, and the ratio of a result to the echo's.
 */
import { DEMO_TENANT_ID, demoUser } from '../../../bot/demo/demo-tenant';
import { startBenchService, type BenchService } from './bench-service';
import { startEchoBot } from './echo-bot';
import type { LoadResult } from './load';

export function botActivity(fields: Record<string, unknown>, user = 'avery'): string {
  const u = demoUser(user);
  return JSON.stringify({
    type: 'message',
    id: 'bench-1',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    locale: u.locale,
    from: { id: `29:${u.key}`, aadObjectId: u.aadObjectId },
    recipient: { id: '28:ppm-bot' },
    conversation: { id: `a:${u.key}`, conversationType: 'personal', tenantId: DEMO_TENANT_ID },
    ...fields,
  });
}

export function ratioToEcho(subject: LoadResult, echo: LoadResult): { throughput: number; p99: number } {
  return {
    throughput: Number((subject.requestsPerSecond / echo.requestsPerSecond).toFixed(3)),
    p99: Number((subject.p99Ms / Math.max(echo.p99Ms, 1)).toFixed(3)),
  };
}

/** Runs `measure` with the echo bot's and the service's /api/messages URLs, then stops both. */
export async function withEchoAndService<T>(measure: (urls: { echo: string; bot: string }, service: BenchService) => Promise<T>): Promise<T> {
  const echo = await startEchoBot();
  const service = await startBenchService();
  try {
    return await measure({ echo: `${echo.url}/api/messages`, bot: `${service.baseUrl}/api/messages` }, service);
  } finally {
    await service.stop();
    await echo.stop();
  }
}
