/**
 * The audit as CSV (GET /api/v1/audit.csv): UTF-8 with a byte-order mark so spreadsheets read the encoding, CRLF line
 * ends (RFC 4180), every cell quoted, and every cell that a spreadsheet would evaluate as a formula (a leading = + - @,
 * tab or carriage return) prefixed with an apostrophe (OWASP "CSV Injection"). Before and after are JSON.
 */
import type { AuditEntry } from './audit-query';

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export interface AuditCsvHeaders {
  at: string;
  actorId: string;
  actorName: string;
  actorUpn: string;
  action: string;
  target: string;
  before: string;
  after: string;
}

/** One cell: formula-safe, then quoted with inner quotes doubled. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function auditCsv(entries: readonly AuditEntry[], headers: AuditCsvHeaders): string {
  const lines = [
    [headers.at, headers.actorId, headers.actorName, headers.actorUpn, headers.action, headers.target, headers.before, headers.after].map(csvCell).join(','),
  ];
  for (const { record, actor } of entries) {
    lines.push(
      [
        record.at,
        record.actor,
        actor?.displayName ?? '',
        actor?.userPrincipalName ?? '',
        record.action,
        record.target,
        JSON.stringify(record.before ?? null),
        JSON.stringify(record.after ?? null),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
