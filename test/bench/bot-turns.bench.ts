/**
 * The bot's `help` turn over HTTP with expectReplies at 50 connections, against a bare botbuilder echo bot on the
 * same restify stack in the same run (issue 2 item 10). Reports req/s, p50 and p99 for both and their ratio.
 */
import { startEchoBot } from './support/echo-bot';
import { startBenchService } from './support/bench-service';
import { loadTest, type LoadResult } from './support/load';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';

export function benchActivity(text: string, user = 'avery'): string {
  const u = demoUser(user);
  return JSON.stringify({
    type: 'message',
    id: 'bench-1',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    text,
    locale: u.locale,
    from: { id: `29:${u.key}`, aadObjectId: u.aadObjectId },
    recipient: { id: '28:ppm-bot' },
    conversation: { id: `a:${u.key}`, conversationType: 'personal', tenantId: DEMO_TENANT_ID },
  });
}

function ratio(subject: LoadResult, baseline: LoadResult) {
  return {
    throughput: Number((subject.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)),
    p99: Number((subject.p99Ms / Math.max(baseline.p99Ms, 1)).toFixed(3)),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const echo = await startEchoBot();
  const service = await startBenchService();
  try {
    // Warm both up so JIT and Azurite connections are settled before measuring.
    await loadTest(`${echo.url}/api/messages`, benchActivity('hello'), { seconds: 2 });
    await loadTest(`${service.baseUrl}/api/messages`, benchActivity('help'), { seconds: 2 });
    const echoResult = await loadTest(`${echo.url}/api/messages`, benchActivity('hello'), { seconds });
    const helpResult = await loadTest(`${service.baseUrl}/api/messages`, benchActivity('help'), { seconds });
    return {
      connections: 50,
      seconds,
      generator: 'autocannon, in the bench process that also hosts both servers (2 cores shared)',
      echoBot: echoResult,
      helpTurn: helpResult,
      ratioToEcho: ratio(helpResult, echoResult),
    };
  } finally {
    await service.stop();
    await echo.stop();
  }
}
