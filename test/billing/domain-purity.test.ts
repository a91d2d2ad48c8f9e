import fs from 'node:fs';
import path from 'node:path';

const BILLING = path.join(__dirname, '../../bot/billing');
/** Pure domain (architecture "Folders", layer 4): no host SDK, no file system. */
const FORBIDDEN_MODULES = [/^botbuilder/, /^restify/, /^@microsoft\/teams-js/, /^(node:)?fs(\/|$)/, /^(node:)?(http|https|net|child_process)$/];
/** The domain never reads the clock: time is a parameter. */
const CLOCK_READS = [/\bDate\.now\s*\(/, /new Date\(\s*\)/, /\bperformance\.now\s*\(/];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.(ts|js|mjs|cjs|json)$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) specifiers.push(match[1]!);
  return specifiers;
}

describe('bot/billing stays a pure domain', () => {
  const files = sourceFiles(BILLING);

  it('has source files to check', () => expect(files.length).toBeGreaterThan(20));

  it.each(files.map((f) => [path.relative(BILLING, f), f]))('%s imports no host SDK or file system', (_name, file) => {
    const bad = importsOf(fs.readFileSync(file, 'utf8')).filter((s) => FORBIDDEN_MODULES.some((re) => re.test(s)));
    expect(bad).toEqual([]);
  });

  it.each(files.map((f) => [path.relative(BILLING, f), f]))('%s never reads the clock', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    expect(CLOCK_READS.filter((re) => re.test(source)).map(String)).toEqual([]);
  });

  it('would catch a forbidden import', () => {
    expect(importsOf("import { TurnContext } from 'botbuilder';\nconst fs = require('node:fs');")).toEqual(['botbuilder', 'node:fs']);
  });
});
