import { compareMoney, type Money } from '../money';
import type { AnalyzedPhoneNumber } from '../numbers/phone-number';
import type { RateLookup, RateLookupResult } from '../rates/rate-lookup';
import { countryAvailability } from '../reference/country-availability';
import { audioConferencingEntitlement, type OrganizerLicences } from '../reference/licences';
import { NO_REMEDY, remedy, type Remedy } from '../remedies';
import type { BillingSettings } from '../settings';
import type { CalendarDate } from '../time';
import { lineCharge } from '../estimate/call-charge';
import { balanceCoverage, type BalanceCoverage } from './balance-coverage';
import { classifyDestination, isNorthAmericaEdgeCase, type DialOutDestination } from './destination';
import type { DialOutReason, DialOutReasonDetails } from './dial-out-reasons';
import type { EffectiveDialOutPolicy } from './effective-policy';

export interface DialOutVerdictInput {
  /** Analyze the text first with analyzePhoneNumber(text, organizer's usage location): a bad number is a typed error there. */
  readonly number: AnalyzedPhoneNumber;
  readonly organizer: {
    readonly usageLocation: string | null;
    /** 'unknown' when the app could not read the organizer's plans. */
    readonly licences: OrganizerLicences | 'unknown';
  };
  readonly policy: EffectiveDialOutPolicy;
  readonly settings: BillingSettings;
  readonly lookupRate: RateLookup;
  /** The current balance estimate; null when there is none. Ignored for postpaid tenants. */
  readonly balance: Money | null;
  readonly on: CalendarDate;
}

/** Which entitlement pays: the US/CA add-on and the Zone A pool draw no credits (domain-facts §1.4). */
export type DialOutCoverage = 'us-ca-add-on' | 'zone-a-pool' | 'communications-credits';

export interface DialOutCost {
  readonly minutes: number;
  readonly cost: Money;
}

export interface DialOutVerdict {
  readonly verdict: 'blocked' | 'warning' | 'ok';
  /** Blocks first, then warnings, then information. */
  readonly reasons: readonly DialOutReason[];
  readonly destination: DialOutDestination;
  readonly policy: EffectiveDialOutPolicy;
  readonly coverage: DialOutCoverage;
  readonly rate: RateLookupResult;
  /** One call of 10, 30 and 60 minutes at this rate; null when the rate is unknown or the US/CA add-on pays. */
  readonly costFor: readonly DialOutCost[] | null;
  readonly balanceCovers: BalanceCoverage;
}

export const COST_EXAMPLE_MINUTES = [10, 30, 60] as const;
const US_CA = new Set(['US', 'CA']);

