/**
 * Reads and edits the tenant settings on an admin's behalf (issue 9): validated, ETag-guarded (a concurrent edit is a
 * conflict that carries the other version), audited with the fields that changed, and a change of time zone or usage
 * source of truth starts the roll-up rebuild as a job.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Directory, DirectoryUser } from '../identity/directory';
import type { AuditLog } from '../store/audit-log';
import { SettingsConflictError, type TenantSettings, type TenantSettingsStore, type VersionedSettings } from '../store/tenant-settings';
import { addMonthsToFirst } from '../usage/usage-range';
import { AUDIT_ACTIONS } from './settings-audit';
import { changedFields, settingsFormProblems, settingsFromForm, type FieldProblem } from './settings-form';
import type { RollupRebuildJob, RollupRebuildJobs, RollupRebuildReason } from './rollup-rebuild-jobs';
import type { TenantSettingsJson } from './settings-types';

export interface AdminView {
  readonly id: string;
  readonly displayName: string | null;
  readonly userPrincipalName: string | null;
  readonly fromConfig: boolean;
}

export interface SettingsView {
  readonly versioned: VersionedSettings;
  readonly admins: readonly AdminView[];
}

export interface SettingsEdit {
  readonly tenantId: string;
  readonly actor: string;
  readonly form: TenantSettingsJson;
  /** The storage etag the admin's form was read with. */
  readonly etag: string;
  readonly now: Date;
}

export type SettingsEditOutcome =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'invalid'; readonly problems: readonly FieldProblem[] }
  /** Someone else saved first: their version (null if the tenant vanished). */
  | { readonly kind: 'conflict'; readonly current: SettingsView | null }
  | { readonly kind: 'saved'; readonly view: SettingsView; readonly changed: boolean; readonly rebuildJob: RollupRebuildJob | null };

export interface LastSettingsChange {
  readonly at: string;
  readonly by: { readonly id: string; readonly displayName: string | null };
}

