/**
 * The audit as admins and readers read it: every change in a range of days (in the tenant's time zone), newest first,
 * a page at a time, each with who did it (name and UPN from the directory), when, what, and before → after.
 */
import type { CalendarDate } from '../billing/time';
import type { Directory } from '../identity/directory';
import type { AuditLog, AuditRecord } from '../store/audit-log';
import type { TenantSettingsReader } from '../conversation/ports';
import { localDateOf } from '../usage/tenant-time';
import { addMonthsToFirst, monthsOfRange } from '../usage/usage-range';

export interface AuditActor {
  readonly id: string;
  readonly displayName: string | null;
  readonly userPrincipalName: string | null;
}

export interface AuditEntry {
  readonly record: AuditRecord;
  /** null for changes no person made (the demo seed). */
  readonly actor: AuditActor | null;
}

export interface AuditRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

export interface AuditPage {
  readonly timeZone: string;
  readonly total: number;
  readonly entries: readonly AuditEntry[];
}

export interface AuditQueryDeps {
  audit: Pick<AuditLog, 'listMonth'>;
  settings: TenantSettingsReader;
  directory: Pick<Directory, 'getUser'>;
}

/** A range may span at most this many days (the audit is kept per month; a year and a bit covers retention). */
export const MAX_AUDIT_RANGE_DAYS = 400;

export class AuditQueryService {
  constructor(private readonly deps: AuditQueryDeps) {}

  /** Every change in the range, newest first; `page` is 1-based. */
  async page(tenantId: string, range: AuditRange, page: number, pageSize: number): Promise<AuditPage | null> {
    const all = await this.all(tenantId, range);
    if (!all) return null;
    const slice = all.records.slice((page - 1) * pageSize, page * pageSize);
    return { timeZone: all.timeZone, total: all.records.length, entries: await this.withActors(tenantId, slice) };
  }

  /** Every change in the range, newest first (the CSV export). */
  async entries(tenantId: string, range: AuditRange): Promise<{ timeZone: string; entries: AuditEntry[] } | null> {
    const all = await this.all(tenantId, range);
    return all && { timeZone: all.timeZone, entries: await this.withActors(tenantId, all.records) };
  }

  private async all(tenantId: string, range: AuditRange): Promise<{ timeZone: string; records: AuditRecord[] } | null> {
    const tenant = await this.deps.settings.get(tenantId);
    if (!tenant) return null;
    const { timeZone } = tenant.settings;
    // Partitions are UTC months; a local day can fall in the month before or after.
    const months = monthsOfRange(addMonthsToFirst(range.from, -1), addMonthsToFirst(range.to, 1));
    const lists = await Promise.all(months.map((month) => this.deps.audit.listMonth(tenantId, month)));
    const records = lists
      .flat()
      .filter((r) => {
        const day = localDateOf(r.at, timeZone);
        return day >= range.from && day <= range.to;
      })
      .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
    return { timeZone, records };
  }

  private async withActors(tenantId: string, records: readonly AuditRecord[]): Promise<AuditEntry[]> {
    const actors = new Map<string, Promise<AuditActor>>();
    const actorOf = (id: string): Promise<AuditActor> => {
      let found = actors.get(id);
      if (!found) {
        found = this.deps.directory
          .getUser(tenantId, id)
          .catch(() => null)
          .then((user) => ({ id, displayName: user?.displayName ?? null, userPrincipalName: user?.userPrincipalName ?? null }));
        actors.set(id, found);
      }
      return found;
    };
    return Promise.all(records.map(async (record) => ({ record, actor: record.actor ? await actorOf(record.actor) : null })));
  }
}