/** Will this dial-out work, and what will it cost? The rules are issue 3 "Dial-out verdict". */
export function dialOutVerdict(input: DialOutVerdictInput): DialOutVerdict {
  const { settings, organizer } = input;
  const reasons: DialOutReason[] = [];
  const destination = classifyDestination(input.number, organizer.usageLocation, settings.usCaDomestic);
  const organizerCountry = organizer.usageLocation?.trim().toUpperCase() || null;
  const where: DialOutReasonDetails = { destinationCountry: destination.country, organizerCountry };
  const block = (code: Extract<DialOutReason, { severity: 'block' }>['code'], fix: Remedy, details = where) =>
    reasons.push({ severity: 'block', code, remedy: fix, details });
  const warn = (code: Extract<DialOutReason, { severity: 'warning' }>['code'], fix: Remedy, details: DialOutReasonDetails = where) =>
    reasons.push({ severity: 'warning', code, remedy: fix, details });
  const inform = (
    code: Extract<DialOutReason, { severity: 'info' }>['code'],
    fix: Remedy = NO_REMEDY,
    details: DialOutReasonDetails = where,
  ) => reasons.push({ severity: 'info', code, remedy: fix, details });

  // Licence: dial-out needs Audio Conferencing, subscription or PPM (domain-facts §3.3 "Dial-out requires").
  const licences = organizer.licences;
  const entitlement = licences === 'unknown' ? 'unknown' : audioConferencingEntitlement(licences);
  if (entitlement === 'none') block('no-audio-conferencing-licence', remedy('assign-ppm-licence'));
  if (entitlement === 'unknown') warn('licence-unknown', remedy('grant-licence-read-permission'));
  if (organizerCountry === null) warn('usage-location-unknown', remedy('set-usage-location'));
  if (isNorthAmericaEdgeCase(organizerCountry, destination.country)) inform('north-america-domestic-uncertain');

  // Policy: the organizer's meeting dial-out setting (domain-facts §3.1, §3.2).
  const policy = input.policy;
  if (policy.kind === 'unknown') warn('policy-assignment-unknown', remedy('import-dial-out-policies'));
  else if (policy.policy.meetingDialOut === 'Disabled') block('policy-disables-dial-out', remedy('change-dial-out-policy'));
  else if (policy.policy.meetingDialOut === 'DomesticOnly' && destination.domestic === false)
    block('policy-domestic-only-destination-abroad', remedy('change-dial-out-policy'));
  else if (policy.policy.meetingDialOut === 'ZoneA' && !destination.zoneA)
    block('policy-zone-a-destination-outside-zone-a', remedy('change-dial-out-policy'));

  // Special numbers (domain-facts §3.4).
  const typeDetails = { ...where, numberType: destination.numberType };
  if (destination.numberType === 'premium-rate') warn('premium-rate-number', remedy('check-phone-number'), typeDetails);
  if (destination.numberType === 'shared-cost') warn('shared-cost-number', remedy('check-phone-number'), typeDetails);
  if (destination.numberType === 'toll-free' && destination.country !== null && destination.domestic === false) {
    warn('toll-free-outside-its-country', remedy('check-phone-number'), typeDetails);
  }
  if (destination.internationalNetwork) warn('satellite-or-international-network', remedy('check-phone-number'), typeDetails);

  const coverage = coverageOf(input, destination);
  if (coverage === 'us-ca-add-on') inform('covered-by-us-ca-add-on');
  // The pool's balance has no API (domain-facts §6.5): the call is free while it lasts, then metered.
  if (coverage === 'zone-a-pool') inform('covered-by-zone-a-pool');
  const metered = coverage === 'communications-credits';

  if (metered && licences !== 'unknown' && entitlement === 'subscription' && licences.communicationsCredits !== 'enabled') {
    // Subscription organizers need their own Communications Credits licence for metered calls (domain-facts §2.5).
    warn('communications-credits-licence-missing', remedy('assign-communications-credits-licence'));
  }
  if (metered) {
    const country = countryAvailability(settings.tenantCountry);
    if (country === undefined)
      inform('tenant-country-not-in-reference', remedy('set-tenant-country'), { tenantCountry: settings.tenantCountry });
    else if (!country.communicationsCredits) {
      warn('communications-credits-not-sold-in-tenant-country', remedy('contact-microsoft-account-team'), {
        tenantCountry: settings.tenantCountry,
      });
    }
  }

  const rate = input.lookupRate({ callKind: 'dial-out', country: destination.country, numberType: destination.numberType, on: input.on });
  // The price is shown for pool calls too: it applies once the pool runs out.
  const costFor =
    rate.kind === 'found' && coverage !== 'us-ca-add-on'
      ? COST_EXAMPLE_MINUTES.map((minutes) => ({ minutes, cost: lineCharge(rate.rate, minutes * 60, 1, settings.chargeRounding).subtotal }))
      : null;
  if (metered && rate.kind === 'unknown') warn('rate-unknown', rate.remedy);
  if (metered && rate.kind === 'found') {
    if (rate.source.kind === 'rate-card' && rate.source.card === 'demo') inform('demo-rate');
    const threshold = settings.highCostPerMinute;
    if (threshold !== null && compareMoney(rate.rate.perMinute, threshold) > 0) {
      warn('rate-above-high-cost-threshold', NO_REMEDY, { ...where, ratePerMinute: rate.rate.perMinute, threshold });
    }
  }

  const balanceCovers = balanceCoverage({ billingModel: settings.billingModel, balance: input.balance, rate, coverage });
  const balanceDetails = { balance: input.balance ?? undefined, lowBalanceMinutes: settings.lowBalanceMinutes };
  if (balanceCovers.kind === 'unknown' && balanceCovers.why === 'no-balance') inform('balance-unknown', remedy('enter-balance-snapshot'));
  if (balanceCovers.kind === 'minutes' && input.balance !== null && input.balance.micros <= 0n) {
    // What PPM does at zero is UNCERTAIN (domain-facts §2.4), so an exhausted balance warns rather than blocks.
    warn('balance-exhausted', remedy('add-communications-credits-funds'), { ...balanceDetails, minutes: 0 });
  } else if (balanceCovers.kind === 'minutes' && balanceCovers.minutes < settings.lowBalanceMinutes) {
    warn('balance-covers-few-minutes', remedy('add-communications-credits-funds'), { ...balanceDetails, minutes: balanceCovers.minutes });
  }

  const severityOrder = { block: 0, warning: 1, info: 2 } as const;
  reasons.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  const verdict = reasons.some((r) => r.severity === 'block')
    ? 'blocked'
    : reasons.some((r) => r.severity === 'warning')
      ? 'warning'
      : 'ok';
  return { verdict, reasons, destination, policy, coverage, rate, costFor, balanceCovers };
}

function coverageOf(input: DialOutVerdictInput, destination: DialOutDestination): DialOutCoverage {
  const licences = input.organizer.licences;
  if (licences === 'unknown') return 'communications-credits';
  const entitlement = audioConferencingEntitlement(licences);
  if (entitlement === 'none') return 'communications-credits';
  const premium = destination.numberType === 'premium-rate';
  // The add-on gives fair-use unlimited dial-out to US and Canada numbers with either AC entitlement (§1.4).
  if (licences.usCaDialOutAddOn === 'enabled' && destination.country !== null && US_CA.has(destination.country) && !premium)
    return 'us-ca-add-on';
  // The pool covers non-premium Zone A numbers for subscription organizers only; its balance has no API (§1.4, §6.5).
  if (entitlement === 'subscription' && destination.zoneA && !premium) return 'zone-a-pool';
  return 'communications-credits';
}
