/**
 * The dial-out check as an answer: for each number (or country) asked about, the verdict from the billing domain
 * with the organizer's licences, usage location, effective policy, the rates and the balance. No destination, or a
 * number that is not one, gets the form back with what was typed.
 */
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';
import { analyzePhoneNumber, detectOrganizerLicences, dialOutVerdict, type AnalyzedPhoneNumber } from '../billing';
import type { DialOutAnswer, DialOutCheck, InputIssue } from './answer-model';
import { issue, readCountry, readText } from './input-fields';
import type { OrganizerContext } from './organizer-context';

export const MAX_DIAL_OUT_CHECKS = 3;

export type DialOutDestinationRequest = { readonly phoneNumber: string } | { readonly country: string };

export function dialOutAnswer(
  context: OrganizerContext,
  destinations: readonly DialOutDestinationRequest[],
  priorIssues: readonly InputIssue[] = [],
): DialOutAnswer {
  const issues: InputIssue[] = [...priorIssues];
  const checks: DialOutCheck[] = [];
  let typedNumber: string | null = null;
  for (const destination of destinations.slice(0, MAX_DIAL_OUT_CHECKS)) {
    let number: AnalyzedPhoneNumber;
    if ('phoneNumber' in destination) {
      const analyzed = analyzePhoneNumber(destination.phoneNumber, context.organizer.usageLocation ?? undefined);
      if (!analyzed.ok) {
        issues.push(issue('invalidPhoneNumber', 'phoneNumber', null, destination.phoneNumber));
        typedNumber = destination.phoneNumber.slice(0, 40);
        continue;
      }
      number = analyzed.value;
    } else {
      number = wholeCountry(destination.country);
    }
    const verdict = dialOutVerdict({
      number,
      organizer: { usageLocation: context.organizer.usageLocation, licences: detectOrganizerLicences(context.user.assignedPlans) },
      policy: context.policy,
      settings: context.settings,
      lookupRate: context.lookupRate,
      balance: context.balance,
      on: context.today,
    });
    checks.push({ asked: 'phoneNumber' in destination ? { phoneNumber: number.e164 } : { country: destination.country }, verdict });
  }
  return {
    kind: 'dialOut',
    organizer: context.organizer,
    checks,
    policy: context.policyFacts,
    missing: destinations.length === 0 && issues.length === 0 ? ['destination'] : [],
    issues,
    typedNumber,
  };
}

/** "Can I dial Japan?": a number of that country whose type is not known, so the untyped rate applies. */
function wholeCountry(country: string): AnalyzedPhoneNumber {
  return {
    e164: '',
    callingCode: getCountryCallingCode(country as CountryCode),
    country,
    numberType: null,
    internationalNetwork: false,
    masked: '',
  };
}

/** The dial-out form's submission, or an API body: { phoneNumber } or { country }. */
export function dialOutRequestFrom(data: Record<string, unknown>): { destinations: DialOutDestinationRequest[]; issues: InputIssue[] } {
  const phone = readText(data.phoneNumber, 'phoneNumber', null, 40);
  if (phone.ok === false) return { destinations: [], issues: [phone.issue] };
  if (phone.ok === true) return { destinations: [{ phoneNumber: phone.value }], issues: [] };
  const country = readCountry(data.country, null);
  if (country.ok === false) return { destinations: [], issues: [country.issue] };
  if (country.ok === true) return { destinations: [{ country: country.value }], issues: [] };
  return { destinations: [], issues: [] };
}
