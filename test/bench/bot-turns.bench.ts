/**
 * The bot's `help` turn over HTTP with expectReplies at 50 connections, against a bare botbuilder echo bot on the
 * same restify stack in the same run (issue 2 item 10). Reports req/s, p50 and p99 for both and their ratio.
 */
import { botActivity, ratioToEcho, withEchoAndService } from './support/bot-bench';
import { loadTest } from './support/load';

function benchActivity(text: string, user = 'avery'): string {
  return botActivity({ text }, user);
}

export async function run(): Promise<Record<string, unknown>> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  return withEchoAndService(async (urls) => {
    // Warm both up so JIT and Azurite connections are settled before measuring.
    await loadTest(urls.echo, benchActivity('hello'), { seconds: 2 });
    await loadTest(urls.bot, benchActivity('help'), { seconds: 2 });
    const echoResult = await loadTest(urls.echo, benchActivity('hello'), { seconds });
    const helpResult = await loadTest(urls.bot, benchActivity('help'), { seconds });
    return {
      connections: 50,
      seconds,
      generator: 'autocannon, in the bench process that also hosts both servers (2 cores shared)',
      echoBot: echoResult,
      helpTurn: helpResult,
      ratioToEcho: ratioToEcho(helpResult, echoResult),
    };
  });
}
