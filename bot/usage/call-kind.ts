import { callTypeFamily, conferenceCallKind } from '../billing/reference/call-types';
import type { UsageCallKind } from './pstn-call';

/**
 * The report's "Number Type" / Graph `inventoryType` in one spelling: 'Toll free', 'TollFree' and 'toll-free' are the
 * same thing (toll and toll-free dial-in are told apart by number type: domain-facts §7.3). Unknown values are kept,
 * lower-cased and hyphenated, never dropped.
 */
const normalized = new Map<string, string | null>();

export function normalizeNumberType(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const known = normalized.get(raw);
  if (known !== undefined) return known;
  const value = normalizeNumberTypeText(raw);
  if (normalized.size < 1_000) normalized.set(raw, value);
  return value;
}

function normalizeNumberTypeText(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const folded = text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (folded === 'tollfree' || folded === 'tollfreenumber' || folded === 'servicetollfree') return 'toll-free';
  if (folded === 'toll' || folded === 'tollnumber' || folded === 'servicetoll') return 'toll';
  return text
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** conf_in/conf_out become the rate card's kinds (toll vs toll-free by number type); anything else its family. */
export function usageCallKind(callType: string, numberType: string | null): UsageCallKind {
  const kind = conferenceCallKind(callType, numberType === 'toll-free');
  if (kind) return kind;
  const family = callTypeFamily(callType);
  return family === 'conference' ? 'unknown' : family;
}
