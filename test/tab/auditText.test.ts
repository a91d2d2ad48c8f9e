/**
 * The audit view's "what" and "before → after" for usage imports, in the languages the tab ships.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditEntryJson } from '../../bot/api/contracts';
import { createFormatters } from '../../tab/src/locale/formatters';
import { createTranslate, type StringResources } from '../../tab/src/strings/strings';
import { auditActionText, auditChangeLines } from '../../tab/src/views/settings/auditText';

async function translate(language: string) {
  const resources = JSON.parse(readFileSync(path.join(__dirname, '../../tab/i18n', `${language}.json`), 'utf8')) as StringResources;
  return createTranslate(language, resources);
}

const entry = (action: string, after: unknown): AuditEntryJson => ({
  id: 'x',
  at: '2026-11-22T12:00:00Z',
  actor: { id: 'a', displayName: 'Dana Admin', userPrincipalName: 'dana@contoso.example' },
  action,
  target: 'job-1',
  before: null,
  after,
});

describe('usage imports in the audit', () => {
  const upload = entry('usage.import', { fileName: 'Calls.Export.1.zip', bytes: 1_536_000, sha256: 'ab'.repeat(32) });
  const succeeded = entry('usage.import.finished', { status: 'succeeded', error: null, rowsInFile: 12_034, rowsAdded: 12_000, rowsAlreadyPresent: 34, errorCount: 0 });
  const failed = entry('usage.import.finished', { status: 'failed', error: 'invalid-file', rowsInFile: 0, rowsAdded: 0, rowsAlreadyPresent: 0, errorCount: 3 });

  it('names the action and sums the upload and its outcome in English', async () => {
    const t = await translate('en-US');
    const format = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
    expect(auditActionText(t, 'usage.import')).toBe('Uploaded a usage export');
    expect(auditActionText(t, 'usage.import.finished')).toBe('Usage import finished');
    expect(auditChangeLines(t, format, upload, 'USD')).toEqual(['Calls.Export.1.zip, 1,500 KB uploaded']);
    expect(auditChangeLines(t, format, succeeded, 'USD')).toEqual(['Calls added: 12,000; duplicates skipped: 34']);
    expect(auditChangeLines(t, format, failed, 'USD')).toEqual(['Nothing imported (errors: 3)']);
  });

  it('formats the numbers in the reader’s locale and says when the file had no name', async () => {
    const t = await translate('fr-FR');
    const format = createFormatters({ locale: 'fr-FR', currency: 'EUR', timeZone: 'Europe/Paris' });
    expect(auditChangeLines(t, format, entry('usage.import', { fileName: null, bytes: 10 }), 'EUR')).toEqual(['fichier sans nom, 1 Ko envoyés']);
    expect(auditChangeLines(t, format, succeeded, 'EUR')[0]).toMatch(/^Appels ajoutés : 12\s000 ; doublons ignorés : 34$/u);
  });
});
