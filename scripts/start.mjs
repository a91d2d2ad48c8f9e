#!/usr/bin/env node
// npm start: build if needed, start the service (which runs Azurite and seeds the demo tenant in local mode)
// and the Microsoft 365 Agents Playground, print the URLs, and stop everything cleanly on Ctrl-C.
// npm run dev: the same, rebuilding on change and restarting the service.
// In azure mode (MODE=azure, e.g. App Service's `npm start`) it only runs the built service.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const env = { ...process.env };
const mode = env.MODE ?? 'local';
const port = Number(env.PORT ?? 3978);
const children = new Set();
let stopping = false;

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  const stamp = path.join(root, 'dist', '.build-stamp');
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(root, 'dist', 'bot', 'index.js'))) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const sources = Math.max(newestMtime(path.join(root, 'bot')), newestMtime(path.join(root, 'tab')), fs.statSync(path.join(root, 'package.json')).mtimeMs);
  return sources > built;
}

function run(command, args, options) {
  const child = spawn(command, args, { cwd: root, env, ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.json();
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The service did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

function startService() {
  return run(process.execPath, ['--enable-source-maps', path.join(root, 'dist', 'bot', 'index.js')], { stdio: 'inherit' });
}

function startPlayground() {
  const { playgroundConfigYaml } = require(path.join(root, 'dist', 'bot', 'playground-config.js'));
  fs.writeFileSync(path.join(root, '.m365agentsplayground.yml'), playgroundConfigYaml());
  const cli = path.join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const child = run(
    process.execPath,
    [cli, '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams', '--disable-telemetry'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...env, TEAMSAPPTESTER_BROWSER: env.TEAMSAPPTESTER_BROWSER ?? 'none' } },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('The Agents Playground did not start within 60 s')), 60_000);
    child.stdout.on('data', (chunk) => {
      const text = chunk.toString();
      process.stdout.write(text.replace(/^/gm, '[playground] '));
      buffer += text;
      // It moves to a random port when 56150 is taken, so read the port it reports.
      const match = /Listening on (\d+)/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`The Agents Playground exited (${code})`)));
  });
}

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  const waits = [...children].map(
    (child) =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 8000).unref();
      }),
  );
  await Promise.all(waits);
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

const { buildAll } = await import('./build.mjs');
if (mode === 'azure') {
  // App Service runs `npm start`: no Azurite, no Playground, no build (the deployment ships dist/).
  const service = startService();
  service.on('exit', (code) => process.exit(code ?? 1));
} else {
  if (needsBuild()) await buildAll();
  let service = startService();
  service.on('exit', (code) => {
    if (!stopping && !watch) {
      console.error(`The service exited (${code}).`);
      void stopAll(code ?? 1);
    }
  });
  const health = await waitForHealth(`http://127.0.0.1:${port}/healthz`, 90_000);
  const playgroundPort = process.argv.includes('--no-playground') ? undefined : await startPlayground();
  const line = '─'.repeat(64);
  console.log(`\n${line}\n PPM Assistant ${health.version} is running (${health.mode} mode, demo tenant "Contoso (demo)")`);
  if (playgroundPort) console.log(` Agents Playground (chat with the bot):  http://localhost:${playgroundPort}`);
  console.log(` Admin tab (Credits & usage):            http://127.0.0.1:${port}/tab/`);
  console.log(` Health:                                 http://127.0.0.1:${port}/healthz`);
  console.log(` The Playground is a development tool and listens on all interfaces.\n Press Ctrl-C to stop.\n${line}\n`);

  if (watch) {
    let timer;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        try {
          await buildAll();
        } catch (error) {
          console.error(error);
          return;
        }
        service.kill('SIGTERM');
        await new Promise((r) => service.once('exit', r));
        service = startService();
      }, 300);
    };
    for (const dir of ['bot', 'tab']) fs.watch(path.join(root, dir), { recursive: true }, restart);
  }
}
