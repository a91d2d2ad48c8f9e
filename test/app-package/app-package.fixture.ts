// Shared reading of appPackage/ for the app-package suites: the sources, and the package resolved
// with the committed env/.env.local alone, as a fresh clone has it (a developer's
// env/.env.local.user or shell variables must not make these suites pass).
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  parseEnvFile,
  readAppPackageSources,
  resolveAppPackage,
  type AppPackageSources,
} from '../../scripts/app-package.cjs';

export const ROOT_DIR = path.resolve(__dirname, '..', '..');
export const APP_PACKAGE_DIR = path.join(ROOT_DIR, 'appPackage');

export function sources(): AppPackageSources {
  return readAppPackageSources(APP_PACKAGE_DIR);
}

export function committedLocalVars(): Record<string, string> {
  return parseEnvFile(fs.readFileSync(path.join(ROOT_DIR, 'env', '.env.local'), 'utf8'));
}

export function resolvedWithLocalEnv(): ReturnType<typeof resolveAppPackage> {
  return resolveAppPackage(sources(), committedLocalVars(), { envName: 'local', envFiles: ['env/.env.local'] });
}

/** The manifest fields these suites read, typed loosely: the schema test checks the rest. */
export interface ManifestShape {
  $schema: string;
  manifestVersion: string;
  validDomains: string[];
  staticTabs: { entityId: string; name: string; contentUrl: string; websiteUrl: string; scopes: string[] }[];
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
  webApplicationInfo: { id: string; resource: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  icons: { color: string; outline: string };
}
