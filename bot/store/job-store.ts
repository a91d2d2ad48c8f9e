/**
 * The jobs table (architecture "Data"): imports and long tasks, partition tenantId, row job id. The tab polls a job
 * for its progress and result.
 */
import { getEntityOrNull, type TableStore } from './table-store';
import { odataString } from './batch-writer';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobRecord<P = unknown, R = unknown> {
  readonly tenantId: string;
  readonly id: string;
  readonly kind: string;
  readonly status: JobStatus;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly progress: P | null;
  readonly result: R | null;
  /** A code for a failed job ('invalid-file', 'interrupted', 'internal'…); details are in the result. */
  readonly error: string | null;
}

interface JobEntity {
  kind: string;
  status: JobStatus;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  progress: string;
  result: string;
  error: string;
}

export class JobStore {
  constructor(private readonly store: TableStore) {}

  private get table() {
    return this.store.table('jobs');
  }

  async create<P, R>(job: JobRecord<P, R>): Promise<void> {
    await this.table.createEntity<JobEntity>({
      partitionKey: job.tenantId,
      rowKey: job.id,
      kind: job.kind,
      status: job.status,
      createdAt: job.createdAt,
      createdBy: job.createdBy,
      updatedAt: job.updatedAt,
      progress: JSON.stringify(job.progress),
      result: JSON.stringify(job.result),
      error: job.error ?? '',
    });
  }

  async update<P, R>(tenantId: string, id: string, patch: { status?: JobStatus; updatedAt: string; progress?: P | null; result?: R | null; error?: string | null }): Promise<void> {
    const entity: Partial<JobEntity> & { partitionKey: string; rowKey: string } = { partitionKey: tenantId, rowKey: id, updatedAt: patch.updatedAt };
    if (patch.status !== undefined) entity.status = patch.status;
    if (patch.progress !== undefined) entity.progress = JSON.stringify(patch.progress);
    if (patch.result !== undefined) entity.result = JSON.stringify(patch.result);
    if (patch.error !== undefined) entity.error = patch.error ?? '';
    await this.table.updateEntity(entity, 'Merge');
  }

  async get<P, R>(tenantId: string, id: string): Promise<JobRecord<P, R> | null> {
    const e = await getEntityOrNull<JobEntity>(this.table, tenantId, id);
    return e ? jobRecordOf<P, R>(tenantId, id, e) : null;
  }

  /** Jobs of a kind still marked running (a process that died mid-job leaves them so). */
  async listUnfinished(tenantId: string, kind: string): Promise<Array<JobRecord>> {
    const jobs: JobRecord[] = [];
    const filter = `PartitionKey eq ${odataString(tenantId)} and kind eq ${odataString(kind)} and (status eq 'running' or status eq 'queued')`;
    for await (const e of this.table.listEntities<JobEntity>({ queryOptions: { filter } })) jobs.push(jobRecordOf(tenantId, e.rowKey!, e));
    return jobs;
  }
}

function jobRecordOf<P, R>(tenantId: string, id: string, e: JobEntity): JobRecord<P, R> {
  return {
    tenantId,
    id,
    kind: e.kind,
    status: e.status,
    createdAt: e.createdAt,
    createdBy: e.createdBy,
    updatedAt: e.updatedAt,
    progress: JSON.parse(e.progress) as P | null,
    result: JSON.parse(e.result) as R | null,
    error: e.error || null,
  };
}
