/**
 * Validators for values that arrive from card forms and API bodies. Card inputs arrive as strings, even from
 * Input.Number (toolchain-notes "Adaptive Cards"), so everything is checked here, on the server.
 * Each failure is an InputIssue with its own code, never an exception.
 */
import { getCountries } from 'libphonenumber-js/max';
import { MAX_CALLERS, MAX_MEETING_MINUTES } from '../billing';
import type { InputField, InputIssue, InputIssueCode } from './answer-model';

/** The estimate domain's own limits (billing/estimate), re-exported for the cards. */
export { MAX_CALLERS, MAX_MEETING_MINUTES };
const ECHO_LENGTH = 60;
const COUNTRIES = new Set<string>(getCountries());

/** Markup or template syntax where a number, code or phone number belongs: refused, never interpreted. */
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript\s*:|\bon[a-z]+\s*=|\$\{|\]\s*\(/i;
const DECIMAL = /^[+-]?\d{1,15}(?:[.,]\d{1,6})?$/;

export type FieldResult<T> = { ok: true; value: T } | { ok: false; issue: InputIssue } | { ok: 'absent' };

export function issue(code: InputIssueCode, field: InputField, line: number | null, raw?: unknown): InputIssue {
  const input = raw === undefined || raw === null ? undefined : echo(raw).slice(0, ECHO_LENGTH);
  return { code, field, line, ...(input !== undefined && input !== '' ? { input } : {}) };
}

/** What was sent, as text; never throws (objects without a prototype have no toString). */
function echo(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint') return String(raw);
  try {
    return JSON.stringify(raw) ?? '';
  } catch {
    return '';
  }
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

export function hasMarkup(raw: unknown): boolean {
  return typeof raw === 'string' && MARKUP.test(raw);
}

function readNumber(raw: unknown, field: InputField, line: number | null): FieldResult<number> {
  if (isBlank(raw)) return { ok: 'absent' };
  if (hasMarkup(raw)) return { ok: false, issue: issue('markupInText', field, line, raw) };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, issue: issue('notANumber', field, line, raw) };
  if (typeof raw !== 'string' || !DECIMAL.test(raw.trim())) return { ok: false, issue: issue('notANumber', field, line, raw) };
  return { ok: true, value: Number(raw.trim().replace(',', '.')) };
}

export function readDuration(raw: unknown): FieldResult<number> {
  const read = readNumber(raw, 'duration', null);
  if (read.ok !== true) return read;
  if (read.value <= 0) return { ok: false, issue: issue('durationNotPositive', 'duration', null, raw) };
  if (read.value > MAX_MEETING_MINUTES) return { ok: false, issue: issue('durationTooLong', 'duration', null, raw) };
  return read;
}

export function readCount(raw: unknown, line: number): FieldResult<number> {
  const read = readNumber(raw, 'count', line);
  if (read.ok !== true) return read;
  if (read.value <= 0) return { ok: false, issue: issue('countNotPositive', 'count', line, raw) };
  if (!Number.isInteger(read.value)) return { ok: false, issue: issue('notANumber', 'count', line, raw) };
  if (read.value > MAX_CALLERS) return { ok: false, issue: issue('countTooLarge', 'count', line, raw) };
  return read;
}

export function readStay(raw: unknown, line: number): FieldResult<number> {
  const read = readNumber(raw, 'stay', line);
  if (read.ok !== true) return read;
  if (read.value <= 0 || read.value > MAX_MEETING_MINUTES) return { ok: false, issue: issue('stayInvalid', 'stay', line, raw) };
  return read;
}

export function readCountry(raw: unknown, line: number | null): FieldResult<string> {
  if (isBlank(raw)) return { ok: 'absent' };
  if (hasMarkup(raw)) return { ok: false, issue: issue('markupInText', 'country', line, raw) };
  const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  return COUNTRIES.has(code) ? { ok: true, value: code } : { ok: false, issue: issue('unknownCountry', 'country', line, raw) };
}

export function readText(raw: unknown, field: InputField, line: number | null, maxLength = 100): FieldResult<string> {
  if (isBlank(raw)) return { ok: 'absent' };
  if (hasMarkup(raw)) return { ok: false, issue: issue('markupInText', field, line, raw) };
  if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, issue: issue('malformedSubmission', field, line, raw) };
  const text = String(raw).trim();
  return text.length > maxLength ? { ok: false, issue: issue('malformedSubmission', field, line, raw) } : { ok: true, value: text };
}
