/**
 * Per-user dial-out policies as a Get-CsOnlineUser export (domain-facts §3.3):
 *
 *   Get-CsOnlineUser | Select-Object UserPrincipalName,OnlineDialOutPolicy | Export-Csv users.csv -NoTypeInformation
 *
 * Column order and extra columns do not matter; Windows PowerShell's "#TYPE …" first line is skipped. An empty
 * OnlineDialOutPolicy means the user has no assignment of their own: the Global policy applies. Policy names may carry
 * the "tag:" prefix. A file-level problem (no header, a missing column) fails the parse; otherwise the good rows come
 * back with every bad line's problem, and the caller looks the people up.
 */
import { GLOBAL_DIAL_OUT_POLICY, resolveDialOutPolicy } from '../billing/reference/dial-out-policies';
import { readCsvRecords } from '../billing/csv-records';
import { failure, success, type Result } from '../billing/result';
import type { CsvLineError } from './csv-line-error';

export interface PolicyCsvRow {
  readonly line: number;
  readonly userPrincipalName: string;
  /** The preset's canonical name ('Global' for an empty cell). */
  readonly policyName: string;
}

export const POLICY_CSV_COLUMNS = { upn: 'userprincipalname', policy: 'onlinedialoutpolicy' } as const;
/** A tenant export is one row per user; this is far above any organization that buys PPM per minute. */
export const MAX_POLICY_ROWS = 20_000;
const MAX_VALUE_ECHO = 60;

export interface PolicyCsvLines {
  readonly rows: readonly PolicyCsvRow[];
  readonly errors: readonly CsvLineError[];
}

export function parsePolicyCsv(text: string): Result<PolicyCsvLines, CsvLineError[]> {
  // The #TYPE line becomes an empty line, so every line keeps its number.
  const read = readCsvRecords(text, { dropLeading: /^#TYPE[^\n]*/i });
  if (!read.ok) return failure([read.error]);
  const [header, ...data] = read.value;
  if (!header || data.length === 0) return failure([{ line: header ? header.line : 1, code: 'empty-file' }]);
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const upnIndex = columns.indexOf(POLICY_CSV_COLUMNS.upn);
  const policyIndex = columns.indexOf(POLICY_CSV_COLUMNS.policy);
  const missing: CsvLineError[] = [];
  if (upnIndex < 0) missing.push({ line: header.line, code: 'missing-column', column: 'UserPrincipalName' });
  if (policyIndex < 0) missing.push({ line: header.line, code: 'missing-column', column: 'OnlineDialOutPolicy' });
  if (missing.length > 0) return failure(missing);
  if (data.length > MAX_POLICY_ROWS) return failure([{ line: 0, code: 'too-many-rows', value: String(data.length) }]);

  const errors: CsvLineError[] = [];
  const rows: PolicyCsvRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of data) {
    const line = rec.line;
    if (rec.cells.length !== header.cells.length) {
      errors.push({ line, code: 'wrong-column-count', value: String(rec.cells.length) });
      continue;
    }
    const upn = rec.cells[upnIndex]!.trim();
    const policyText = rec.cells[policyIndex]!.trim();
    if (upn === '') {
      errors.push({ line, code: 'missing-user', column: 'UserPrincipalName' });
      continue;
    }
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(upn)) {
      errors.push({ line, code: 'invalid-user-principal-name', column: 'UserPrincipalName', value: upn.slice(0, MAX_VALUE_ECHO) });
      continue;
    }
    const policy = policyText === '' ? { ok: true as const, value: GLOBAL_DIAL_OUT_POLICY } : resolveDialOutPolicy(policyText);
    if (!policy.ok) {
      errors.push({ line, code: 'unknown-policy', column: 'OnlineDialOutPolicy', value: policyText.slice(0, MAX_VALUE_ECHO) });
      continue;
    }
    const key = upn.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line, code: 'duplicate-user', column: 'UserPrincipalName', value: String(first) });
      continue;
    }
    seen.set(key, line);
    rows.push({ line, userPrincipalName: upn, policyName: policy.value.name });
  }
  return success({ rows, errors });
}
