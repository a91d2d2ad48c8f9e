/**
 * Maps the environment to settings, validated by zod at start-up. Nothing else reads process.env.
 *
 * Local mode (the default) needs no credentials. Azure mode fails fast and names every missing variable.
 * If any Azure credential is present, MODE must be named, so a forgotten MODE can never turn auth off in Azure.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEMO_TENANT_ID } from './demo/demo-tenant';

export type Mode = 'local' | 'azure';
export type BotType = 'SingleTenant' | 'UserAssignedMSI';
export type DemoUsage = 'none' | 'small' | 'full';

export interface AppConfig {
  mode: Mode;
  host: string;
  port: number;
  /** The tenants this deployment serves; every other tid is refused. */
  tenantIds: string[];
  bot: { appId: string; password: string; type: BotType; tenantId: string; openIdMetadataUrl: string };
  aad: {
    clientId: string;
    clientSecret: string;
    tenantId: string;
    /** Accepted audiences of tab tokens: the app ID URI and the client id (v2 tokens carry the GUID). */
    appIdUri: string;
    authorityHost: string;
  };
  graph: { baseUrl: string; directoryCacheTtlSeconds: number };
  storage: {
    connectionString: string | undefined;
    tablePrefix: string;
    azuriteLocation: string | undefined;
  };
  adminObjectIds: string[];
  logLevel: string;
  demoUsage: DemoUsage;
  syncIntervalMinutes: number;
  /** How far back a tenant's first Graph sync reads, and how much each later run re-reads before its high-water mark. */
  sync: { firstSyncDays: number; rereadHours: number };
  tabDir: string;
  api: { rateLimitPerMinute: number; maxBodyBytes: number };
  /** How long a role seen in a tab token still counts for the bot and the alerts, which have no token of their own. */
  access: { roleSightingMaxAgeDays: number };
  version: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose presence means "this is a real deployment". */
