/**
 * The meeting cost estimate as an answer: a complete, valid draft gets priced; anything else gets the form back,
 * prefilled with what was understood, with what is missing and what is wrong. Never a guess.
 */
import {
  analyzePhoneNumber,
  estimateBalanceCoverage,
  estimateMeetingCost,
  type EstimateInputError,
  type EstimateLine,
} from '../billing';
import type { EstimateAnswer, EstimateDraft, EstimateDraftLine, InputIssue } from './answer-model';
import { issue } from './input-fields';
import type { OrganizerContext } from './organizer-context';
import type { MissingSlot } from './understanding';

export function estimateAnswer(context: OrganizerContext, draft: EstimateDraft, draftIssues: readonly InputIssue[]): EstimateAnswer {
  const missing = missingSlots(draft, draftIssues);
  const base = {
    kind: 'estimate' as const,
    organizer: context.organizer,
    draft,
    missing,
    on: context.today,
    rateCard: context.rateCard,
  };
  if (draftIssues.length > 0 || missing.length > 0) return { ...base, issues: draftIssues, estimate: null, balanceCheck: null };

  const issues: InputIssue[] = [];
  const lines: EstimateLine[] = [];
  draft.lines.forEach((line, index) => {
    const converted = toEstimateLine(line, index, context.organizer.usageLocation);
    if ('code' in converted) issues.push(converted);
    else lines.push(converted);
  });
  if (issues.length > 0) return { ...base, issues, estimate: null, balanceCheck: null };

  const result = estimateMeetingCost({
    durationMinutes: draft.durationMinutes!,
    lines,
    on: context.today,
    settings: context.settings,
    lookupRate: context.lookupRate,
  });
  if (!result.ok) return { ...base, issues: result.error.map((e) => domainIssue(e, draft)), estimate: null, balanceCheck: null };
  const balanceCheck = estimateBalanceCoverage({ billingModel: context.settings.billingModel, balance: context.balance, total: result.value.total });
  return { ...base, issues: [], estimate: result.value, balanceCheck };
}

function missingSlots(draft: EstimateDraft, issues: readonly InputIssue[]): MissingSlot[] {
  const missing: MissingSlot[] = [];
  const flagged = (field: InputIssue['field'], line: number | null) => issues.some((i) => i.field === field && i.line === line);
  if (draft.durationMinutes === null && !flagged('duration', null)) missing.push('duration');
  if (draft.lines.length === 0) missing.push('lines');
  if (draft.lines.some((l, i) => l.country === null && l.phoneNumber === null && !flagged('country', i))) missing.push('country');
  if (draft.lines.some((l, i) => (l.kind === null || l.kind === 'dialIn') && !flagged('kind', i))) missing.push('tollKind');
  return missing;
}

function toEstimateLine(line: EstimateDraftLine, index: number, usageLocation: string | null): EstimateLine | InputIssue {
  const count = line.count ?? 1;
  const stay = line.stayMinutes === null ? {} : { minutesEach: line.stayMinutes };
  if (line.kind === 'dialInToll' || line.kind === 'dialInTollFree') {
    return { kind: 'dial-in', country: line.country!, numberKind: line.kind === 'dialInToll' ? 'toll' : 'toll-free', participants: count, ...stay };
  }
  if (line.phoneNumber !== null) {
    const analyzed = analyzePhoneNumber(line.phoneNumber, usageLocation ?? undefined);
    if (!analyzed.ok) return issue('invalidPhoneNumber', 'phoneNumber', index, line.phoneNumber);
    return { kind: 'dial-out', destination: { number: analyzed.value }, calls: count, ...stay };
  }
  return { kind: 'dial-out', destination: { country: line.country! }, calls: count, ...stay };
}

function domainIssue(error: EstimateInputError, draft: EstimateDraft): InputIssue {
  const line = error.lineIndex;
  const at = line === null ? undefined : draft.lines[line];
  switch (error.code) {
    case 'invalid-duration':
      return issue((draft.durationMinutes ?? 0) > 0 ? 'durationTooLong' : 'durationNotPositive', 'duration', null, draft.durationMinutes);
    case 'invalid-participants':
    case 'invalid-calls':
      return issue((at?.count ?? 0) > 0 ? 'countTooLarge' : 'countNotPositive', 'count', line, at?.count);
    case 'invalid-stay':
      return issue('stayInvalid', 'stay', line, at?.stayMinutes);
    case 'stay-longer-than-meeting':
      return issue('stayLongerThanMeeting', 'stay', line, at?.stayMinutes);
    case 'invalid-country':
      return issue('unknownCountry', 'country', line, at?.country);
  }
}
