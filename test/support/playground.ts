/**
 * Runs the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) against a bot endpoint, with the
 * demo tenant's .m365agentsplayground.yml in a temporary working directory of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { playgroundConfigYaml } from '../../bot/demo/playground-config';
import { startTestService, type TestService } from './service';
import { launchBrowser } from './browser';

export interface RunningPlayground {
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startPlayground(botMessagesUrl: string, options: { currentUser?: string } = {}): Promise<RunningPlayground> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppm-playground-'));
  fs.writeFileSync(path.join(dir, '.m365agentsplayground.yml'), playgroundConfigYaml(options.currentUser));
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const requested = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, '-e', botMessagesUrl, '-c', 'msteams', '--disable-telemetry', '-p', String(requested)],
    { cwd: dir, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Playground did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Playground exited (${code}): ${output}`));
    });
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The real service, the Playground pointed at it and a Chromium browser: what every Playground e2e suite needs. */
export interface PlaygroundSession {
  service: TestService;
  playground: RunningPlayground;
  browser: Browser;
  stop(): Promise<void>;
}

export async function startPlaygroundSession(
  options: { service?: Parameters<typeof startTestService>[0]; currentUser?: string } = {},
): Promise<PlaygroundSession> {
  const service = await startTestService(options.service);
  const playground = await startPlayground(`${service.baseUrl}/api/messages`, options.currentUser ? { currentUser: options.currentUser } : {});
  const browser = await launchBrowser();
  return {
    service,
    playground,
    browser,
    stop: async () => {
      await browser.close();
      await playground.stop();
      await service.stop();
    },
  };
}
