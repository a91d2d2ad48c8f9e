/**
 * DEMO DATA, NOT REAL CALLS. Thirteen months of PSTN usage for the demo tenant, written in the Teams admin center
 * export format (domain-facts §7.5) and imported at local start through the real import path. Deterministic: a fixed
 * seed, and "now" is the service clock. Prices come from the demo rate card (labelled demo data).
 * Shape (tested): the demo organizers plus a few hundred generated ones, at least 20 countries, toll-free 30–50% of
 * dial-in minutes, weekday minutes at least 5× weekend minutes, one spike month at least 2× the baseline.
 */
import { divideRounded } from '../billing/money';
import { DEMO_RATE_CARD } from '../billing/rates/demo-rate-card';
import type { CallKind } from '../billing/reference/call-types';
import { addDays, weekdayOf, type CalendarDate } from '../billing/time';
import { englishCountryName } from '../usage/country-names';
import { EXPORT_COLUMNS, type ExportColumn } from '../usage/normalize-export-row';
import { localDateOfMs, localMidnightMs } from '../usage/tenant-time';
import { addMonthsToFirst } from '../usage/usage-range';
import { DemoRandom } from './demo-random';
import { demoOrganizers, type DemoOrganizer } from './demo-organizers';

export type DemoUsageSize = 'small' | 'full';
export const DEMO_USAGE_VERSION = 1;
export const DEMO_USAGE_SEED = 0x5eed0006;
/** Calls appear 24 to 48 hours late (domain-facts §7.1); the demo's newest call is 36 hours old. */
export const DEMO_LAG_HOURS = 36;

const SIZES: Record<DemoUsageSize, { generated: number; meetingsPerDay: number; extrasPerDay: number }> = {
  small: { generated: 24, meetingsPerDay: 0.09, extrasPerDay: 1 },
  full: { generated: 292, meetingsPerDay: 0.35, extrasPerDay: 4 },
};

/** Dial-in and dial-out countries (24, all on the demo rate card). */
const CALL_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['US', 20], ['GB', 10], ['DE', 8], ['FR', 8], ['IN', 6], ['JP', 5], ['BR', 5], ['CA', 5], ['AU', 4], ['ES', 4], ['IT', 4], ['NL', 3],
  ['SG', 3], ['MX', 3], ['CH', 2], ['SE', 2], ['PL', 2], ['IE', 2], ['CN', 2], ['HK', 2], ['KR', 2], ['ZA', 1], ['NZ', 1], ['AR', 1],
];
const CALLING_CODES: Readonly<Record<string, string>> = {
  US: '1', CA: '1', GB: '44', DE: '49', FR: '33', IN: '91', JP: '81', BR: '55', AU: '61', ES: '34', IT: '39', NL: '31', SG: '65', MX: '52',
  CH: '41', SE: '46', PL: '48', IE: '353', CN: '86', HK: '852', KR: '82', ZA: '27', NZ: '64', AR: '54', RU: '7', TW: '886',
};

export interface DemoUsage {
  readonly csv: string;
  readonly rows: number;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly spikeMonth: string;
  readonly organizers: number;
}

function perMinuteMicros(kind: CallKind, country: string, mobile: boolean): { perMinute: bigint; fee: bigint } {
  const entries = DEMO_RATE_CARD.entries.filter((e) => e.callKind === kind && e.country === country);
  const entry = (mobile ? entries.find((e) => e.numberType === 'mobile') : undefined) ?? entries.find((e) => e.numberType === null)!;
  return { perMinute: entry.rate.perMinute.micros, fee: entry.rate.connectionFee.micros };
}

