/** The audit actions of the settings writes (the ledger records 'ledger.append' itself), and what they write to. */
import type { AuditLog } from '../store/audit-log';

export const AUDIT_ACTIONS = {
  settingsUpdate: 'settings.update',
  globalPolicySet: 'policy.global.set',
  policiesImport: 'policies.import',
  ratesReplace: 'rates.replace',
  /** An admin uploaded a usage export (the job id, the file's name, size and SHA-256). */
  usageImport: 'usage.import',
  /** That upload's job ended: succeeded or failed, rows added, duplicates skipped, errors. */
  usageImportFinished: 'usage.import.finished',
} as const;

export type SettingsAuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

export type AuditWriter = Pick<AuditLog, 'record'>;

/** Audit values are stored as one JSON property (at most 64 KiB): long lists keep their first items and say how many. */
export function capList<T>(items: readonly T[], max: number): { items: T[]; total: number } {
  return { items: items.slice(0, max), total: items.length };
}
