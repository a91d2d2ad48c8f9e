/**
 * Card form submissions, the same for Action.Execute (adaptiveCard/action invoke) and its Action.Submit fallback
 * (a message with a value): the verb says which form, the data carries the inputs. Nothing here trusts the data.
 */
import { MAX_ESTIMATE_LINES, type CardSubmission, type EstimateDraft, type InputIssue } from './answer-model';
import { dialOutRequestFrom, type DialOutDestinationRequest } from './dial-out-answer';
import { draftFromForm } from './estimate-input';
import { issue } from './input-fields';

export const CARD_VERBS = ['estimate.update', 'estimate.addLine', 'estimate.removeLine', 'dialOut.check'] as const;
export type CardVerb = (typeof CARD_VERBS)[number];

export type ParsedSubmission =
  | { readonly form: 'estimate'; readonly draft: EstimateDraft; readonly issues: readonly InputIssue[] }
  | { readonly form: 'dialOut'; readonly destinations: readonly DialOutDestinationRequest[]; readonly issues: readonly InputIssue[] }
  | { readonly form: 'none'; readonly issues: readonly InputIssue[] };

export function parseSubmission(submission: CardSubmission, usageLocation: string | null): ParsedSubmission {
  const { verb, data } = submission;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { form: 'none', issues: [issue('malformedSubmission', 'action', null)] };
  }
  if (typeof verb !== 'string' || !(CARD_VERBS as readonly string[]).includes(verb)) {
    return { form: 'none', issues: [issue('unknownAction', 'action', null, typeof verb === 'string' ? verb : undefined)] };
  }
  const record = data as Record<string, unknown>;
  switch (verb as CardVerb) {
    case 'dialOut.check': {
      const request = dialOutRequestFrom(record);
      return { form: 'dialOut', ...request };
    }
    case 'estimate.update':
      return { form: 'estimate', ...draftFromForm(record) };
    case 'estimate.addLine':
      return { form: 'estimate', ...addLine(draftFromForm(record), usageLocation) };
    case 'estimate.removeLine':
      return { form: 'estimate', ...removeLine(draftFromForm(record), record.removeLine) };
  }
}

/** A new line starts as one toll dial-in from the organizer's own country: complete, so the total stays shown. */
function addLine(parsed: { draft: EstimateDraft; issues: readonly InputIssue[] }, usageLocation: string | null) {
  if (parsed.draft.lines.length >= MAX_ESTIMATE_LINES) {
    return { draft: parsed.draft, issues: [...parsed.issues, issue('tooManyLines', 'lines', null, parsed.draft.lines.length + 1)] };
  }
  const line = { kind: 'dialInToll' as const, count: 1, country: usageLocation, phoneNumber: null, stayMinutes: null };
  return { draft: { ...parsed.draft, lines: [...parsed.draft.lines, line] }, issues: parsed.issues };
}

function removeLine(parsed: { draft: EstimateDraft; issues: readonly InputIssue[] }, raw: unknown) {
  const index = Number(typeof raw === 'string' || typeof raw === 'number' ? raw : NaN);
  if (!Number.isInteger(index) || index < 0 || index >= parsed.draft.lines.length) {
    return { draft: parsed.draft, issues: [...parsed.issues, issue('malformedSubmission', 'lines', null, raw)] };
  }
  const lines = parsed.draft.lines.filter((_, i) => i !== index);
  // The removed line's problems go with it; later lines move up by one.
  const issues = parsed.issues
    .filter((i) => i.line !== index)
    .map((i) => (i.line !== null && i.line > index ? { ...i, line: i.line - 1 } : i));
  return { draft: { ...parsed.draft, lines }, issues };
}
