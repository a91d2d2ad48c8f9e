#!/usr/bin/env node
// Builds the service (esbuild → dist/bot/index.js) and the tab (→ dist/tab). `--watch` rebuilds on change.
import { context, build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTab } from '../tab/build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

export const botBuildOptions = {
  absWorkingDir: root,
  entryPoints: {
    index: path.join(root, 'bot', 'index.ts'),
    'playground-config': path.join(root, 'bot', 'demo', 'playground-config.ts'),
  },
  outdir: path.join(root, 'dist', 'bot'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

export async function buildAll({ watch = false } = {}) {
  const started = Date.now();
  if (watch) {
    const ctx = await context(botBuildOptions);
    await ctx.watch();
    await buildTab({ outdir: path.join(root, 'dist', 'tab'), watch: true });
    return;
  }
  await build(botBuildOptions);
  await buildTab({ outdir: path.join(root, 'dist', 'tab') });
  fs.writeFileSync(path.join(root, 'dist', '.build-stamp'), new Date().toISOString());
  console.log(`built dist/bot and dist/tab in ${Date.now() - started} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll({ watch: process.argv.includes('--watch') });
}
