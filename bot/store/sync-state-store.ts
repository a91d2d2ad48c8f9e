/**
 * The syncState table (architecture "Data"): partition tenantId, one row per concern:
 * - 'lease': who may sync/import the tenant now (ETag-guarded, so two instances never work on a tenant at once);
 * - 'graph': the Graph sync's high-water mark, last success and last error;
 * - 'usage': the newest call seen and when usage last changed (sync or import), for freshness;
 * - 'demo': which demo usage is loaded (local mode);
 * - 'erasedUsers': hashes of users erased on request.
 */
import { RestError } from '@azure/data-tables';
import { getEntityOrNull, isConflict, isNotFound, isPreconditionFailed, type TableStore } from './table-store';

export interface SyncErrorInfo {
  /** 'graph-permission-missing' | 'graph-auth-failed' | 'graph-unavailable' | 'graph-bad-response' | 'storage' | 'internal' */
  readonly code: string;
  /** For a missing permission: which one the app needs, with admin consent. */
  readonly permission?: string;
  readonly httpStatus?: number;
}

export interface GraphSyncState {
  /** The end of the last window read completely: the next run starts 72 hours before it. */
  readonly highWaterMark: string | null;
  readonly lastRunStartedAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastError: SyncErrorInfo | null;
  readonly lastErrorAt: string | null;
  readonly lastRunRows: number;
}

export interface UsageMarks {
  readonly newestCallAt: string | null;
  readonly lastChangeAt: string | null;
  readonly lastImportAt: string | null;
}

export interface LeaseRecord {
  readonly holder: string;
  readonly expiresAtMs: number;
  readonly etag: string;
}

export interface DemoUsageMarker {
  readonly anchorDate: string;
  readonly size: string;
  readonly version: number;
  readonly status: 'importing' | 'done' | 'failed';
  readonly jobId: string | null;
}

const EMPTY_GRAPH: GraphSyncState = { highWaterMark: null, lastRunStartedAt: null, lastSuccessAt: null, lastError: null, lastErrorAt: null, lastRunRows: 0 };
const EMPTY_MARKS: UsageMarks = { newestCallAt: null, lastChangeAt: null, lastImportAt: null };

interface JsonEntity {
  json: string;
}
interface LeaseEntity {
  holder: string;
  expiresAtMs: number;
}

export class SyncStateStore {
  constructor(private readonly store: TableStore) {}

  private get table() {
    return this.store.table('syncState');
  }

  private async readJson<T>(tenantId: string, row: string): Promise<{ value: T; etag: string } | null> {
    const e = await getEntityOrNull<JsonEntity>(this.table, tenantId, row);
    return e ? { value: JSON.parse(e.json) as T, etag: e.etag } : null;
  }

  private async writeJson(tenantId: string, row: string, value: unknown): Promise<void> {
    await this.table.upsertEntity({ partitionKey: tenantId, rowKey: row, json: JSON.stringify(value) }, 'Replace');
  }

  async getGraph(tenantId: string): Promise<GraphSyncState> {
    return { ...EMPTY_GRAPH, ...(await this.readJson<Partial<GraphSyncState>>(tenantId, 'graph'))?.value };
  }

  /** Only the sync that holds the tenant's lease writes this row, so read-merge-write is safe. */
  async updateGraph(tenantId: string, patch: Partial<GraphSyncState>): Promise<GraphSyncState> {
    const next = { ...(await this.getGraph(tenantId)), ...patch };
    await this.writeJson(tenantId, 'graph', next);
    return next;
  }

  async getUsageMarks(tenantId: string): Promise<UsageMarks> {
    return { ...EMPTY_MARKS, ...(await this.readJson<Partial<UsageMarks>>(tenantId, 'usage'))?.value };
  }

  /** Records a change of usage; newestCallAt only moves forward, even with concurrent writers (If-Match loop). */
  async noteUsageChange(tenantId: string, change: { at: string; newestCallAt: string | null; kind: 'sync' | 'import' | 'maintenance' }): Promise<void> {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const current = await this.readJson<Partial<UsageMarks>>(tenantId, 'usage');
      const marks = { ...EMPTY_MARKS, ...current?.value };
      const newest = [marks.newestCallAt, change.newestCallAt].filter((v): v is string => v !== null).sort().pop() ?? null;
      const next: UsageMarks = {
        newestCallAt: newest,
        lastChangeAt: change.at,
        lastImportAt: change.kind === 'import' ? change.at : marks.lastImportAt,
      };
      const entity = { partitionKey: tenantId, rowKey: 'usage', json: JSON.stringify(next) };
      try {
        if (current) await this.table.updateEntity(entity, 'Replace', { etag: current.etag });
        else await this.table.createEntity(entity);
        return;
      } catch (error) {
        if (!isPreconditionFailed(error) && !isConflict(error)) throw error;
      }
    }
    throw new Error('usage marks kept changing under us');
  }

  async getDemoMarker(tenantId: string): Promise<DemoUsageMarker | null> {
    return (await this.readJson<DemoUsageMarker>(tenantId, 'demo'))?.value ?? null;
  }

  async putDemoMarker(tenantId: string, marker: DemoUsageMarker): Promise<void> {
    await this.writeJson(tenantId, 'demo', marker);
  }

  /** Hashes of users erased on request (usage/erasure.ts). */
  async getErasedUsers(tenantId: string): Promise<Set<string>> {
    return new Set((await this.readJson<string[]>(tenantId, 'erasedUsers'))?.value ?? []);
  }

  async addErasedUser(tenantId: string, userHash: string): Promise<void> {
    const current = await this.getErasedUsers(tenantId);
    current.add(userHash);
    await this.writeJson(tenantId, 'erasedUsers', [...current].sort());
  }

  // --- the lease -------------------------------------------------------------------------------------------------

  async getLease(tenantId: string): Promise<LeaseRecord | null> {
    const e = await getEntityOrNull<LeaseEntity>(this.table, tenantId, 'lease');
    return e ? { holder: e.holder, expiresAtMs: Number(e.expiresAtMs), etag: e.etag } : null;
  }

  /** Creates the lease; null when someone else created it first. */
  async createLease(tenantId: string, holder: string, expiresAtMs: number): Promise<LeaseRecord | null> {
    try {
      const r = await this.table.createEntity<LeaseEntity>({ partitionKey: tenantId, rowKey: 'lease', holder, expiresAtMs });
      return { holder, expiresAtMs, etag: r.etag ?? '' };
    } catch (error) {
      if (isConflict(error)) return null;
      throw error;
    }
  }

  /** Replaces the lease if it is still the version we read; null when it changed in the meantime. */
  async replaceLease(tenantId: string, etag: string, holder: string, expiresAtMs: number): Promise<LeaseRecord | null> {
    try {
      const r = await this.table.updateEntity<LeaseEntity>({ partitionKey: tenantId, rowKey: 'lease', holder, expiresAtMs }, 'Replace', { etag });
      return { holder, expiresAtMs, etag: r.etag ?? '' };
    } catch (error) {
      if (isPreconditionFailed(error) || isNotFound(error)) return null;
      throw error;
    }
  }

  async deleteLease(tenantId: string, etag: string): Promise<void> {
    try {
      await this.table.deleteEntity(tenantId, 'lease', { etag });
    } catch (error) {
      if (!(error instanceof RestError) || (error.statusCode !== 404 && error.statusCode !== 412)) throw error;
    }
  }
}
