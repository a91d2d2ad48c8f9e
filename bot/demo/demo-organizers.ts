/**
 * DEMO DATA. The organizers of the demo tenant's usage: the eight demo users (their ids are kept) plus generated ones
 * with made-up names, all @contoso.example.
 */
import { DemoRandom } from './demo-random';
import { DEMO_USERS, type DemoLicence } from './demo-tenant';

export interface DemoOrganizer {
  readonly id: string;
  readonly upn: string;
  readonly name: string;
  readonly usageLocation: string;
  readonly licence: DemoLicence;
  /** Relative meeting activity. */
  readonly activity: number;
}

const FIRST = ['Alex', 'Bea', 'Carlos', 'Dara', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Luca', 'Maya', 'Nikos', 'Oona', 'Pavel', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoe'];
const LAST = ['Abbott', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jansen', 'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okafor', 'Park', 'Quiroga', 'Rossi', 'Sato', 'Tanaka', 'Urbina', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zhang'];

/** Where generated organizers work (their usage location), weighted. */
export const ORGANIZER_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['US', 40],
  ['GB', 12],
  ['FR', 8],
  ['DE', 8],
  ['BR', 6],
  ['JP', 5],
  ['IN', 5],
  ['AU', 4],
  ['CA', 4],
  ['SG', 3],
  ['ES', 3],
  ['MX', 2],
];

export function demoOrganizers(generatedCount: number, seed: number): DemoOrganizer[] {
  const random = new DemoRandom(seed);
  const organizers: DemoOrganizer[] = DEMO_USERS.filter((u) => u.licence !== 'none').map((u) => ({
    id: u.aadObjectId,
    upn: u.userPrincipalName,
    name: u.displayName,
    usageLocation: u.usageLocation,
    licence: u.licence,
    activity: 1.5,
  }));
  for (let i = 1; i <= generatedCount; i += 1) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const n = String(i).padStart(4, '0');
    organizers.push({
      id: `b0000000-0000-4000-8000-00000000${n}`,
      upn: `${first.toLowerCase()}.${last.toLowerCase()}${n}@contoso.example`,
      name: `${first} ${last}`,
      usageLocation: random.weighted(ORGANIZER_COUNTRIES),
      licence: random.chance(0.85) ? 'ppm' : 'acSubscription',
      activity: 0.3 + random.next() * 1.4,
    });
  }
  return organizers;
}
