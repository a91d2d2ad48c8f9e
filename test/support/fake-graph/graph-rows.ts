/**
 * Generated pstnCallLogRow objects in Graph's exact JSON shape (domain-facts §6.1), deterministic by seed. Charges are
 * Doubles with up to four decimals, as Graph sends them.
 */
import type { GraphPstnCallLogRow } from '../../../bot/graph/graph-types';
import { DemoRandom } from '../../../bot/demo/demo-random';

export interface FakeGraphRow extends GraphPstnCallLogRow {
  /** Not Graph's: when the row becomes visible (calls appear 24 to 48 hours late). Stripped before sending. */
  _availableAt?: string;
}

const ORGANIZERS = Array.from({ length: 12 }, (_, i) => ({
  id: `c0000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  upn: `organizer${i + 1}@fabrikam.example`,
  name: `Organizer ${i + 1}`,
  location: ['US', 'GB', 'FR', 'DE', 'JP', 'BR'][i % 6]!,
}));
const COUNTRIES: ReadonlyArray<readonly [string, string, string]> = [
  ['US', 'United States', '1'],
  ['GB', 'United Kingdom', '44'],
  ['FR', 'France', '33'],
  ['DE', 'Germany', '49'],
  ['JP', 'Japan', '81'],
  ['BR', 'Brazil', '55'],
  ['IN', 'India', '91'],
  ['AU', 'Australia', '61'],
];

export function generateGraphRows(options: { count: number; from: Date; to: Date; seed?: number; lagHours?: [number, number] }): FakeGraphRow[] {
  const random = new DemoRandom(options.seed ?? 7);
  const span = options.to.getTime() - options.from.getTime();
  const rows: FakeGraphRow[] = [];
  let conferenceId = '';
  let organizer = ORGANIZERS[0]!;
  for (let i = 0; i < options.count; i += 1) {
    if (i % 3 === 0) {
      conferenceId = random.digits(9);
      organizer = random.pick(ORGANIZERS);
    }
    const startMs = options.from.getTime() + Math.floor(random.next() * span);
    const duration = random.int(30, 3600);
    const kind = random.weighted<'conf_in' | 'conf_out' | 'ucap_in' | 'user_out' | 'dr_out'>([
      ['conf_in', 60],
      ['conf_out', 25],
      ['ucap_in', 7],
      ['user_out', 5],
      ['dr_out', 3],
    ]);
    const [country, countryName, cc] = random.pick(COUNTRIES);
    const tollFree = kind !== 'conf_out' && random.chance(0.4);
    const named = kind === 'conf_out' || kind === 'user_out' || (kind === 'conf_in' && random.chance(0.5));
    const perMinute = tollFree ? 0.0321 + random.int(0, 50) / 10000 : 0.0123 + random.int(0, 30) / 10000;
    const free = kind === 'dr_out' || random.chance(0.05);
    const charge = free ? 0 : Math.round(Math.ceil(duration / 60) * perMinute * 10000) / 10000;
    const [lagMin, lagMax] = options.lagHours ?? [24, 48];
    rows.push({
      id: random.guid(),
      callId: `${random.hex(10)}@10.0.${random.int(0, 255)}.${random.int(0, 255)}`,
      userId: named ? organizer.id : null,
      userPrincipalName: named ? organizer.upn : null,
      userDisplayName: named ? organizer.name : null,
      startDateTime: `${new Date(startMs).toISOString().slice(0, 19)}.${random.digits(7)}Z`,
      endDateTime: new Date(startMs + duration * 1000).toISOString(),
      duration,
      charge,
      callType: kind,
      currency: 'USD',
      calleeNumber: `+${cc}${random.digits(9)}`,
      usageCountryCode: named ? organizer.location : null,
      tenantCountryCode: 'US',
      connectionCharge: kind === 'conf_out' && !free && random.chance(0.3) ? 0.01 : 0,
      callerNumber: `+${cc}${random.digits(9)}`,
      destinationContext: country === organizer.location ? 'Domestic' : 'International',
      destinationName: countryName,
      conferenceId: kind === 'conf_in' || kind === 'conf_out' ? conferenceId : null,
      licenseCapability: kind === 'ucap_in' ? 'MCOEV_VIRTUALUSER' : kind === 'user_out' ? 'MCOPSTNPP' : kind === 'dr_out' ? 'MCOEV' : free ? 'FREECALL' : 'MCOMEETACPEA',
      inventoryType: kind === 'conf_out' || kind === 'user_out' || kind === 'dr_out' ? 'Subscriber' : tollFree ? 'TollFree' : 'Toll',
      operator: 'Microsoft',
      callDurationSource: 'microsoft',
      otherPartyCountryCode: country,
      _availableAt: new Date(startMs + random.int(lagMin, lagMax) * 3_600_000).toISOString(),
    });
  }
  return rows;
}
