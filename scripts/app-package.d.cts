// Types for app-package.cjs (the Teams app package builder shared by scripts/package-app.mjs and the tests).

export interface UnresolvedVariable {
  name: string;
  reason: 'missing' | 'empty';
  /** The package files that use it, e.g. manifest.json, fr-fr.json */
  usedIn: string[];
}

export class UnresolvedVariablesError extends Error {
  readonly envName: string;
  readonly variables: UnresolvedVariable[];
}

export type EnvVars = Record<string, string | undefined>;

export function parseEnvFile(text: string): Record<string, string>;

export function loadEnv(
  rootDir: string,
  envName: string,
  processEnv?: EnvVars,
): { vars: Record<string, string>; files: string[]; userFile: string };

export function listPlaceholders(value: unknown): string[];

export function resolvePlaceholders(
  value: unknown,
  vars: EnvVars,
): { value: unknown; unresolved: Map<string, 'missing' | 'empty'> };

export interface AppPackageSources {
  manifest: any;
  /** language file name (relative to appPackage/) -> its JSON */
  languages: Record<string, unknown>;
  /** icon file name (relative to appPackage/) -> its bytes */
  binaries: Record<string, Uint8Array>;
}

export function readAppPackageSources(appPackageDir: string): AppPackageSources;

export function resolveAppPackage(
  sources: Pick<AppPackageSources, 'manifest' | 'languages'>,
  vars: EnvVars,
  context: { envName: string; envFiles: string[] },
): { manifest: any; languages: Record<string, unknown> };

export function zipAppPackage(resolved: {
  manifest: unknown;
  languages: Record<string, unknown>;
  binaries: Record<string, Uint8Array>;
}): Uint8Array;

export function buildAppPackage(options: {
  rootDir: string;
  envName?: string;
  processEnv?: EnvVars;
}): { zipPath: string; manifest: any; languages: Record<string, unknown>; envFiles: string[] };

/** Offline schema validation of a resolved package; the errors, prefixed by file (empty: valid). */
export function validateAppPackage(resolved: { manifest: unknown; languages: Record<string, unknown> }): Promise<string[]>;
