/**
 * Formatting for cards in the person's locale: money and numbers with Intl, country names with Intl.DisplayNames
 * (no hand-kept lists), dates, who fixes what, and input problems with the person's own text escaped.
 */
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { formatMoney, type Money, type RateSource, type Remedy } from '../billing';
import type { InputIssue } from '../conversation/answer-model';
import { MAX_CALLERS, MAX_MEETING_MINUTES } from '../conversation/input-fields';
import { MAX_ESTIMATE_LINES } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import { escapeCardText } from './render-card';
import { dateTimeFormat, numberFormat } from '../billing/intl-cache';

const regionNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string | null, t: Translator): string {
  if (code === null) return t.t('dialOut.internationalNetwork');
  let names = regionNames.get(t.formatLocale);
  if (!names) {
    names = new Intl.DisplayNames([t.formatLocale], { type: 'region', fallback: 'code' });
    regionNames.set(t.formatLocale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function money(amount: Money, t: Translator, precise = false): string {
  return formatMoney(amount, t.formatLocale, { precise });
}

export function integer(n: number, t: Translator): string {
  return numberFormat(t.formatLocale, { maximumFractionDigits: 2 }).format(n);
}

/** A calendar date ('2026-10-01') or the date of an instant, in UTC, in the person's style. */
export function date(value: string, t: Translator): string {
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) return value;
  return dateTimeFormat(t.formatLocale, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}

/** "Who can fix it: your Teams admin — change your dial-out policy …", or '' when nothing needs fixing. */
export function fixText(fix: Remedy, t: Translator): string {
  if (fix.code === 'none' || fix.fixedBy === null) return '';
  return t.t('fix.line', { who: t.t(`fixers.${fix.fixedBy}`), remedy: t.t(`remedies.${fix.code}`) });
}

function fieldLabel(issue: InputIssue, t: Translator): string {
  const field = t.t(`form.fields.${issue.field}`);
  return issue.line === null ? field : t.t('form.fieldOnLine', { line: issue.line + 1, field });
}

/** One input problem as a sentence; what the person typed is escaped so it cannot change the card. */
export function issueText(issue: InputIssue, t: Translator): string {
  return t.t(`errors.input.${issue.code}`, {
    field: fieldLabel(issue, t),
    input: escapeCardText(issue.input ?? ''),
    max: issue.code === 'durationTooLong' ? integer(MAX_MEETING_MINUTES, t) : issue.code === 'tooManyLines' ? MAX_ESTIMATE_LINES : integer(MAX_CALLERS, t),
  });
}

export const STATUS_COLOR = { pass: 'Good', fail: 'Attention', unknown: 'Warning', ok: 'Good', warning: 'Warning', blocked: 'Attention' } as const;

/** Where a rate came from: the admin's card (with its date), the demo card (labelled), or the tenant's own history. */
export function rateSourceText(source: RateSource, t: Translator): string {
  if (source.kind === 'learned') {
    return t.t('rates.learned', { calls: integer(source.sampleCalls, t), from: date(source.from, t), to: date(source.to, t) });
  }
  return source.card === 'demo' ? t.t('rates.demo') : t.t('rates.admin', { date: date(source.effectiveFrom, t) });
}

/** A number as people write it (+81 3-1234-5678); the person typed it, so it is theirs to see in full. */
export function phoneNumber(e164: string): string {
  try {
    return parsePhoneNumberWithError(e164).formatInternational();
  } catch {
    return e164;
  }
}

/** An instant as a date and time in the tenant's time zone, in the person's style ("12 Nov 2026, 09:30"). */
export function dateTimeIn(instant: string, timeZone: string, t: Translator): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  return dateTimeFormat(t.formatLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(ms);
}

/** Call seconds as minutes, at most one decimal ("12.5"). */
export function minutesOf(seconds: number, t: Translator): string {
  return numberFormat(t.formatLocale, { maximumFractionDigits: 1 }).format(Math.round(seconds / 6) / 10);
}

/**
 * Items of a short list, set apart the way the cards set figures apart ("France $1.20 · Japan $0.40"): Intl's unit
 * lists join Chinese items with no separator at all.
 */
export function listOf(items: readonly string[]): string {
  return items.join(' · ');
}
