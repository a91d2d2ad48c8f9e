/**
 * GET /api/v1/usage paths for the usage views: the range, a grouping and the filters, in the contract's query format.
 */
import type { UsageCallKindJson, UsageGroupByJson, UsageQueryJson } from '../../../bot/api/contracts';
import type { RangeChoice } from './RangePicker';

/** Audio conferencing (pay-per-minute): the rate card's three conference kinds. */
export const PPM_KINDS: readonly UsageCallKindJson[] = ['dial-in-toll', 'dial-in-toll-free', 'dial-out'];
/** Everything else that can draw on Communications Credits: auto attendants, call queues, calling-plan overage. */
export const OTHER_KINDS: readonly UsageCallKindJson[] = ['user', 'bot', 'unassigned', 'direct-routing', 'unknown'];

export const CALL_KIND_FILTERS = ['all', 'ppm', 'dial-in-toll', 'dial-in-toll-free', 'dial-out', 'other'] as const;
export type CallKindFilter = (typeof CALL_KIND_FILTERS)[number];

export interface UsageFilters {
  callKind: CallKindFilter;
  /** ISO alpha-2, or null for every country. */
  country: string | null;
  /** An organizer's user id, or null for everyone. */
  organizer: string | null;
}

export const NO_FILTERS: UsageFilters = { callKind: 'all', country: null, organizer: null };

/** Whether any filter narrows the usage (anything other than NO_FILTERS). */
export function filtersActive(filters: UsageFilters): boolean {
  return filters.callKind !== 'all' || filters.country !== null || filters.organizer !== null;
}

/** The call kinds a filter lets through; null: all of them. */
export function kindsOf(filter: CallKindFilter): readonly UsageCallKindJson[] | null {
  switch (filter) {
    case 'all':
      return null;
    case 'ppm':
      return PPM_KINDS;
    case 'other':
      return OTHER_KINDS;
    default:
      return [filter];
  }
}

export interface UsageRequest {
  range: RangeChoice;
  groupBy: UsageGroupByJson;
  filters: UsageFilters;
  /** Narrows the call-kind filter further (one series of a stacked chart); an empty list means "nothing to ask". */
  onlyKinds?: readonly UsageCallKindJson[];
  top?: number;
}

/** The path to ask, or null when the filters leave nothing to ask for (a series the call-kind filter excludes). */
export function usagePath(request: UsageRequest): string | null {
  const query: UsageQueryJson = { groupBy: request.groupBy };
  if (request.range.kind === 'preset') query.preset = request.range.preset;
  else {
    query.from = request.range.range.from;
    query.to = request.range.range.to;
  }
  let kinds = kindsOf(request.filters.callKind);
  if (request.onlyKinds) kinds = kinds ? kinds.filter((k) => request.onlyKinds?.includes(k)) : request.onlyKinds;
  if (kinds && kinds.length === 0) return null;
  if (kinds) query.callKind = kinds.join(',');
  if (request.filters.country) query.country = request.filters.country;
  if (request.filters.organizer) query.organizer = request.filters.organizer;
  if (request.top !== undefined) query.top = String(request.top);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string') params.set(key, value);
  return `/usage?${params.toString()}`;
}
