/**
 * The built service as a process: it starts on its embedded defaults, serves, and on SIGTERM lets in-flight
 * requests finish, stops Azurite and exits 0. In azure mode with missing config it refuses to start and names it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { ROOT_DIR } from '../support/service';
import { messageActivity } from '../support/activities';

const ENTRY = path.join(ROOT_DIR, 'dist', 'bot', 'index.js');

interface Started {
  child: ChildProcess;
  url: string;
  azuritePid: number;
  exit: Promise<number | null>;
}

function startBuiltService(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [ENTRY], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? '', PORT: '0', AZURITE_IN_MEMORY: 'true', DEMO_USAGE: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let azuritePid = 0;
    const timer = setTimeout(() => reject(new Error(`service did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { event?: string; url?: string; azuritePid?: number };
        if (entry.event === 'azurite.started') azuritePid = entry.azuritePid ?? 0;
        if (entry.event === 'server.listening' && entry.url) {
          clearTimeout(timer);
          resolve({ child, url: entry.url, azuritePid, exit });
          return;
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    void exit.then((code) => reject(new Error(`service exited (${code}): ${out}`)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the service process', () => {
  it('finishes an in-flight request on SIGTERM, stops Azurite and exits 0', async () => {
    const service = await startBuiltService({});
    expect(service.azuritePid).toBeGreaterThan(0);
    expect(isAlive(service.azuritePid)).toBe(true);

    // Start a request and hold its body back, so it is in flight when the signal arrives.
    const body = JSON.stringify(messageActivity({ text: 'help' }));
    const url = new URL('/api/messages', service.url);
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        service.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 300);
      }, 200);
    });

    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text).activities).toHaveLength(1);
    expect(await service.exit).toBe(0);
    expect(isAlive(service.azuritePid)).toBe(false);
  }, 90_000);

  it('refuses to start in azure mode without its settings and names what is missing', async () => {
    const child = spawn(process.execPath, [ENTRY], { cwd: ROOT_DIR, env: { PATH: process.env.PATH ?? '', MODE: 'azure' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    for (const name of ['TENANT_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID', 'STORAGE_CONNECTION_STRING']) expect(err).toContain(name);
  }, 30_000);
});