export interface TenantSettingsServiceDeps {
  settings: Pick<TenantSettingsStore, 'get' | 'save'>;
  directory: Pick<Directory, 'getUser' | 'findUserByPrincipalName'>;
  audit: Pick<AuditLog, 'record' | 'listMonth'>;
  rebuilds: Pick<RollupRebuildJobs, 'start'>;
  /** ADMIN_OBJECT_IDS: admins Settings cannot remove. */
  configAdmins: readonly string[];
  /** Run after a saved change (alerts look again at new thresholds); a failure is logged, never the admin's problem. */
  afterChange: ReadonlyArray<(tenantId: string) => Promise<void>>;
  logger: Logger;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TenantSettingsService {
  private readonly configAdmins: Set<string>;

  constructor(private readonly deps: TenantSettingsServiceDeps) {
    this.configAdmins = new Set(deps.configAdmins.map((id) => id.toLowerCase()));
  }

  async view(tenantId: string): Promise<SettingsView | null> {
    const versioned = await this.deps.settings.get(tenantId);
    return versioned ? this.viewOf(versioned) : null;
  }

  async edit(edit: SettingsEdit): Promise<SettingsEditOutcome> {
    const current = await this.deps.settings.get(edit.tenantId);
    if (!current) return { kind: 'not-found' };
    const problems = settingsFormProblems(edit.form);
    const admins = await this.resolveAdmins(edit.tenantId, edit.form.admins, problems);
    if (!admins.includes(edit.actor.toLowerCase()) && current.settings.adminObjectIds.some((id) => id.toLowerCase() === edit.actor.toLowerCase()) && !this.configAdmins.has(edit.actor.toLowerCase())) {
      // Removing yourself could leave nobody to put you back; another admin can.
      problems.push({ path: 'admins', code: 'cannot-remove-yourself' });
    }
    if (problems.length > 0) return { kind: 'invalid', problems };

    const next = settingsFromForm(current.settings, edit.form, admins);
    const changes = changedFields(current.settings, next);
    // The stored settings already say exactly this: nothing to save or audit, whatever version the form was read from.
    if (Object.keys(changes.after).length === 0) return { kind: 'saved', view: await this.viewOf(current), changed: false, rebuildJob: null };

    let saved: VersionedSettings;
    try {
      saved = await this.deps.settings.save(next, edit.etag);
    } catch (error) {
      if (error instanceof SettingsConflictError) return { kind: 'conflict', current: error.current && (await this.viewOf(error.current)) };
      throw error;
    }
    await this.deps.audit.record({
      tenantId: edit.tenantId,
      at: edit.now.toISOString(),
      id: randomUUID(),
      actor: edit.actor,
      action: AUDIT_ACTIONS.settingsUpdate,
      target: 'tenant-settings',
      before: changes.before,
      after: changes.after,
    });
    this.deps.logger.info({ event: 'settings.updated', tenantId: edit.tenantId, fields: Object.keys(changes.after) }, 'tenant settings updated');

    const reason = rebuildReason(current.settings, next);
    const rebuildJob = reason ? await this.deps.rebuilds.start(edit.tenantId, edit.actor, reason) : null;
    for (const hook of this.deps.afterChange) {
      await hook(edit.tenantId).catch((error: unknown) => this.deps.logger.error({ err: error, event: 'settings.after-change-failed', tenantId: edit.tenantId }, 'after-settings-change hook failed'));
    }
    return { kind: 'saved', view: await this.viewOf(saved), changed: true, rebuildJob };
  }

  /** Who last saved the settings and when, from the audit of this month and the last. */
  async lastChange(tenantId: string, now: Date): Promise<LastSettingsChange | null> {
    const thisMonth = now.toISOString().slice(0, 7);
    const lastMonth = addMonthsToFirst(`${thisMonth}-01`, -1).slice(0, 7);
    for (const month of [thisMonth, lastMonth]) {
      const records = (await this.deps.audit.listMonth(tenantId, month)).filter((r) => r.action === AUDIT_ACTIONS.settingsUpdate);
      const latest = records.sort((a, b) => a.at.localeCompare(b.at)).at(-1);
      if (latest) {
        const user = latest.actor ? await this.deps.directory.getUser(tenantId, latest.actor) : null;
        return { at: latest.at, by: { id: latest.actor, displayName: user?.displayName ?? null } };
      }
    }
    return null;
  }

  private async viewOf(versioned: VersionedSettings): Promise<SettingsView> {
    const tenantId = versioned.settings.tenantId;
    const ids = [...new Set([...versioned.settings.adminObjectIds.map((id) => id.toLowerCase()), ...this.configAdmins])];
    const admins = await Promise.all(
      ids.map(async (id): Promise<AdminView> => {
        const user = await this.deps.directory.getUser(tenantId, id).catch(() => null);
        return { id, displayName: user?.displayName ?? null, userPrincipalName: user?.userPrincipalName ?? null, fromConfig: this.configAdmins.has(id) };
      }),
    );
    return { versioned, admins };
  }

  /** Object ids for the form's admins (ids or UPNs); unknown people become problems. */
  private async resolveAdmins(tenantId: string, entries: readonly string[], problems: FieldProblem[]): Promise<string[]> {
    const ids = new Set<string>();
    await Promise.all(
      entries.map(async (entry, index) => {
        const text = entry.trim();
        let user: DirectoryUser | null = null;
        if (GUID.test(text)) user = await this.deps.directory.getUser(tenantId, text);
        else if (/^[^@\s]+@[^@\s]+$/.test(text)) user = await this.deps.directory.findUserByPrincipalName(tenantId, text);
        else return problems.push({ path: `admins.${index}`, code: 'not-a-user' });
        if (!user) return problems.push({ path: `admins.${index}`, code: 'unknown-user' });
        ids.add(user.id.toLowerCase());
        return undefined;
      }),
    );
    return [...ids].sort();
  }
}

function rebuildReason(before: TenantSettings, after: TenantSettings): RollupRebuildReason | null {
  const reason: { -readonly [K in keyof RollupRebuildReason]: RollupRebuildReason[K] } = {};
  if (before.timeZone !== after.timeZone) reason.timeZone = { from: before.timeZone, to: after.timeZone };
  if (before.usageSourceOfTruth !== after.usageSourceOfTruth) reason.usageSourceOfTruth = { from: before.usageSourceOfTruth, to: after.usageSourceOfTruth };
  return Object.keys(reason).length > 0 ? reason : null;
}