const AZURE_CREDENTIAL_VARS = ['BOT_PASSWORD', 'AAD_APP_CLIENT_SECRET', 'STORAGE_CONNECTION_STRING', 'MICROSOFT_APP_PASSWORD'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const url = (fallback: string) => z.string().url().optional().default(fallback);
const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const envSchema = z.object({
  MODE: z.enum(['local', 'azure']).optional(),
  HOST: optionalString,
  PORT: int(3978, 0, 65535),
  TENANT_ID: csv,
  BOT_ID: optionalString,
  BOT_PASSWORD: optionalString,
  BOT_TYPE: z.enum(['SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  BOT_TENANT_ID: optionalString,
  BOT_OPENID_METADATA: url('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  AAD_APP_CLIENT_ID: optionalString,
  AAD_APP_CLIENT_SECRET: optionalString,
  AAD_APP_TENANT_ID: optionalString,
  AAD_APP_ID_URI: optionalString,
  AAD_APP_OAUTH_AUTHORITY_HOST: url('https://login.microsoftonline.com'),
  GRAPH_BASE_URL: url('https://graph.microsoft.com'),
  DIRECTORY_CACHE_TTL_SECONDS: int(3600, 0, 7 * 24 * 3600),
  STORAGE_CONNECTION_STRING: optionalString,
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,19}$/, 'letters and digits, starting with a letter, at most 20')
    .default('ppm'),
  AZURITE_LOCATION: z.string().default('.data/azurite'),
  AZURITE_IN_MEMORY: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  ADMIN_OBJECT_IDS: csv,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_USAGE: z.enum(['none', 'small', 'full']).default('full'),
  SYNC_INTERVAL_MINUTES: int(60, 1, 24 * 60),
  SYNC_FIRST_DAYS: int(365, 1, 730),
  SYNC_REREAD_HOURS: int(72, 0, 30 * 24),
  TAB_DIR: optionalString,
  API_RATE_LIMIT_PER_MINUTE: int(120, 1, 100_000),
  API_MAX_BODY_BYTES: int(256 * 1024, 1024, 64 * 1024 * 1024),
  ROLE_SIGHTING_MAX_AGE_DAYS: int(30, 1, 365),
});

export function loadConfig(env: NodeJS.ProcessEnv, options: { version: string; rootDir: string }): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];

  const credentialsSet = AZURE_CREDENTIAL_VARS.filter((name) => (env[name] ?? '').trim() !== '');
  if (!e.MODE && credentialsSet.length > 0) {
    problems.push(`MODE: must be set to "local" or "azure" because ${credentialsSet.join(', ')} is set`);
  }
  const mode: Mode = e.MODE ?? 'local';

  const host = e.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  if (mode === 'local' && !LOOPBACK.has(host)) {
    problems.push(`HOST: local mode turns authentication off, so it binds to loopback only (got ${host})`);
  }

  const tenantIds = e.TENANT_ID.length > 0 ? e.TENANT_ID : mode === 'local' ? [DEMO_TENANT_ID] : [];
  for (const id of tenantIds) if (!GUID.test(id)) problems.push(`TENANT_ID: "${id}" is not a tenant id (GUID)`);

  if (mode === 'azure') {
    const require = (name: keyof typeof e, why: string) => {
      const value = e[name];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) problems.push(`${name}: required in azure mode (${why})`);
    };
    require('TENANT_ID', 'the tenants this deployment serves');
    require('BOT_ID', 'the bot app id; an empty id would turn bot authentication off');
    if (e.BOT_TYPE === 'SingleTenant') require('BOT_PASSWORD', 'the bot app secret for SingleTenant');
    if (e.BOT_TYPE === 'UserAssignedMSI' && e.BOT_PASSWORD) {
      problems.push('BOT_PASSWORD: must be empty when BOT_TYPE is UserAssignedMSI (the managed identity signs in without a secret)');
    }
    require('AAD_APP_CLIENT_ID', 'the Entra app that tab tokens are issued for');
    require('STORAGE_CONNECTION_STRING', 'the Storage account or Cosmos DB Table');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const botTenantId = e.BOT_TENANT_ID ?? tenantIds[0] ?? '';
  const clientId = e.AAD_APP_CLIENT_ID ?? '';
  return {
    mode,
    host,
    port: e.PORT,
    tenantIds,
    bot: {
      appId: mode === 'local' ? '' : (e.BOT_ID ?? ''),
      password: mode === 'local' ? '' : (e.BOT_PASSWORD ?? ''),
      type: e.BOT_TYPE,
      tenantId: botTenantId,
      openIdMetadataUrl: e.BOT_OPENID_METADATA,
    },
    aad: {
      clientId,
      clientSecret: e.AAD_APP_CLIENT_SECRET ?? '',
      tenantId: e.AAD_APP_TENANT_ID ?? tenantIds[0] ?? '',
      appIdUri: e.AAD_APP_ID_URI ?? (clientId ? `api://${clientId}` : ''),
      authorityHost: e.AAD_APP_OAUTH_AUTHORITY_HOST.replace(/\/+$/, ''),
    },
    graph: { baseUrl: e.GRAPH_BASE_URL.replace(/\/+$/, ''), directoryCacheTtlSeconds: e.DIRECTORY_CACHE_TTL_SECONDS },
    storage: {
      connectionString: e.STORAGE_CONNECTION_STRING,
      tablePrefix: e.TABLE_PREFIX,
      azuriteLocation: e.AZURITE_IN_MEMORY ? undefined : path.resolve(options.rootDir, e.AZURITE_LOCATION),
    },
    adminObjectIds: e.ADMIN_OBJECT_IDS,
    logLevel: e.LOG_LEVEL,
    demoUsage: e.DEMO_USAGE,
    syncIntervalMinutes: e.SYNC_INTERVAL_MINUTES,
    sync: { firstSyncDays: e.SYNC_FIRST_DAYS, rereadHours: e.SYNC_REREAD_HOURS },
    tabDir: e.TAB_DIR ?? path.resolve(options.rootDir, 'dist', 'tab'),
    api: { rateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE, maxBodyBytes: e.API_MAX_BODY_BYTES },
    access: { roleSightingMaxAgeDays: e.ROLE_SIGHTING_MAX_AGE_DAYS },
    version: options.version,
  };
}
