import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Issue 8 §3: the overview's first load is at most 250 KB of gzipped JavaScript. Counted strictly: the entry and its
 * static imports, plus what the browser must also fetch before the overview shows (its strings, the overview chunk).
 */
const BUDGET_GZIP_BYTES = 250_000;

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

interface BundleSize {
  entry: string;
  firstLoad: { raw: number; gzip: number; files: FileSize[] };
  overviewFirstLoad: { raw: number; gzip: number };
  lazy: Record<string, { raw: number; gzip: number }>;
  total: { raw: number; gzip: number; files: number };
}

const repoRoot = path.resolve(__dirname, '../..');
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

describe('tab bundle', () => {
  let outdir: string;
  let size: BundleSize;

  beforeAll(() => {
    outdir = mkdtempSync(path.join(tmpdir(), 'ppm-tab-build-'));
    execFileSync(process.execPath, ['tab/build.mjs', '--outdir', outdir], { cwd: repoRoot, stdio: 'pipe' });
    size = JSON.parse(
      execFileSync(process.execPath, ['tab/bundle-size.mjs', outdir], { cwd: repoRoot, encoding: 'utf8' }),
    ) as BundleSize;
    console.log(
      [
        `tab first load: ${kb(size.firstLoad.gzip)} gzipped (${kb(size.firstLoad.raw)} raw)`,
        ...size.firstLoad.files.map((f) => `  ${path.basename(f.file)}: ${kb(f.gzip)} gz, ${kb(f.raw)} raw`),
        `overview first load (with its strings and chunk): ${kb(size.overviewFirstLoad.gzip)} gzipped, budget ${kb(BUDGET_GZIP_BYTES)}`,
        ...Object.entries(size.lazy).map(([name, s]) => `  lazy ${name}: +${kb(s.gzip)} gz`),
        `tab total: ${kb(size.total.gzip)} gzipped (${kb(size.total.raw)} raw) in ${size.total.files} files`,
      ].join('\n'),
    );
  }, 60_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('keeps the overview first load within 250 KB gzipped', () => {
    expect(size.firstLoad.gzip).toBeLessThan(size.overviewFirstLoad.gzip);
    expect(size.overviewFirstLoad.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('loads views and languages lazily, outside the first load', () => {
    const firstLoad = size.firstLoad.files.map((f) => path.basename(f.file)).join(' ');
    expect(firstLoad).not.toMatch(/View-|en-US|zh-TW/);
    const chunks = readdirSync(path.join(outdir, 'chunks'));
    for (const lazy of ['OverviewView', 'UsageView', 'UsageCharts', 'CreditsView', 'SettingsView', 'MyMeetingsView', 'zh-TW', 'ru-RU']) {
      expect(chunks.some((name) => new RegExp(`^${lazy}-[A-Z0-9]+\\.js$`).test(name))).toBe(true);
    }
  });

  it('keeps the charts out of the usage view chunk, and view-only Fluent packages out of the first load', () => {
    const meta = JSON.parse(readFileSync(path.join(outdir, 'meta.json'), 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string }> }>;
    };
    const firstLoad = new Set(size.firstLoad.files.map((f) => path.basename(f.file)));
    const inputsOf = (match: (name: string) => boolean) =>
      Object.entries(meta.outputs)
        .filter(([file]) => match(path.basename(file)))
        .flatMap(([, output]) => Object.keys(output.inputs));
    const firstLoadInputs = inputsOf((name) => firstLoad.has(name));
    for (const viewOnly of ['@fluentui/react-table', '@fluentui/react-dialog', '@fluentui/react-select', 'tab/src/charts/']) {
      expect(firstLoadInputs.filter((input) => input.includes(viewOnly))).toEqual([]);
    }
    expect(inputsOf((name) => name.startsWith('UsageView-')).filter((input) => input.includes('StackedBarChart'))).toEqual([]);
    expect(size.lazy.UsageCharts?.gzip).toBeGreaterThan(0);
  });

  it('writes index.html with a relative, hashed entry script and no test pages', () => {
    const html = readFileSync(path.join(outdir, 'index.html'), 'utf8');
    expect(html).toContain(`src="./${path.basename(size.entry)}"`);
    expect(path.basename(size.entry)).toMatch(/^main-[A-Z0-9]{8}\.js$/);
    expect(readdirSync(outdir).sort()).toEqual(['chunks', 'index.html', path.basename(size.entry), 'meta.json'].sort());
  });
});
