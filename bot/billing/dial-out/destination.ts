import type { NumberType } from '../numbers/number-types';
import type { AnalyzedPhoneNumber } from '../numbers/phone-number';
import { isZoneACountry } from '../reference/zone-a';

export interface DialOutDestination {
  /** The number with its last four digits masked. */
  readonly masked: string;
  readonly country: string | null;
  readonly numberType: NumberType | null;
  readonly internationalNetwork: boolean;
  /** Same country as the organizer's usage location; null when that location is not known. */
  readonly domestic: boolean | null;
  readonly zoneA: boolean;
}

const US_CA = new Set(['US', 'CA']);
/** The pairs where "domestic" is UNCERTAIN in the facts: US, Canada and Puerto Rico (domain-facts §3.1). */
const NORTH_AMERICA_EDGE = new Set(['US', 'CA', 'PR']);

/**
 * Domestic means the organizer's usage location, not the tenant's country (domain-facts §3.1, UNCERTAIN but the
 * strong inference). US↔Canada is international for meeting dial-out unless the tenant says otherwise.
 */
export function isDomesticDestination(organizerCountry: string, destinationCountry: string | null, usCaDomestic: boolean): boolean {
  if (destinationCountry === null) return false;
  if (organizerCountry === destinationCountry) return true;
  return usCaDomestic && US_CA.has(organizerCountry) && US_CA.has(destinationCountry);
}

export function isNorthAmericaEdgeCase(organizerCountry: string | null, destinationCountry: string | null): boolean {
  return (
    organizerCountry !== null &&
    destinationCountry !== null &&
    organizerCountry !== destinationCountry &&
    NORTH_AMERICA_EDGE.has(organizerCountry) &&
    NORTH_AMERICA_EDGE.has(destinationCountry)
  );
}

export function classifyDestination(
  number: AnalyzedPhoneNumber,
  organizerUsageLocation: string | null,
  usCaDomestic: boolean,
): DialOutDestination {
  const organizer = organizerUsageLocation?.trim().toUpperCase() || null;
  return {
    masked: number.masked,
    country: number.country,
    numberType: number.numberType,
    internationalNetwork: number.internationalNetwork,
    domestic: organizer === null ? null : isDomesticDestination(organizer, number.country, usCaDomestic),
    zoneA: number.country !== null && isZoneACountry(number.country),
  };
}
