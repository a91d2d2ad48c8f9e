#!/usr/bin/env node
// npm run package [-- <env>]     (default env: local)
// Resolves ${{VARS}} in appPackage/manifest.json and its language files from env/.env.<env>
// (then env/.env.<env>.user, then the process environment), validates the result offline
// against the schemas bundled in @microsoft/app-manifest, and writes
// appPackage/build/appPackage.<env>.zip. Exits 1 with the names of unresolved variables or
// the schema errors.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import appPackage from './app-package.cjs';

const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildAppPackage, validateAppPackage, UnresolvedVariablesError } = appPackage;

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: npm run package [-- <env>]   builds appPackage/build/appPackage.<env>.zip (default env: local)');
    return 0;
  }
  const envName = args[0] ?? 'local';
  let built;
  try {
    built = buildAppPackage({ rootDir, envName });
  } catch (error) {
    if (error instanceof UnresolvedVariablesError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const errors = await validateAppPackage(built);
  if (errors.length > 0) {
    console.error(`The resolved app package for env "${envName}" does not match its schema:`);
    for (const e of errors) console.error(`  ${e}`);
    return 1;
  }
  console.log(`${relative(rootDir, built.zipPath)} (env ${envName}, from ${built.envFiles.join(' + ')})`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
