/**
 * The bot's answer turns over HTTP with expectReplies at 50 connections (issue 5 "Bench"): an estimate, a dial-out
 * check and the estimate card's Action.Execute invoke, each against the bare botbuilder echo bot measured in the
 * same run with the same generator (test/bench/support). Reports req/s, p50 and p99 and the ratios to the echo bot.
 */
import { botActivity, ratioToEcho, withEchoAndService } from './support/bot-bench';
import { loadTest, type LoadResult } from './support/load';

const activity = botActivity;

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

export async function run(): Promise<Record<string, unknown>> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  return withEchoAndService(async (urls) => {
    // Warm both up so JIT and Azurite connections are settled before measuring.
    await loadTest(urls.echo, activity({ text: 'hello' }), { seconds: 2 });
    for (const body of Object.values(TURNS)) await loadTest(urls.bot, body, { seconds: 1 });
    const echoBot = await loadTest(urls.echo, activity({ text: 'hello' }), { seconds });
    const results: Record<string, LoadResult> = {};
    for (const [name, body] of Object.entries(TURNS)) results[name] = await loadTest(urls.bot, body, { seconds });
    return {
      connections: 50,
      seconds,
      generator: 'autocannon, in the bench process that also hosts both servers (2 cores shared)',
      echoBot,
      ...results,
      ratioToEcho: Object.fromEntries(Object.entries(results).map(([name, result]) => [name, ratioToEcho(result, echoBot)])),
    };
  });
}
