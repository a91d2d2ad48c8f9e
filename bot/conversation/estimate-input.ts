/**
 * The estimate's draft, from three doors: what the understanding found in a typed question, what a card form
 * submitted, and what an API body says. Each returns the draft (bad values left empty) and the issues found.
 */
import {
  MAX_ESTIMATE_LINES,
  type DraftLineKind,
  type EstimateDraft,
  type EstimateDraftLine,
  type InputIssue,
} from './answer-model';
import { issue, readCount, readCountry, readDuration, readStay, readText, type FieldResult } from './input-fields';
import type { LineRequest, UnderstoodEntities } from './understanding';

export interface DraftResult {
  readonly draft: EstimateDraft;
  readonly issues: readonly InputIssue[];
}

const FORM_KINDS: readonly DraftLineKind[] = ['dialInToll', 'dialInTollFree', 'dialOut'];

export const EMPTY_DRAFT: EstimateDraft = { durationMinutes: null, lines: [] };

export function draftFromUnderstanding(entities: UnderstoodEntities): DraftResult {
  const issues: InputIssue[] = [];
  const lines = entities.lines.slice(0, MAX_ESTIMATE_LINES).map(lineFromRequest);
  if (entities.lines.length > MAX_ESTIMATE_LINES) issues.push(issue('tooManyLines', 'lines', null, entities.lines.length));
  const duration = entities.durationMinutes === undefined ? null : entities.durationMinutes;
  const checked = duration === null ? { ok: 'absent' as const } : readDuration(duration);
  if (checked.ok === false) issues.push(checked.issue);
  return { draft: { durationMinutes: checked.ok === true ? checked.value : null, lines }, issues };
}

function lineFromRequest(line: LineRequest): EstimateDraftLine {
  return {
    kind: line.kind,
    count: line.count,
    country: line.country ?? null,
    phoneNumber: line.phoneNumber ?? null,
    stayMinutes: line.stayMinutes ?? null,
  };
}

/**
 * A card form: `durationMinutes`, `lineCount`, and per line `line{i}_kind`, `line{i}_count`, `line{i}_country`,
 * `line{i}_stay`, and `line{i}_phone` (carried in the action's data for a dial-out to a known number).
 */
export function draftFromForm(data: Record<string, unknown>): DraftResult {
  const issues: InputIssue[] = [];
  const keep = <T>(result: FieldResult<T>): T | null => {
    if (result.ok === false) issues.push(result.issue);
    return result.ok === true ? result.value : null;
  };
  const durationMinutes = keep(readDuration(data.durationMinutes));
  if (data.durationMinutes === undefined) issues.push(issue('missingField', 'duration', null));
  const declared = Number(typeof data.lineCount === 'string' || typeof data.lineCount === 'number' ? data.lineCount : NaN);
  const present = Object.keys(data)
    .map((key) => /^line(\d{1,3})_/.exec(key)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number);
  const lineCount = Math.max(Number.isInteger(declared) && declared >= 0 ? declared : 0, ...present.map((i) => i + 1), 0);
  if (lineCount > MAX_ESTIMATE_LINES) issues.push(issue('tooManyLines', 'lines', null, lineCount));
  const lines: EstimateDraftLine[] = [];
  for (let i = 0; i < Math.min(lineCount, MAX_ESTIMATE_LINES); i += 1) {
    lines.push(formLine(data, i, issues, keep));
  }
  return { draft: { durationMinutes, lines }, issues };
}

function formLine(
  data: Record<string, unknown>,
  i: number,
  issues: InputIssue[],
  keep: <T>(result: FieldResult<T>) => T | null,
): EstimateDraftLine {
  const rawKind = data[`line${i}_kind`];
  const kindText = keep(readText(rawKind, 'kind', i, 32));
  const kind = kindText === null ? null : FORM_KINDS.includes(kindText as DraftLineKind) ? (kindText as DraftLineKind) : null;
  if (kindText !== null && kind === null) issues.push(issue('unknownLineKind', 'kind', i, rawKind));
  if (rawKind === undefined || (typeof rawKind === 'string' && rawKind.trim() === '')) issues.push(issue('missingField', 'kind', i));
  const count = keep(readCount(data[`line${i}_count`], i));
  if (data[`line${i}_count`] === undefined || data[`line${i}_count`] === '') issues.push(issue('missingField', 'count', i));
  const country = keep(readCountry(data[`line${i}_country`], i));
  const stayMinutes = keep(readStay(data[`line${i}_stay`], i));
  // A number is kept as given; turning it into a destination (and refusing a bad one) is the estimate's job.
  const phone = keep(readText(data[`line${i}_phone`], 'phoneNumber', i, 40));
  return { kind, count, country, phoneNumber: kind === 'dialOut' || kind === null ? phone : null, stayMinutes };
}

/** The JSON body of POST /api/v1/estimate: { durationMinutes, lines: [{ kind, count, country?, phoneNumber?, stayMinutes? }] }. */
export function draftFromJson(body: unknown): DraftResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { draft: EMPTY_DRAFT, issues: [issue('malformedSubmission', 'lines', null)] };
  }
  const record = body as Record<string, unknown>;
  const form: Record<string, unknown> = { durationMinutes: record.durationMinutes };
  const lines = record.lines;
  if (lines !== undefined && !Array.isArray(lines)) return { draft: EMPTY_DRAFT, issues: [issue('malformedSubmission', 'lines', null)] };
  const list = (lines ?? []) as unknown[];
  form.lineCount = list.length;
  const issues: InputIssue[] = [];
  list.slice(0, MAX_ESTIMATE_LINES + 1).forEach((line, i) => {
    if (typeof line !== 'object' || line === null || Array.isArray(line)) {
      issues.push(issue('malformedSubmission', 'lines', i));
      return;
    }
    const l = line as Record<string, unknown>;
    Object.assign(form, {
      [`line${i}_kind`]: l.kind,
      [`line${i}_count`]: l.count,
      [`line${i}_country`]: l.country,
      [`line${i}_stay`]: l.stayMinutes,
      [`line${i}_phone`]: l.phoneNumber,
    });
  });
  const result = draftFromForm(form);
  return { draft: result.draft, issues: [...issues, ...result.issues] };
}
