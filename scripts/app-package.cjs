'use strict';
// The Teams app package, as the Agents Toolkit builds it: read env/.env.<env> (and .user),
// resolve every ${{VAR}} in appPackage/manifest.json and its language files, zip the result.
// CommonJS so that both scripts/package-app.mjs and the jest suites (ts-jest emits CommonJS)
// can load it. Types: app-package.d.cts.
const fs = require('node:fs');
const path = require('node:path');
const { zipSync } = require('fflate');

/** The Toolkit's placeholder syntax: ${{NAME}}, spaces allowed inside the braces. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** A fixed timestamp for zip entries, so that the same inputs give the same bytes. */
const ZIP_MTIME = new Date(2024, 0, 1);

class UnresolvedVariablesError extends Error {
  /**
   * @param {string} envName
   * @param {{ name: string, reason: 'missing' | 'empty', usedIn: string[] }[]} variables
   * @param {string[]} envFiles
   */
  constructor(envName, variables, envFiles) {
    const lines = variables.map(
      (v) => `  ${v.name}: ${v.reason === 'empty' ? 'is empty' : 'is not defined'} (used in ${v.usedIn.join(', ')})`,
    );
    super(
      `Cannot build the app package for env "${envName}": ${variables.length} unresolved variable(s).\n` +
        `${lines.join('\n')}\n` +
        `Set them in ${envFiles.join(' or ')} (secrets in the .user file), or in the environment.`,
    );
    this.name = 'UnresolvedVariablesError';
    this.envName = envName;
    this.variables = variables;
  }
}

/**
 * Parses a dotenv file as the Toolkit writes them: KEY=VALUE lines, # comments, optional
 * `export `, single or double quotes (double quotes understand \n), inline ` #` comments on
 * unquoted values.
 * @param {string} text
 * @returns {Record<string, string>}
 */
function parseEnvFile(text) {
  /** @type {Record<string, string>} */
  const vars = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1];
    let value = match[2];
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.indexOf(quote, 1) > 0) {
      value = value.slice(1, value.indexOf(quote, 1));
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    vars[key] = value;
  }
  return vars;
}

/**
 * The variables of one environment: env/.env.<env>, then env/.env.<env>.user over it, then the
 * process environment over both (as dotenv does, so CI can inject values).
 * @param {string} rootDir
 * @param {string} envName
 * @param {Record<string, string | undefined>} [processEnv]
 */
function loadEnv(rootDir, envName, processEnv = process.env) {
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) throw new Error(`Invalid env name "${envName}"`);
  const envFile = path.join(rootDir, 'env', `.env.${envName}`);
  const userFile = `${envFile}.user`;
  if (!fs.existsSync(envFile)) {
    throw new Error(`No env file for env "${envName}": ${path.relative(rootDir, envFile)} does not exist`);
  }
  /** @type {Record<string, string>} */
  const vars = { ...parseEnvFile(fs.readFileSync(envFile, 'utf8')) };
  const files = [path.relative(rootDir, envFile)];
  if (fs.existsSync(userFile)) {
    Object.assign(vars, parseEnvFile(fs.readFileSync(userFile, 'utf8')));
    files.push(path.relative(rootDir, userFile));
  }
  for (const [key, value] of Object.entries(processEnv)) {
    if (value !== undefined) vars[key] = value;
  }
  return { vars, files, userFile: path.relative(rootDir, userFile) };
}

/**
 * Every placeholder name used in a JSON value (in string values; keys are never templated).
 * @param {unknown} value
 * @returns {string[]}
 */
function listPlaceholders(value) {
  const names = new Set();
  walkStrings(value, (s) => {
    for (const m of s.matchAll(PLACEHOLDER)) names.add(m[1]);
    return s;
  });
  return [...names].sort();
}

/**
 * Replaces ${{VAR}} in every string of a JSON value. A variable that is missing or empty is
 * reported, not replaced.
 * @param {unknown} value
 * @param {Record<string, string | undefined>} vars
 */
function resolvePlaceholders(value, vars) {
  /** @type {Map<string, 'missing' | 'empty'>} */
  const unresolved = new Map();
  const resolved = walkStrings(value, (s) =>
    s.replace(PLACEHOLDER, (whole, name) => {
      const v = vars[name];
      if (v === undefined || v === '') {
        unresolved.set(name, v === undefined ? 'missing' : 'empty');
        return whole;
      }
      return v;
    }),
  );
  return { value: resolved, unresolved };
}

/** @param {unknown} value @param {(s: string) => string} fn @returns {any} */
function walkStrings(value, fn) {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => walkStrings(v, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walkStrings(v, fn)]));
  }
  return value;
}

/**
 * The source files of the package as the manifest names them: the manifest, its icons and its
 * language files, all relative to appPackage/.
 * @param {string} appPackageDir
 */
