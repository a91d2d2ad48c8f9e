import { COUNTRY_AVAILABILITY_ROWS } from './country-availability.data';

/**
 * What an organization LOCATED IN a country can buy (domain-facts §4.1, §4.2). So it is checked against the tenant's
 * country; against a user's usage location it is only a hint (UNCERTAIN). The list may be incomplete (§4.2), so a
 * country that is absent is "unknown", never "not sold".
 */
export type AudioConferencingPurchase = 'purchasable' | 'ppm-only' | 'not-purchasable';
/** "Call Me"/dial-out: 'included' on exactly the 44 Zone A countries, metered elsewhere (§4.2). */
export type MeetingDialOutAvailability = 'included' | 'requires-communications-credits';

export interface CountryAvailability {
  readonly iso: string;
  /** The country as the source page names it. */
  readonly sourceName: string;
  readonly audioConferencing: AudioConferencingPurchase;
  readonly meetingDialOut: MeetingDialOutAvailability;
  readonly communicationsCredits: boolean;
  readonly zoneA: boolean;
  readonly tollFreeServiceNumbers: boolean;
  readonly callingPlans: boolean;
  /** The page's own wording, kept because several rows are ambiguous or inconsistent. */
  readonly raw: {
    readonly acPurchase: string;
    readonly callMeDialOut: string;
    readonly tollServiceNumbers: string;
    readonly tollFreeServiceNumbers: string;
    readonly callingPlans: string;
    readonly autoAssignedSharedTollCities: string;
    readonly tollNumberCities: string;
  };
  readonly source: { readonly path: string; readonly commit: string };
  /** Known data problems (Cambodia copy-pasted from Argentina, Belarus inconsistent, old pages…): §4.2 caveats. */
  readonly notes: string;
}

const BY_ISO = new Map(COUNTRY_AVAILABILITY_ROWS.map((row) => [row.iso, row]));

export function countryAvailability(iso: string): CountryAvailability | undefined {
  return BY_ISO.get(iso.trim().toUpperCase());
}

export function allCountryAvailability(): readonly CountryAvailability[] {
  return COUNTRY_AVAILABILITY_ROWS;
}
