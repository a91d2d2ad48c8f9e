/**
 * Starts Azurite's table service (npm azurite 3.35) for local mode and tests, in a child process.
 *
 * Not in-process: restify patches http.IncomingMessage.prototype (query, path, …), and Azurite's own request
 * handling then ignores $filter — measured: a PartitionKey filter returned every row once restify was loaded.
 * The child exits when our stdin pipe closes, so it never outlives the process that started it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** Azurite's well-known development account (public, documented; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteOptions {
  host?: string;
  port?: number;
  /** Folder for the table database; omitted means in-memory. */
  location?: string;
  startTimeoutMs?: number;
}

export interface RunningAzurite {
  readonly port: number;
  readonly connectionString: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export function azuriteConnectionString(host: string, port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
    `TableEndpoint=http://${host}:${port}/${AZURITE_ACCOUNT};`
  );
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

const LAUNCHER = `
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
require(process.argv[1]);
`;

function launch(host: string, port: number, location: string | undefined): ChildProcess {
  const main = require.resolve('azurite/dist/src/table/main.js');
  const args = ['--tableHost', host, '--tablePort', String(port), '--skipApiVersionCheck', '--disableTelemetry', '--loose', '--silent'];
  if (location === undefined) args.push('--inMemoryPersistence');
  else args.push('--location', location);
  return spawn(process.execPath, ['-e', LAUNCHER, main, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
}

function waitUntilListening(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // The start-up lines only, for the error message; once ready, the listeners go, so whatever Azurite writes later
    // is drained and dropped rather than kept (and searched) for the life of the process.
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_192);
    };
    const settle = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off('data', onStdout);
      child.stderr?.off('data', keep);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onStdout = (chunk: Buffer) => {
      keep(chunk);
      if (/successfully started|successfully listens/i.test(output)) settle();
    };
    const onExit = (code: number | null) => settle(new Error(`Azurite exited (${code}) before it was ready: ${output.trim()}`));
    const timer = setTimeout(() => settle(new Error(`Azurite did not start within ${timeoutMs} ms: ${output.trim()}`)), timeoutMs);
    child.stdout?.on('data', onStdout);
    child.stderr?.on('data', keep);
    child.once('exit', onExit);
  });
}

export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const host = options.host ?? '127.0.0.1';
  if (options.location !== undefined) fs.mkdirSync(options.location, { recursive: true });
  let lastError: unknown;
  // A free port can be taken between the probe and Azurite's bind; try a few.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = options.port ?? (await freePort(host));
    const child = launch(host, port, options.location);
    try {
      await waitUntilListening(child, options.startTimeoutMs ?? 20_000);
    } catch (error) {
      lastError = error;
      child.kill('SIGKILL');
      if (options.port !== undefined) break;
      continue;
    }
    child.stdout?.resume();
    child.stderr?.resume();
    let exited = false;
    child.once('exit', () => {
      exited = true;
    });
    return {
      port,
      pid: child.pid,
      connectionString: azuriteConnectionString(host, port),
      stop: () =>
        new Promise<void>((resolve) => {
          if (exited) return resolve();
          const force = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          child.stdin?.end();
          child.kill('SIGTERM');
        }),
    };
  }
  throw lastError instanceof Error ? lastError : new Error('Azurite could not start');
}
