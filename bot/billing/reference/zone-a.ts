/**
 * Zone A: the 44 countries/regions whose non-premium numbers the AC subscription's dial-out pool covers, and the only
 * destinations the ZoneA dial-out policy allows. Source: domain-facts §1.4 (OSB Teams/audio-conferencing-zones.md
 * @17a2f6d). `sourceName` is the name as the source spells it; the ISO code is ours.
 */
export interface ZoneACountry {
  readonly iso: string;
  readonly sourceName: string;
}

export const ZONE_A_COUNTRIES: readonly ZoneACountry[] = [
  { iso: 'AU', sourceName: 'Australia' },
  { iso: 'AT', sourceName: 'Austria' },
  { iso: 'BE', sourceName: 'Belgium' },
  { iso: 'BR', sourceName: 'Brazil' },
  { iso: 'BG', sourceName: 'Bulgaria' },
  { iso: 'CA', sourceName: 'Canada' },
  { iso: 'CN', sourceName: 'China' },
  { iso: 'HR', sourceName: 'Croatia' },
  { iso: 'CZ', sourceName: 'Czech Republic' },
  { iso: 'DK', sourceName: 'Denmark' },
  { iso: 'EE', sourceName: 'Estonia' },
  { iso: 'FI', sourceName: 'Finland' },
  { iso: 'FR', sourceName: 'France' },
  { iso: 'DE', sourceName: 'Germany' },
  { iso: 'GR', sourceName: 'Greece' },
  { iso: 'HK', sourceName: 'Hong Kong' },
  { iso: 'HU', sourceName: 'Hungary' },
  { iso: 'IN', sourceName: 'India' },
  { iso: 'IE', sourceName: 'Ireland' },
  { iso: 'IT', sourceName: 'Italy' },
  { iso: 'JP', sourceName: 'Japan' },
  { iso: 'LU', sourceName: 'Luxembourg' },
  { iso: 'MY', sourceName: 'Malaysia' },
  { iso: 'MX', sourceName: 'Mexico' },
  { iso: 'NL', sourceName: 'Netherlands' },
  { iso: 'NZ', sourceName: 'New Zealand' },
  { iso: 'NO', sourceName: 'Norway' },
  { iso: 'PL', sourceName: 'Poland' },
  { iso: 'PT', sourceName: 'Portugal' },
  { iso: 'PR', sourceName: 'Puerto Rico' },
  { iso: 'RO', sourceName: 'Romania' },
  { iso: 'RU', sourceName: 'Russia' },
  { iso: 'SG', sourceName: 'Singapore' },
  { iso: 'SK', sourceName: 'Slovak Republic' },
  { iso: 'SI', sourceName: 'Slovenia' },
  { iso: 'ZA', sourceName: 'South Africa' },
  { iso: 'KR', sourceName: 'South Korea' },
  { iso: 'ES', sourceName: 'Spain' },
  { iso: 'SE', sourceName: 'Sweden' },
  { iso: 'CH', sourceName: 'Switzerland' },
  { iso: 'TW', sourceName: 'Taiwan' },
  { iso: 'TH', sourceName: 'Thailand' },
  { iso: 'GB', sourceName: 'United Kingdom' },
  { iso: 'US', sourceName: 'United States' },
];

const ZONE_A_ISO = new Set(ZONE_A_COUNTRIES.map((c) => c.iso));

export function isZoneACountry(iso: string): boolean {
  return ZONE_A_ISO.has(iso.toUpperCase());
}
