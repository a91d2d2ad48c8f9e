#!/usr/bin/env node
// Runs every test/bench/*.bench.ts (or the names given), each in its own Node process, and writes
// test/bench/results/<name>.json. A bench file exports `async function run(): Promise<object>`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'test', 'bench');
const outDir = path.join(root, 'dist', 'bench');
const resultsDir = path.join(benchDir, 'results');
const wanted = process.argv.slice(2);

const files = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

fs.mkdirSync(outDir, { recursive: true });
fs.mkdirSync(resultsDir, { recursive: true });
let failed = 0;
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  const outfile = path.join(outDir, `${name}.cjs`);
  await build({
    entryPoints: [path.join(benchDir, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    loader: { '.json': 'json' },
  });
  const runner = `const m=require(${JSON.stringify(outfile)});Promise.resolve(m.run()).then(r=>{process.stdout.write('\\n@@RESULT@@'+JSON.stringify(r));process.exit(0)},e=>{console.error(e);process.exit(1)})`;
  console.log(`\n▶ bench ${name}`);
  const started = Date.now();
  const child = spawnSync(process.execPath, ['--expose-gc', '-e', runner], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const marker = child.stdout.lastIndexOf('@@RESULT@@');
  if (child.status !== 0 || marker < 0) {
    process.stdout.write(child.stdout);
    console.error(`✖ bench ${name} failed (exit ${child.status})`);
    failed += 1;
    continue;
  }
  process.stdout.write(child.stdout.slice(0, marker));
  const result = {
    name,
    finishedAt: new Date().toISOString(),
    elapsedMs: Date.now() - started,
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    ...JSON.parse(child.stdout.slice(marker + '@@RESULT@@'.length)),
  };
  fs.writeFileSync(path.join(resultsDir, `${name}.json`), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
}
process.exit(failed ? 1 : 0);