function readAppPackageSources(appPackageDir) {
  const manifest = readJson(path.join(appPackageDir, 'manifest.json'));
  const icons = Object.values(manifest.icons || {}).filter((p) => typeof p === 'string');
  const info = manifest.localizationInfo || {};
  const languageFiles = [
    ...(info.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(info.additionalLanguages || []).map((l) => l.file),
  ];
  /** @type {Record<string, unknown>} */
  const languages = {};
  for (const file of languageFiles) languages[file] = readJson(path.join(appPackageDir, file));
  /** @type {Record<string, Uint8Array>} */
  const binaries = {};
  for (const file of icons) binaries[file] = fs.readFileSync(path.join(appPackageDir, file));
  return { manifest, languages, binaries };
}

/**
 * Resolves the manifest and its language files with the given variables.
 * @param {{ manifest: any, languages: Record<string, unknown> }} sources
 * @param {Record<string, string | undefined>} vars
 * @param {{ envName: string, envFiles: string[] }} context for the error message
 */
function resolveAppPackage(sources, vars, context) {
  /** @type {Map<string, { reason: 'missing' | 'empty', usedIn: string[] }>} */
  const problems = new Map();
  const note = (file, unresolved) => {
    for (const [name, reason] of unresolved) {
      const p = problems.get(name) || { reason, usedIn: [] };
      p.usedIn.push(file);
      problems.set(name, p);
    }
  };
  const m = resolvePlaceholders(sources.manifest, vars);
  note('manifest.json', m.unresolved);
  /** @type {Record<string, unknown>} */
  const languages = {};
  for (const [file, json] of Object.entries(sources.languages)) {
    const r = resolvePlaceholders(json, vars);
    note(file, r.unresolved);
    languages[file] = r.value;
  }
  if (problems.size > 0) {
    const variables = [...problems].map(([name, p]) => ({ name, ...p })).sort((a, b) => a.name.localeCompare(b.name));
    throw new UnresolvedVariablesError(context.envName, variables, context.envFiles);
  }
  const manifest = m.value;
  // Locally, and in Azure where one App Service serves both, the tab and the bot share a host.
  if (Array.isArray(manifest.validDomains)) manifest.validDomains = [...new Set(manifest.validDomains)];
  return { manifest, languages };
}

/**
 * The zip, with entries at the root as Teams requires: manifest.json, the icons, the language files.
 * @param {{ manifest: unknown, languages: Record<string, unknown>, binaries: Record<string, Uint8Array> }} resolved
 * @returns {Uint8Array}
 */
function zipAppPackage(resolved) {
  const json = (value) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  /** @type {Record<string, [Uint8Array, { mtime: Date }]>} */
  const entries = { 'manifest.json': [json(resolved.manifest), { mtime: ZIP_MTIME }] };
  for (const [file, data] of Object.entries(resolved.binaries)) entries[file] = [data, { mtime: ZIP_MTIME }];
  for (const [file, value] of Object.entries(resolved.languages)) entries[file] = [json(value), { mtime: ZIP_MTIME }];
  return zipSync(entries, { level: 9 });
}

/**
 * Everything `npm run package [env]` does except schema validation: resolve and zip to
 * appPackage/build/appPackage.<env>.zip.
 * @param {{ rootDir: string, envName?: string, processEnv?: Record<string, string | undefined> }} options
 */
function buildAppPackage({ rootDir, envName = 'local', processEnv = process.env }) {
  const appPackageDir = path.join(rootDir, 'appPackage');
  const env = loadEnv(rootDir, envName, processEnv);
  const sources = readAppPackageSources(appPackageDir);
  const { manifest, languages } = resolveAppPackage(sources, env.vars, {
    envName,
    envFiles: [env.files[0], env.userFile],
  });
  const zip = zipAppPackage({ manifest, languages, binaries: sources.binaries });
  const zipPath = path.join(appPackageDir, 'build', `appPackage.${envName}.zip`);
  fs.mkdirSync(path.dirname(zipPath), { recursive: true });
  fs.writeFileSync(zipPath, zip);
  return { zipPath, manifest, languages, envFiles: env.files };
}

/**
 * Validates a resolved package offline against the schemas bundled in @microsoft/app-manifest:
 * the manifest against its $schema, each language file against the Localization schema of the
 * same version. Returns the errors, prefixed by file; empty when valid.
 * @param {{ manifest: any, languages: Record<string, any> }} resolved
 * @returns {Promise<string[]>}
 */
async function validateAppPackage(resolved) {
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  const errors = (await AppManifestUtils.validateAgainstSchema(resolved.manifest)).map((e) => `manifest.json: ${e}`);
  /** @type {Map<string, unknown>} */
  const schemas = new Map();
  for (const [file, json] of Object.entries(resolved.languages)) {
    const url = json && json.$schema;
    if (typeof url !== 'string') {
      errors.push(`${file}: has no $schema`);
      continue;
    }
    if (!schemas.has(url)) schemas.set(url, unicodeSafeSchema(await AppManifestUtils.fetchSchema(url)));
    for (const e of await AppManifestUtils.validateAgainstSchema(json, schemas.get(url))) errors.push(`${file}: ${e}`);
  }
  return errors;
}

/**
 * The bundled Localization schemas have patterns with a lone "]" (e.g. `\b]\.description`),
 * which is legal in a plain JavaScript RegExp but not with the "u" flag that ajv compiles
 * patterns with, so ajv refuses the whole schema. Escaping such a "]" keeps the meaning.
 * @param {any} schema
 */
function unicodeSafeSchema(schema) {
  const fix = (pattern) => {
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') {
        out += c + (pattern[i + 1] ?? '');
        i++;
      } else if (c === '[' && !inClass) {
        inClass = true;
        out += c;
      } else if (c === ']') {
        out += inClass ? c : '\\]';
        inClass = false;
      } else {
        out += c;
      }
    }
    return out;
  };
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'patternProperties' && value && typeof value === 'object') {
        out[key] = Object.fromEntries(Object.entries(value).map(([p, v]) => [fix(p), walk(v)]));
      } else if (key === 'pattern' && typeof value === 'string') {
        out[key] = fix(value);
      } else {
        out[key] = walk(value);
      }
    }
    return out;
  };
  return walk(schema);
}

/** @param {string} file */
function readJson(file) {
  // Strip a BOM: editors on Windows add one, and JSON.parse rejects it.
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

module.exports = {
  UnresolvedVariablesError,
  parseEnvFile,
  loadEnv,
  listPlaceholders,
  resolvePlaceholders,
  readAppPackageSources,
  resolveAppPackage,
  zipAppPackage,
  buildAppPackage,
  validateAppPackage,
};
