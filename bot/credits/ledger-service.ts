/**
 * Writes to the credit ledger on an admin's behalf (architecture "Credit balance"): checks the entry against the
 * ledger rules, appends it once per idempotency key, records who and what in the audit log, and lets the alerts look
 * again. Edits are new entries; a mistake is undone by a reversal.
 */
import type { Logger } from 'pino';
import type { AuditLog } from '../store/audit-log';
import type { LedgerAppendResult, LedgerEntryContent, LedgerStore, StoredLedgerEntry } from '../store/ledger-store';
import { contentToRecord } from '../store/ledger-store';
import type { LedgerEntry } from '../billing/ledger/ledger-entries';
import { parseBillingSettingsJson } from '../billing/settings-json';
import type { TenantSettingsSource } from './credits-service';
import { ledgerContentProblems, type LedgerProblem } from './ledger-rules';

export interface LedgerWrite {
  readonly tenantId: string;
  /** The admin's object id. */
  readonly actor: string;
  readonly idempotencyKey: string;
  readonly content: LedgerEntryContent;
  readonly now: Date;
}

export type LedgerWriteOutcome =
  | { readonly kind: 'created' | 'existing'; readonly entry: LedgerEntry }
  /** The idempotency key was used before for a different entry; that entry is returned, nothing is written. */
  | { readonly kind: 'key-reused'; readonly entry: LedgerEntry }
  | { readonly kind: 'rejected'; readonly problems: readonly LedgerProblem[] }
  | { readonly kind: 'tenant-not-found' };

export type LedgerStoreLike = Pick<LedgerStore, 'append' | 'get' | 'list'>;
export type AuditLogLike = Pick<AuditLog, 'record'>;

export interface LedgerServiceDeps {
  readonly ledger: LedgerStoreLike;
  readonly audit: AuditLogLike;
  readonly settings: TenantSettingsSource;
  /** Runs after an entry is created (alert evaluation); its failure is logged, never the writer's problem. */
  readonly onLedgerChanged: (tenantId: string) => Promise<void>;
  readonly logger: Logger;
}

export const AUDIT_ACTION_LEDGER_APPEND = 'ledger.append';

export class LedgerService {
  constructor(private readonly deps: LedgerServiceDeps) {}

  async record(write: LedgerWrite): Promise<LedgerWriteOutcome> {
    const tenant = await this.deps.settings.get(write.tenantId);
    if (!tenant) return { kind: 'tenant-not-found' };
    const billing = parseBillingSettingsJson(tenant.settings.billing);
    if (!billing.ok) throw new Error(`Tenant ${write.tenantId} has invalid billing settings`);

    const reversed = write.content.kind === 'reversal' ? await this.deps.ledger.get(write.tenantId, write.content.reverses) : null;
    const problems = ledgerContentProblems(write.content, {
      currency: billing.value.currency,
      now: write.now,
      reversalTargetExists: reversed !== null,
    });
    if (problems.length > 0) return { kind: 'rejected', problems };

    const result: LedgerAppendResult = await this.deps.ledger.append({
      tenantId: write.tenantId,
      idempotencyKey: write.idempotencyKey,
      content: write.content,
      recordedAt: write.now.toISOString(),
      recordedBy: write.actor,
    });
    if (result.outcome === 'key-reused') return { kind: 'key-reused', entry: result.stored.entry };

    // A replay records the audit row again under the same key, which repairs a write interrupted between the two.
    await this.audit(write.tenantId, result.stored, reversed);
    if (result.outcome === 'created') {
      this.deps.logger.info(
        { event: 'ledger.appended', tenantId: write.tenantId, entryId: result.stored.entry.id, kind: result.stored.entry.kind },
        'ledger entry recorded',
      );
      // Awaited, so the admin's answer comes after the alerts looked again; a failure there never fails the write.
      await this.deps.onLedgerChanged(write.tenantId).catch((error: unknown) => {
        this.deps.logger.error({ err: error, event: 'ledger.after-write-failed', tenantId: write.tenantId }, 'after-write hook failed');
      });
    }
    return { kind: result.outcome, entry: result.stored.entry };
  }

  async entries(tenantId: string): Promise<LedgerEntry[]> {
    return (await this.deps.ledger.list(tenantId)).map((stored) => stored.entry);
  }

  private async audit(tenantId: string, stored: StoredLedgerEntry, reversed: StoredLedgerEntry | null): Promise<void> {
    const entry = stored.entry;
    await this.deps.audit.record({
      tenantId,
      at: entry.recordedAt,
      id: entry.id,
      actor: entry.recordedBy ?? '',
      action: AUDIT_ACTION_LEDGER_APPEND,
      target: entry.id,
      // The ledger is append-only: nothing is overwritten, so "before" is what a reversal cancels.
      before: reversed ? { id: reversed.entry.id, ...contentToRecord(reversed.entry) } : null,
      after: { id: entry.id, ...contentToRecord(entry) },
    });
  }
}
