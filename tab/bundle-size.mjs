/**
 * Measures a tab build from its meta.json: the first load (the entry script plus everything it imports statically,
 * which the browser fetches before the first render) and the total, raw and gzipped.
 *
 *   node tab/bundle-size.mjs [outdir]   prints JSON
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function sizeOf(file) {
  const bytes = await readFile(path.resolve(repoRoot, file));
  // Level 6 is what most servers and CDNs use on the fly.
  return { file: path.relative(repoRoot, path.resolve(repoRoot, file)), raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

function sum(sizes) {
  return sizes.reduce((acc, s) => ({ raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip }), { raw: 0, gzip: 0 });
}

/**
 * @param {string} outdir the build output (holds meta.json)
 * @returns {Promise<{ entry: string, firstLoad: { raw: number, gzip: number, files: Array<{ file: string, raw: number, gzip: number }> }, total: { raw: number, gzip: number, files: number } }>}
 */
export async function measureBundle(outdir) {
  const meta = JSON.parse(await readFile(path.resolve(repoRoot, outdir, 'meta.json'), 'utf8'));
  const outputs = meta.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'tab/src/main.tsx' && file.endsWith('.js'));
  if (!entry) throw new Error(`no entry script in ${outdir}/meta.json`);

  const firstLoadFiles = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (firstLoadFiles.has(file)) continue;
    firstLoadFiles.add(file);
    for (const imported of outputs[file].imports) {
      if (imported.kind === 'import-statement') pending.push(imported.path);
    }
  }
  const firstLoad = await Promise.all([...firstLoadFiles].map(sizeOf));
  const all = await Promise.all(Object.keys(outputs).filter((f) => f.endsWith('.js')).map(sizeOf));
  return {
    entry: path.relative(repoRoot, path.resolve(repoRoot, entry)),
    firstLoad: { ...sum(firstLoad), files: firstLoad.sort((a, b) => b.gzip - a.gzip) },
    total: { ...sum(all), files: all.length },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await measureBundle(process.argv[2] ?? 'dist/tab'), null, 2));
}
