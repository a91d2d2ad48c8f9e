/**
 * What every background job of this process shares (a usage import, a roll-up rebuild): a queued job record in the
 * jobs table for the tab to poll, the work run without holding up the request that started it, and idle() for tests
 * and shutdown. The work itself records its progress and outcome; whatever escapes it is the job's crash.
 */
import { randomUUID } from 'node:crypto';
import type { JobRecord } from '../store/job-store';

export function queuedJob<P, R>(fields: { tenantId: string; kind: string; createdBy: string; now: string; progress: P | null }): JobRecord<P, R> {
  return {
    tenantId: fields.tenantId,
    id: randomUUID(),
    kind: fields.kind,
    status: 'queued',
    createdAt: fields.now,
    createdBy: fields.createdBy,
    updatedAt: fields.now,
    progress: fields.progress,
    result: null,
    error: null,
  };
}

export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  /** Starts `work` now, without waiting for it; `crashed` hears what it throws (and must not throw itself). */
  start(work: () => Promise<void>, crashed: (error: unknown) => Promise<void> | void): void {
    const task = work().catch(async (error: unknown) => crashed(error));
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
  }

  /** Resolves when everything started here has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
