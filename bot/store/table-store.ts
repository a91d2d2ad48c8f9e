/**
 * Azure Table Storage access through @azure/data-tables: Azurite locally, a Storage account or Cosmos DB for Table
 * in Azure — the same code (architecture "Scale path"). Every table name carries a prefix, so test runs never share.
 */
import { TableClient, TableServiceClient, RestError, type TableEntity } from '@azure/data-tables';

export const TABLE_NAMES = [
  'tenants',
  'ledger',
  'pstnCalls',
  'usageDaily',
  'usageByConference',
  /** Each month's conference totals as one document (bot/store/usage-rollup-store.ts), for long-range conference views. */
  'usageConferenceTotals',
  'audit',
  'alerts',
  'jobs',
  'rates',
  'dialoutPolicies',
  'conversations',
  'syncState',
  'directory',
  'roleSightings',
  'conferenceOrganizers',
  /** Admin writes by Idempotency-Key, with their answer (bot/settings/idempotency-store.ts). */
  'idempotency',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export class TableStore {
  private readonly clients = new Map<TableName, TableClient>();
  private readonly service: TableServiceClient;

  constructor(
    private readonly connectionString: string,
    readonly prefix: string,
  ) {
    this.service = TableServiceClient.fromConnectionString(connectionString, { allowInsecureConnection: isHttp(connectionString) });
  }

  tableName(name: TableName): string {
    return `${this.prefix}${name[0]!.toUpperCase()}${name.slice(1)}`;
  }

  table(name: TableName): TableClient {
    let client = this.clients.get(name);
    if (!client) {
      client = TableClient.fromConnectionString(this.connectionString, this.tableName(name), {
        allowInsecureConnection: isHttp(this.connectionString),
      });
      this.clients.set(name, client);
    }
    return client;
  }

  /** Creates every table that is missing. Safe to call on every start. */
  async ensureTables(): Promise<void> {
    await Promise.all(TABLE_NAMES.map((name) => this.table(name).createTable()));
  }

  /** For /healthz: can we reach storage at all? */
  async ping(timeoutMs = 2000): Promise<boolean> {
    const abort = AbortSignal.timeout(timeoutMs);
    try {
      const iterator = this.service.listTables({ abortSignal: abort }).byPage({ maxPageSize: 1 });
      await iterator.next();
      return true;
    } catch {
      return false;
    }
  }

  /** Deletes every table of this prefix (tests only). */
  async dropTables(): Promise<void> {
    await Promise.all(TABLE_NAMES.map((name) => this.table(name).deleteTable().catch(() => undefined)));
  }
}

function isHttp(connectionString: string): boolean {
  return /(^|;)\s*DefaultEndpointsProtocol=http(;|$)/i.test(connectionString) || /TableEndpoint=http:\/\//i.test(connectionString);
}

export function isNotFound(error: unknown): boolean {
  return error instanceof RestError && error.statusCode === 404;
}

export function isConflict(error: unknown): boolean {
  return error instanceof RestError && error.statusCode === 409;
}

/** Network failures and the service's own "busy" answers, as the SDK reports them after its retries. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'EPIPE', 'REQUEST_SEND_ERROR', 'ServerBusy', 'OperationTimedOut']);

/** Storage could not be reached or is overloaded: the request may succeed later, and nothing is the caller's fault. */
export function isStorageUnavailable(error: unknown): boolean {
  if (!(error instanceof RestError)) return false;
  if (error.statusCode === 503 || error.statusCode === 500) return true;
  return error.statusCode === undefined && error.code !== undefined && UNAVAILABLE_CODES.has(error.code);
}

export function isPreconditionFailed(error: unknown): boolean {
  return error instanceof RestError && error.statusCode === 412;
}

/** Reads one entity, or null when it does not exist. */
export async function getEntityOrNull<T extends object>(
  client: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<(TableEntity<T> & { etag: string }) | null> {
  try {
    return (await client.getEntity<T>(partitionKey, rowKey)) as TableEntity<T> & { etag: string };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Row and partition keys may not contain / \ # ? or control characters. */
export function safeKey(value: string): string {
  return value.replace(/[/\\#?\u0000-\u001f\u007f-\u009f]/g, '_');
}
