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

/** Every output file `file` loads before it runs: itself and its static imports, transitively. */
function staticClosure(outputs, file) {
  const files = new Set();
  const pending = [file];
  while (pending.length > 0) {
    const next = pending.pop();
    if (files.has(next)) continue;
    files.add(next);
    for (const imported of outputs[next].imports) {
      if (imported.kind === 'import-statement') pending.push(imported.path);
    }
  }
  return files;
}

/**
 * @param {string} outdir the build output (holds meta.json)
 * @returns {Promise<{
 *   entry: string,
 *   firstLoad: { raw: number, gzip: number, files: Array<{ file: string, raw: number, gzip: number }> },
 *   overviewFirstLoad: { raw: number, gzip: number },
 *   lazy: Record<string, { raw: number, gzip: number }>,
 *   total: { raw: number, gzip: number, files: number },
 * }>}
 *   overviewFirstLoad: what an admin's browser fetches before the overview can render: the first load, the English
 *   strings (main awaits them) and the overview chunk with what it imports. lazy: per lazily loaded chunk, what it
 *   adds to the first load.
 */
export async function measureBundle(outdir) {
  const meta = JSON.parse(await readFile(path.resolve(repoRoot, outdir, 'meta.json'), 'utf8'));
  const outputs = meta.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'tab/src/main.tsx' && file.endsWith('.js'));
  if (!entry) throw new Error(`no entry script in ${outdir}/meta.json`);

  const firstLoadFiles = staticClosure(outputs, entry);
  const firstLoad = await Promise.all([...firstLoadFiles].map(sizeOf));
  const jsFiles = Object.keys(outputs).filter((f) => f.endsWith('.js'));
  const all = await Promise.all(jsFiles.map(sizeOf));
  const sizeByFile = new Map(jsFiles.map((file, i) => [file, all[i]]));

  // Chunks reached by a dynamic import(): views, the usage charts, languages.
  const lazyChunks = new Set(jsFiles.flatMap((f) => outputs[f].imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path)));
  const lazy = {};
  for (const chunk of lazyChunks) {
    const extra = [...staticClosure(outputs, chunk)].filter((f) => !firstLoadFiles.has(f)).map((f) => sizeByFile.get(f));
    lazy[path.basename(chunk).replace(/-[A-Z0-9]+\.js$/, '')] = sum(extra);
  }
  const firstLoadSum = sum(firstLoad);
  const none = { raw: 0, gzip: 0 };
  const [overview, strings] = [lazy.OverviewView ?? none, lazy['en-US'] ?? none];
  return {
    entry: path.relative(repoRoot, path.resolve(repoRoot, entry)),
    firstLoad: { ...firstLoadSum, files: firstLoad.sort((a, b) => b.gzip - a.gzip) },
    overviewFirstLoad: { raw: firstLoadSum.raw + strings.raw + overview.raw, gzip: firstLoadSum.gzip + strings.gzip + overview.gzip },
    lazy,
    total: { ...sum(all), files: all.length },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await measureBundle(process.argv[2] ?? 'dist/tab'), null, 2));
}
