/**
 * Builds the tab (tab/src/main.tsx) into static files: index.html, hashed ESM chunks and meta.json (the esbuild
 * metafile, read by the bundle-size test and the bench). The service serves the output at /tab/, so every asset URL is
 * relative to index.html.
 *
 *   node tab/build.mjs [--outdir dist/tab] [--watch] [--no-minify]
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const tabDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(tabDir, '..');
const entryPoint = path.join(tabDir, 'src', 'main.tsx');
const htmlTemplate = path.join(tabDir, 'src', 'index.html');

/** Finds the entry script esbuild wrote for main.tsx, relative to outdir (its name carries a content hash). */
function entryScriptOf(metafile, outdir) {
  const wanted = path.relative(repoRoot, entryPoint).split(path.sep).join('/');
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint === wanted && file.endsWith('.js')) {
      return path.relative(outdir, path.resolve(repoRoot, file)).split(path.sep).join('/');
    }
  }
  throw new Error(`esbuild produced no entry script for ${wanted}`);
}

async function writeIndexHtml(outdir, metafile) {
  const script = entryScriptOf(metafile, outdir);
  const template = await readFile(htmlTemplate, 'utf8');
  const html = template.replace('%ENTRY_SCRIPT%', `./${script}`);
  await writeFile(path.join(outdir, 'index.html'), html);
  await writeFile(path.join(outdir, 'meta.json'), JSON.stringify({ entry: script, ...metafile }));
}

/**
 * @param {{ outdir: string, watch?: boolean, minify?: boolean }} options
 * @returns {Promise<{ entry: string, metafile: import('esbuild').Metafile, stop(): Promise<void> }>}
 *   `stop` ends watching (a no-op for a one-off build).
 */
export async function buildTab({ outdir, watch = false, minify = true }) {
  const absOutdir = path.resolve(repoRoot, outdir);
  await rm(absOutdir, { recursive: true, force: true });
  await mkdir(absOutdir, { recursive: true });

  /** @type {import('esbuild').BuildOptions} */
  const options = {
    absWorkingDir: repoRoot,
    entryPoints: [entryPoint],
    outdir: absOutdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: ['chrome109', 'edge109', 'safari16', 'firefox115'],
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    jsx: 'automatic',
    minify,
    sourcemap: minify ? false : 'linked',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': JSON.stringify(minify ? 'production' : 'development') },
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
  };

  if (!watch) {
    const result = await esbuild.build(options);
    await writeIndexHtml(absOutdir, result.metafile);
    return { entry: entryScriptOf(result.metafile, absOutdir), metafile: result.metafile, stop: async () => {} };
  }

  let firstBuild;
  const ready = new Promise((resolve) => (firstBuild = resolve));
  const ctx = await esbuild.context({
    ...options,
    plugins: [
      {
        name: 'tab-index-html',
        setup(build) {
          build.onEnd(async (result) => {
            if (result.errors.length === 0 && result.metafile) {
              // Old hashed chunks stay behind in watch mode; harmless, and rebuilds stay fast.
              await writeIndexHtml(absOutdir, result.metafile);
            }
            firstBuild(result);
          });
        },
      },
    ],
  });
  await ctx.watch();
  const first = await ready;
  return {
    entry: first.metafile ? entryScriptOf(first.metafile, absOutdir) : '',
    metafile: first.metafile ?? { inputs: {}, outputs: {} },
    stop: () => ctx.dispose(),
  };
}

function parseArgs(argv) {
  const args = { outdir: 'dist/tab', watch: false, minify: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--watch') args.watch = true;
    else if (arg === '--no-minify') args.minify = false;
    else if (arg === '--outdir') args.outdir = argv[++i];
    else if (arg.startsWith('--outdir=')) args.outdir = arg.slice('--outdir='.length);
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return args;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const { entry } = await buildTab(args);
  console.log(`tab built into ${args.outdir} (entry ${entry}) in ${Date.now() - started} ms${args.watch ? ', watching' : ''}`);
}
