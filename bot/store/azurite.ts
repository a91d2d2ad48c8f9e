/**
 * Starts Azurite's table service in this process, for local mode and for tests.
 *
 * Azurite has no stable programmatic API, so the deep requires of its internal classes live here and nowhere else
 * (toolchain-notes "Azurite 3.35.0"). Port 0 picks a free port.
 */
import path from 'node:path';
import fs from 'node:fs';

/** Azurite's well-known development account (public, documented; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteOptions {
  host?: string;
  port?: number;
  /** Folder for the table database; omitted means in-memory. */
  location?: string;
}

export interface RunningAzurite {
  readonly port: number;
  readonly connectionString: string;
  stop(): Promise<void>;
}

interface AzuriteTableServer {
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
}

type TableServerCtor = new (config: unknown) => AzuriteTableServer;
type TableConfigurationCtor = new (...args: unknown[]) => unknown;

export function azuriteConnectionString(host: string, port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
    `TableEndpoint=http://${host}:${port}/${AZURITE_ACCOUNT};`
  );
}

export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const host = options.host ?? '127.0.0.1';
  /* eslint-disable @typescript-eslint/no-require-imports */
  const TableServer = (require('azurite/dist/src/table/TableServer') as { default: TableServerCtor }).default;
  const TableConfiguration = (require('azurite/dist/src/table/TableConfiguration') as { default: TableConfigurationCtor })
    .default;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const inMemory = options.location === undefined;
  let dbPath = 'memory';
  if (options.location !== undefined) {
    fs.mkdirSync(options.location, { recursive: true });
    dbPath = path.join(options.location, '__azurite_db_table__.json');
  }
  const config = new TableConfiguration(
    host,
    options.port ?? 0,
    undefined, // keepAliveTimeout
    dbPath,
    false, // debug log
    false, // access log
    undefined,
    undefined,
    false, // loose
    true, // skipApiVersionCheck: newer SDKs than Azurite's API version
    '',
    '',
    '',
    undefined,
    false,
    inMemory,
  );
  const server = new TableServer(config);
  await server.start();
  const address = server.getHttpServerAddress();
  const port = Number(new URL(address).port);
  return {
    port,
    connectionString: azuriteConnectionString(host, port),
    stop: () => server.close(),
  };
}
