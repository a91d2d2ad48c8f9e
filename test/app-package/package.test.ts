import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { APP_PACKAGE_DIR, ROOT_DIR, sources, type ManifestShape } from './app-package.fixture';

const run = promisify(execFile);
const SCRIPT = path.join(ROOT_DIR, 'scripts', 'package-app.mjs');

describe('npm run package', () => {
  it('zips exactly manifest.json, the two icons and the language files for env local', async () => {
    const { stdout } = await run(process.execPath, [SCRIPT, 'local'], { cwd: ROOT_DIR });
    expect(stdout).toContain(path.join('appPackage', 'build', 'appPackage.local.zip'));

    const zip = unzipSync(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'build', 'appPackage.local.zip')));
    const manifest = sources().manifest as ManifestShape;
    const languageFiles = manifest.localizationInfo.additionalLanguages.map((l) => l.file);
    expect(Object.keys(zip).sort()).toEqual(['color.png', 'manifest.json', 'outline.png', ...languageFiles].sort());

    const packed = JSON.parse(Buffer.from(zip['manifest.json']!).toString('utf8')) as ManifestShape & { id: string };
    expect(JSON.stringify(packed)).not.toContain('${{');
    expect(packed.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    for (const file of languageFiles) {
      expect(Buffer.from(zip[file]!).toString('utf8')).not.toContain('${{');
    }
    expect(Buffer.from(zip['color.png']!).equals(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'color.png')))).toBe(true);
  });

  it('fails with the name of an unresolved variable', async () => {
    const failure = await run(process.execPath, [SCRIPT, 'local'], {
      cwd: ROOT_DIR,
      env: { ...process.env, BOT_ID: '' }, // the environment wins over env files, as with dotenv
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('BOT_ID: is empty (used in manifest.json)');
  });

  it('fails clearly for an env that has no file', async () => {
    const failure = await run(process.execPath, [SCRIPT, 'nosuchenv'], { cwd: ROOT_DIR }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('env/.env.nosuchenv does not exist');
  });
});
