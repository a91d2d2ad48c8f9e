/**
 * The bot's answer turns over HTTP with expectReplies at 50 connections (issue 5 "Bench"): an estimate, a dial-out
 * check and the estimate card's Action.Execute invoke, each against the bare botbuilder echo bot measured in the
 * same run with the same generator (test/bench/support). Reports req/s, p50 and p99 and the ratios to the echo bot.
 */
import { startEchoBot } from './support/echo-bot';
import { startBenchService } from './support/bench-service';
import { loadTest, type LoadResult } from './support/load';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';

function activity(fields: Record<string, unknown>, user = 'avery'): string {
  const u = demoUser(user);
  return JSON.stringify({
    type: 'message',
    id: 'bench-answer',
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

const TURNS = {
  estimate: activity({ text: 'What will a 90 minute meeting cost with 4 toll-free dial-ins from France and 2 dial-outs to Japan?' }),
  dialOut: activity({ text: 'Puis-je appeler le +81 3 1234 5678 ?' }, 'camille'),
  estimateInvoke: (() => {
    const body = JSON.parse(activity({})) as Record<string, unknown>;
    delete body.deliveryMode;
    return JSON.stringify({
      ...body,
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'estimate.update', data: { lineCount: 2, durationMinutes: '30', line0_kind: 'dialInTollFree', line0_count: '4', line0_country: 'FR', line1_kind: 'dialOut', line1_count: '2', line1_country: 'JP' } } },
    });
  })(),
};

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
    const echoUrl = `${echo.url}/api/messages`;
    const botUrl = `${service.baseUrl}/api/messages`;
    // Warm both up so JIT and Azurite connections are settled before measuring.
    await loadTest(echoUrl, activity({ text: 'hello' }), { seconds: 2 });
    for (const body of Object.values(TURNS)) await loadTest(botUrl, body, { seconds: 1 });
    const echoBot = await loadTest(echoUrl, activity({ text: 'hello' }), { seconds });
    const results: Record<string, LoadResult> = {};
    for (const [name, body] of Object.entries(TURNS)) results[name] = await loadTest(botUrl, body, { seconds });
    return {
      connections: 50,
      seconds,
      generator: 'autocannon, in the bench process that also hosts both servers (2 cores shared)',
      echoBot,
      ...results,
      ratioToEcho: Object.fromEntries(Object.entries(results).map(([name, result]) => [name, ratio(result, echoBot)])),
    };
  } finally {
    await service.stop();
    await echo.stop();
  }
}
