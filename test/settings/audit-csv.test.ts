import { auditCsv, csvCell } from '../../bot/settings/audit-csv';
import type { AuditEntry } from '../../bot/settings/audit-query';

const HEADERS = { at: 'At', actorId: 'Id', actorName: 'Name', actorUpn: 'UPN', action: 'Action', target: 'Target', before: 'Before', after: 'After' };

describe('audit CSV', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTAB', `"'\tTAB"`],
    ['plain, "quoted"', '"plain, ""quoted"""'],
    ['Chen Mei-ling', '"Chen Mei-ling"'],
  ])('protects %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('starts with a BOM, ends lines with CRLF, writes before and after as JSON', () => {
    const entry: AuditEntry = {
      record: { tenantId: 't', at: '2026-01-02T03:04:05.000Z', id: 'x', actor: 'u1', action: 'settings.update', target: '=cmd|calc', before: { timeZone: 'UTC' }, after: { timeZone: 'Europe/Paris' } },
      actor: { id: 'u1', displayName: '@evil', userPrincipalName: 'u1@contoso.example' },
    };
    const csv = auditCsv([entry], HEADERS);
    expect(csv.startsWith('\uFEFF"At","Id","Name","UPN","Action","Target","Before","After"\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      `"2026-01-02T03:04:05.000Z","u1","'@evil","u1@contoso.example","settings.update","'=cmd|calc","{""timeZone"":""UTC""}","{""timeZone"":""Europe/Paris""}"`,
    );
  });
});
