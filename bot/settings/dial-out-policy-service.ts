/**
 * Dial-out policies as the admin sets them (domain-facts §3): the tenant's global policy, one of the 13 presets, stored
 * with source 'admin' and its date; and per-user assignments imported from a Get-CsOnlineUser export, previewed first,
 * each stored with source 'import' and the import date. The bot quotes both (source and date) in its dial-out answers.
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { DIAL_OUT_POLICIES, resolveDialOutPolicy, type DialOutPolicy } from '../billing/reference/dial-out-policies';
import type { Directory } from '../identity/directory';
import type { AuditLog } from '../store/audit-log';
import { runLimited } from '../store/batch-writer';
import type { DialOutPolicyStore, PolicyAssignment } from '../store/dial-out-policy-store';
import { SettingsConflictError, type TenantSettings, type TenantSettingsStore } from '../store/tenant-settings';
import { MAX_REPORTED_LINE_ERRORS, type CsvLineError } from './csv-line-error';
import { parsePolicyCsv } from './policy-csv';
import { AUDIT_ACTIONS, capList } from './settings-audit';

export type GlobalPolicy = TenantSettings['globalDialOutPolicy'];

export interface NamedAssignment extends PolicyAssignment {
  readonly userPrincipalName: string | null;
  readonly displayName: string | null;
}

export interface PoliciesView {
  readonly global: GlobalPolicy;
  readonly presets: readonly DialOutPolicy[];
  readonly assignments: readonly NamedAssignment[];
}

export interface PolicyImportRow {
  readonly line: number;
  readonly userPrincipalName: string;
  readonly userId: string;
  readonly displayName: string;
  readonly policyName: string;
  readonly current: PolicyAssignment | null;
  readonly change: 'new' | 'changed' | 'unchanged';
}

export type PolicyPreview =
  | { readonly ok: false; readonly errors: readonly CsvLineError[] }
  | { readonly ok: true; readonly fingerprint: string; readonly rows: readonly PolicyImportRow[] };

export type GlobalPolicyOutcome =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'unknown-policy' }
  | { readonly kind: 'set'; readonly global: GlobalPolicy };

export type PolicyApplyOutcome =
  | { readonly kind: 'invalid'; readonly errors: readonly CsvLineError[] }
  | { readonly kind: 'preview-outdated' }
  | { readonly kind: 'applied'; readonly importedAt: string; readonly rows: readonly PolicyImportRow[] };

export interface DialOutPolicyServiceDeps {
  settings: Pick<TenantSettingsStore, 'get' | 'save'>;
  policies: Pick<DialOutPolicyStore, 'get' | 'put' | 'list'>;
  directory: Pick<Directory, 'getUser' | 'findUserByPrincipalName'>;
  audit: Pick<AuditLog, 'record'>;
  logger: Logger;
}

const LOOKUPS_IN_FLIGHT = 8;
const SAVE_ATTEMPTS = 3;
const MAX_AUDITED_ROWS = 200;

export class DialOutPolicyService {
  constructor(private readonly deps: DialOutPolicyServiceDeps) {}

  async view(tenantId: string): Promise<PoliciesView | null> {
    const tenant = await this.deps.settings.get(tenantId);
    if (!tenant) return null;
    const stored = await this.deps.policies.list(tenantId);
    const assignments: NamedAssignment[] = [];
    await runLimited(stored, LOOKUPS_IN_FLIGHT, async (a) => {
      const user = await this.deps.directory.getUser(tenantId, a.userId).catch(() => null);
      assignments.push({ ...a, userPrincipalName: user?.userPrincipalName ?? null, displayName: user?.displayName ?? null });
    });
    assignments.sort((a, b) => (a.userPrincipalName ?? a.userId).localeCompare(b.userPrincipalName ?? b.userId));
    return { global: tenant.settings.globalDialOutPolicy, presets: DIAL_OUT_POLICIES, assignments };
  }

  /** Sets the tenant's global policy (Grant-CsDialoutPolicy -Global); another edit saved meanwhile is kept. */
  async setGlobal(write: { tenantId: string; actor: string; policyName: string; now: Date }): Promise<GlobalPolicyOutcome> {
    const policy = resolveDialOutPolicy(write.policyName);
    if (!policy.ok) return { kind: 'unknown-policy' };
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.deps.settings.get(write.tenantId);
      if (!current) return { kind: 'not-found' };
      const before = current.settings.globalDialOutPolicy;
      const global: GlobalPolicy = { name: policy.value.name, source: 'admin', setAt: write.now.toISOString(), setBy: write.actor };
      try {
        await this.deps.settings.save({ ...current.settings, globalDialOutPolicy: global }, current.etag);
      } catch (error) {
        // Only this field changes, so re-reading and writing again cannot undo anyone's edit.
        if (error instanceof SettingsConflictError && attempt < SAVE_ATTEMPTS) continue;
        throw error;
      }
      await this.deps.audit.record({
        tenantId: write.tenantId,
        at: global.setAt,
        id: `global-${attempt}-${write.actor}`,
        actor: write.actor,
        action: AUDIT_ACTIONS.globalPolicySet,
        target: 'global-dial-out-policy',
        before: { name: before.name, source: before.source, setAt: before.setAt },
        after: { name: global.name, source: global.source, setAt: global.setAt },
      });
      this.deps.logger.info({ event: 'policy.global.set', tenantId: write.tenantId, policy: global.name }, 'global dial-out policy set');
      return { kind: 'set', global };
    }
  }

  async preview(tenantId: string, csv: string): Promise<PolicyPreview> {
    const parsed = parsePolicyCsv(csv);
    if (!parsed.ok) return { ok: false, errors: parsed.error.slice(0, MAX_REPORTED_LINE_ERRORS) };
    const rows: PolicyImportRow[] = [];
    // Every bad line at once: those the file shows (unknown policies…) and the people the directory does not know.
    const errors: CsvLineError[] = [...parsed.value.errors];
    await runLimited(parsed.value.rows, LOOKUPS_IN_FLIGHT, async (row) => {
      const user = await this.deps.directory.findUserByPrincipalName(tenantId, row.userPrincipalName);
      if (!user) {
        errors.push({ line: row.line, code: 'unknown-user', column: 'UserPrincipalName', value: row.userPrincipalName.slice(0, 60) });
        return;
      }
      const current = await this.deps.policies.get(tenantId, user.id);
      const change = !current ? 'new' : current.policyName.toLowerCase() === row.policyName.toLowerCase() ? 'unchanged' : 'changed';
      rows.push({ line: row.line, userPrincipalName: user.userPrincipalName, userId: user.id.toLowerCase(), displayName: user.displayName, policyName: row.policyName, current, change });
    });
    if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_LINE_ERRORS) };
    rows.sort((a, b) => a.line - b.line);
    return { ok: true, fingerprint: fingerprintOf(rows), rows };
  }

  async apply(write: { tenantId: string; actor: string; csv: string; fingerprint: string; now: Date }): Promise<PolicyApplyOutcome> {
    const preview = await this.preview(write.tenantId, write.csv);
    if (!preview.ok) return { kind: 'invalid', errors: preview.errors };
    if (preview.fingerprint !== write.fingerprint) return { kind: 'preview-outdated' };
    const importedAt = write.now.toISOString();
    await runLimited(preview.rows, LOOKUPS_IN_FLIGHT, async (row) => {
      await this.deps.policies.put(write.tenantId, { userId: row.userId, policyName: row.policyName, source: 'import', assignedAt: importedAt, assignedBy: write.actor });
    });
    const changed = preview.rows.filter((r) => r.change !== 'unchanged');
    await this.deps.audit.record({
      tenantId: write.tenantId,
      at: importedAt,
      id: write.fingerprint.slice(0, 32),
      actor: write.actor,
      action: AUDIT_ACTIONS.policiesImport,
      target: 'dial-out-policies',
      before: capList(
        changed.map((r) => `${r.userPrincipalName}: ${r.current ? `${r.current.policyName} (${r.current.source})` : '—'}`),
        MAX_AUDITED_ROWS,
      ),
      after: { assignments: preview.rows.length, changed: changed.length, ...capList(changed.map((r) => `${r.userPrincipalName}: ${r.policyName} (import)`), MAX_AUDITED_ROWS) },
    });
    this.deps.logger.info({ event: 'policies.imported', tenantId: write.tenantId, rows: preview.rows.length, changed: changed.length }, 'dial-out policies imported');
    return { kind: 'applied', importedAt, rows: preview.rows };
  }
}

/** The same people with the same policies → the same fingerprint, whatever the row order. */
function fingerprintOf(rows: readonly PolicyImportRow[]): string {
  const canonical = rows
    .map((r) => `${r.userId}=${r.policyName}`)
    .sort()
    .join('\n');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
