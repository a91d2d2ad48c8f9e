import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const srcDir = path.resolve(__dirname, '../../tab/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('Fluent imports in the tab', () => {
  // tab/README.md: through the barrel, every Fluent package a lazy view uses lands in the first load.
  it('never imports the @fluentui/react-components barrel', () => {
    const offenders = sourceFiles(srcDir).filter((file) =>
      /from\s+['"]@fluentui\/react-components['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => path.relative(srcDir, file))).toEqual([]);
  });
});