/** The export's numeric(16,2): whole cents as a decimal string. */
function cents(micros: bigint): string {
  const c = divideRounded(micros, 10_000n, 'half-up');
  return `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function phone(random: DemoRandom, country: string, tollFree = false): string {
  const cc = CALLING_CODES[country] ?? '1';
  return tollFree ? `+${cc}800${random.digits(7)}` : `+${cc}${random.digits(cc === '1' ? 10 : 9)}`;
}

type Row = Record<ExportColumn, string>;

export function generateDemoUsage(options: { size: DemoUsageSize; now: Date; timeZone: string }): DemoUsage {
  const size = SIZES[options.size];
  const random = new DemoRandom(DEMO_USAGE_SEED);
  const organizers = demoOrganizers(size.generated, DEMO_USAGE_SEED + 1);
  const newestMs = options.now.getTime() - DEMO_LAG_HOURS * 3_600_000;
  const to = localDateOfMs(newestMs, options.timeZone);
  const from = addMonthsToFirst(to, -12);
  const spikeMonth = addMonthsToFirst(to, -4).slice(0, 7);
  const lines: string[] = [EXPORT_COLUMNS.join(',')];
  const push = (row: Row) => lines.push(EXPORT_COLUMNS.map((c) => csvField(row[c])).join(','));

  const leg = (o: DemoOrganizer | null, named: boolean, confId: string, callType: 'conf_in' | 'conf_out' | 'ucap_in' | 'user_out', country: string, startMs: number, seconds: number, opts: { tollFree?: boolean; mobile?: boolean; capability: string; charged: boolean }): Row => {
    const kind: CallKind = callType === 'conf_out' || callType === 'user_out' ? 'dial-out' : opts.tollFree ? 'dial-in-toll-free' : 'dial-in-toll';
    const { perMinute, fee } = perMinuteMicros(kind, country, opts.mobile ?? false);
    const minutes = BigInt(Math.ceil(seconds / 60));
    const home = o?.usageLocation ?? 'US';
    const bridge = phone(random, home);
    const outbound = kind === 'dial-out';
    return {
      UsageId: random.guid(),
      'Call ID': random.guid(),
      'Conference ID': confId,
      'User Location': named && o ? o.usageLocation : '',
      'AAD ObjectId': named && o ? o.id : '',
      UPN: named && o ? o.upn : '',
      'User Display Name': named && o ? o.name : '',
      'Caller ID': outbound ? bridge : phone(random, country),
      'Call Type': callType,
      'Number Type': outbound ? '' : opts.tollFree ? 'Toll free' : 'Toll',
      'Domestic/International': country === home ? 'Domestic' : 'International',
      'Destination Dialed': englishCountryName(country),
      'Destination Number': outbound ? phone(random, country) : phone(random, country, opts.tollFree ?? false),
      'Start Time': iso(startMs),
      'End Time': iso(startMs + seconds * 1000),
      'Duration Seconds': String(seconds),
      'Connection Fee': opts.charged ? cents(fee) : '0.00',
      Charge: opts.charged ? cents(perMinute * minutes) : '0.00',
      Currency: 'USD',
      Capability: opts.capability,
    };
  };

  const active = organizers.filter((o) => o.licence !== 'none');
  for (let date = from, monthIndex = 0; date <= to; date = addDays(date, 1)) {
    if (date.endsWith('-01')) monthIndex += 1;
    const weekend = [0, 6].includes(weekdayOf(date));
    const monthFactor = (date.startsWith(spikeMonth) ? 2.5 : 1) * (0.92 + monthIndex * 0.012);
    const midnight = localMidnightMs(date, options.timeZone);
    for (const o of active) {
      const expected = size.meetingsPerDay * o.activity * monthFactor * (weekend ? 0.05 : 1);
      const meetings = Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0);
      for (let m = 0; m < meetings; m += 1) {
        const start = midnight + random.int(8 * 60, 17 * 60) * 60_000;
        if (start > newestMs) continue;
        const confId = random.digits(9);
        const meetingSeconds = random.int(15, 70) * 60;
        const anonymous = random.chance(0.08);
        const ppm = o.licence === 'ppm';
        for (let l = random.int(1, 4); l > 0; l -= 1) {
          const dialIn = random.chance(0.78);
          const country = random.chance(0.6) ? o.usageLocation : random.weighted(CALL_COUNTRIES);
          const callStart = start + random.int(0, 300) * 1000;
          const seconds = random.int(60, meetingSeconds);
          if (dialIn) {
            const tollFree = random.chance(0.38);
            // Whether dial-in rows name the organizer is UNCERTAIN (domain-facts §1.5): the demo has both.
            const named = !anonymous && random.chance(0.5);
            const capability = ppm ? 'MCOMEETACPEA' : tollFree ? 'MCOPSTNPP' : 'MCOMEETADD';
            push(leg(o, named, confId, 'conf_in', country, callStart, seconds, { tollFree, capability, charged: ppm || tollFree }));
          } else {
            const free = !ppm || random.chance(0.02);
            push(leg(o, !anonymous, confId, 'conf_out', country, callStart, seconds, { mobile: random.chance(0.3), capability: free ? (ppm ? 'FREECALL' : 'MCOMEETADD') : 'MCOMEETACPEA', charged: !free }));
          }
        }
      }
    }
    // Communications Credits pay for more than meetings: auto attendant toll-free and calling-plan overage.
    if (!weekend) {
      for (let i = 0; i < size.extrasPerDay; i += 1) {
        const startMs = midnight + random.int(9 * 60, 18 * 60) * 60_000;
        if (startMs > newestMs) continue;
        if (random.chance(0.7)) push(leg(null, false, '', 'ucap_in', 'US', startMs, random.int(30, 600), { tollFree: true, capability: 'MCOEV_VIRTUALUSER', charged: true }));
        else push(leg(random.pick(active), true, '', 'user_out', random.weighted(CALL_COUNTRIES), startMs, random.int(60, 1200), { capability: 'MCOPSTNPP', charged: true }));
      }
    }
  }
  return { csv: `${lines.join('\r\n')}\r\n`, rows: lines.length - 1, from, to, spikeMonth, organizers: active.length };
}
