/**
 * An audit entry's "what" and "before → after" as people read them: the settings form's labels and localized values
 * for settings edits, summaries for imports, and a compact "key: value" rendering for anything else.
 */
import type { AuditEntryJson } from '../../../../bot/api/contracts';
import type { Formatters } from '../../locale/formatters';
import type { StringKey, Translate } from '../../strings/strings';
import { fieldOfPath } from './settingsDraft';
import { fieldLabel, fieldValueText } from './settingsText';

/** Audit action codes → their string keys (i18next splits keys at dots, so the codes cannot be keys themselves). */
const ACTIONS: Readonly<Record<string, StringKey>> = {
  'settings.update': 'settings.audit.actions.settingsUpdate',
  'policy.global.set': 'settings.audit.actions.globalPolicySet',
  'policies.import': 'settings.audit.actions.policiesImport',
  'rates.replace': 'settings.audit.actions.ratesReplace',
  'ledger.append': 'settings.audit.actions.ledgerAppend',
  'usage.import': 'settings.audit.actions.usageImport',
  'usage.import.finished': 'settings.audit.actions.usageImportFinished',
};
const MAX_LINES = 6;

export function auditActionText(t: Translate, action: string): string {
  const key = ACTIONS[action];
  return key ? t(key) : t('settings.audit.otherAction', { action });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list the audit capped ({items, total}). */
function cappedItems(value: unknown): { items: string[]; total: number } | null {
  if (!isRecord(value) || !Array.isArray(value.items) || typeof value.total !== 'number') return null;
  return { items: value.items.map(String), total: value.total };
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (isRecord(value)) {
    const capped = cappedItems(value);
    if (capped) return `${capped.items.join(', ')}${capped.total > capped.items.length ? ` (+${capped.total - capped.items.length})` : ''}`;
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${plain(v)}`)
      .join('; ');
  }
  return String(value);
}

function withMore(t: Translate, lines: string[]): string[] {
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), t('settings.audit.more', { count: lines.length - MAX_LINES })] : lines;
}

/** The lines of "before → after" for one entry. */
export function auditChangeLines(t: Translate, format: Formatters, entry: AuditEntryJson, currency: string): string[] {
  const { before, after } = entry;
  switch (entry.action) {
    case 'settings.update': {
      if (!isRecord(after)) break;
      const was = isRecord(before) ? before : {};
      return withMore(
        t,
        Object.keys(after).map((path) => {
          const field = fieldOfPath(path);
          if (!field) return `${path}: ${plain(was[path])} → ${plain(after[path])}`;
          return `${fieldLabel(t, field, currency)}: ${fieldValueText(t, format, field, was[path])} → ${fieldValueText(t, format, field, after[path])}`;
        }),
      );
    }
    case 'policy.global.set':
      if (isRecord(before) && isRecord(after)) return [`${plain(before.name)} → ${plain(after.name)}`];
      break;
    case 'rates.replace':
      if (isRecord(after)) {
        const count = (v: unknown) => cappedItems(v)?.total ?? 0;
        return withMore(t, [
          t('settings.audit.ratesSummary', { entries: plain(after.entries), added: count(after.added), changed: count(after.changed), removed: count(after.removed) }),
          ...(cappedItems(after.changed)?.items ?? []),
          ...(cappedItems(after.added)?.items ?? []),
          ...(cappedItems(after.removed)?.items ?? []),
        ]);
      }
      break;
    case 'policies.import':
      if (isRecord(after)) {
        const was = cappedItems(before)?.items ?? [];
        return withMore(t, [
          t('settings.audit.policiesSummary', { count: plain(after.assignments), changed: plain(after.changed) }),
          ...(cappedItems(after)?.items ?? []).map((line, i) => (was[i] ? `${was[i]} → ${line.split(': ').slice(1).join(': ')}` : line)),
        ]);
      }
      break;
    case 'usage.import':
      if (isRecord(after) && typeof after.bytes === 'number') {
        const kib = format.number(Math.max(1, Math.ceil(after.bytes / 1024)));
        return [t('settings.audit.usageUploadSummary', { fileName: typeof after.fileName === 'string' && after.fileName ? after.fileName : t('settings.audit.unnamedFile'), size: kib })];
      }
      break;
    case 'usage.import.finished':
      if (isRecord(after)) {
        const count = (v: unknown) => format.number(typeof v === 'number' ? v : 0);
        const summary = t(after.status === 'succeeded' ? 'settings.audit.usageImportSucceeded' : 'settings.audit.usageImportFailed', {
          added: count(after.rowsAdded),
          duplicates: count(after.rowsAlreadyPresent),
          errors: count(after.errorCount),
        });
        return [summary];
      }
      break;
  }
  const lines = [before === null || before === undefined ? '' : plain(before), plain(after)].filter(Boolean);
  return lines.length === 2 ? [`${lines[0]} → ${lines[1]}`] : lines;
}
