/**
 * Billing domain throughput: dial-out verdicts per second (with and without parsing the number), a 50-line meeting
 * estimate, and the credit balance over a year of charges. Run: node scripts/bench.mjs billing
 */
import {
  analyzePhoneNumber,
  createRateLookup,
  creditBalanceAt,
  DEMO_RATE_CARD,
  defaultBillingSettings,
  DIAL_OUT_POLICIES,
  dialOutVerdict,
  estimateMeetingCost,
  moneyFromDecimal,
  type AnalyzedPhoneNumber,
  type CreditCharge,
  type EstimateLine,
  type LedgerEntry,
  type OrganizerLicences,
} from '../../bot/billing';

const NUMBERS = [
  '+1 212 555 0123',
  '+44 20 7946 0958',
  '+44 7400 123456',
  '+33 1 23 45 67 89',
  '+49 30 123456',
  '+81 3 1234 5678',
  '+55 11 2345 6789',
  '+54 11 4123 4567',
  '+44 909 879 0879',
  '+881 6 12345678',
  '+972 3 123 4567',
  '+1 800 555 0199',
];
const settings = defaultBillingSettings({ currency: 'USD', tenantCountry: 'US' }, { highCostPerMinute: moneyFromDecimal('0.10', 'USD') });
const lookupRate = createRateLookup({ currency: 'USD', card: DEMO_RATE_CARD });
const licences: OrganizerLicences = {
  ppm: 'enabled',
  audioConferencingSubscription: 'absent',
  usCaDialOutAddOn: 'absent',
  communicationsCredits: 'absent',
};
const balance = moneyFromDecimal('250', 'USD');

function analyzed(text: string): AnalyzedPhoneNumber {
  const r = analyzePhoneNumber(text);
  if (!r.ok) throw new Error(text);
  return r.value;
}

function timeLoop(iterations: number, body: (i: number) => void): { perSecond: number; meanMicros: number } {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) body(i);
  const ns = Number(process.hrtime.bigint() - start);
  return { perSecond: Math.round(iterations / (ns / 1e9)), meanMicros: Number((ns / iterations / 1000).toFixed(2)) };
}

function percentiles(samplesNs: number[]): { p50Micros: number; p99Micros: number; meanMicros: number } {
  const sorted = [...samplesNs].sort((a, b) => a - b);
  const at = (q: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! / 1000).toFixed(2));
  return {
    p50Micros: at(0.5),
    p99Micros: at(0.99),
    meanMicros: Number((sorted.reduce((a, b) => a + b, 0) / sorted.length / 1000).toFixed(2)),
  };
}

function benchVerdicts() {
  const numbers = NUMBERS.map(analyzed);
  const policies = DIAL_OUT_POLICIES.map((policy) => ({
    kind: 'known' as const,
    policy,
    source: { level: 'user' as const, origin: 'csv-import' as const, recordedAt: null },
  }));
  const verdictFor = (i: number, number: AnalyzedPhoneNumber) =>
    dialOutVerdict({
      number,
      organizer: { usageLocation: 'US', licences },
      policy: policies[i % policies.length]!,
      settings,
      lookupRate,
      balance,
      on: '2025-06-01',
    });
  for (let i = 0; i < 20_000; i += 1) verdictFor(i, numbers[i % numbers.length]!);
  const iterations = 200_000;
  const analyzedOnly = timeLoop(iterations, (i) => verdictFor(i, numbers[i % numbers.length]!));
  const withParsing = timeLoop(iterations / 4, (i) => verdictFor(i, analyzed(NUMBERS[i % NUMBERS.length]!)));
  return { iterations, verdictsPerSecond: analyzedOnly.perSecond, meanMicros: analyzedOnly.meanMicros, withNumberParsing: withParsing };
}

function benchEstimate() {
  const countries = [
    'US',
    'CA',
    'GB',
    'FR',
    'DE',
    'JP',
    'BR',
    'AR',
    'RU',
    'SG',
    'TW',
    'CN',
    'AU',
    'IN',
    'MX',
    'ES',
    'IT',
    'NL',
    'CH',
    'SE',
    'HK',
    'KR',
    'ZA',
    'IL',
    'NG',
  ];
  const lines: EstimateLine[] = Array.from({ length: 50 }, (_, i) =>
    i % 3 === 2
      ? {
          kind: 'dial-out',
          destination: { country: countries[i % countries.length]!, numberType: i % 2 ? 'mobile' : null },
          minutesEach: 20 + (i % 40),
        }
      : {
          kind: 'dial-in',
          country: countries[i % countries.length]!,
          numberKind: i % 2 ? 'toll-free' : 'toll',
          participants: 1 + (i % 7),
          minutesEach: 10 + (i % 50),
        },
  );
  const run = () => {
    const r = estimateMeetingCost({ durationMinutes: 60, lines, on: '2025-06-01', settings, lookupRate });
    if (!r.ok) throw new Error('estimate failed');
    return r.value;
  };
  for (let i = 0; i < 2_000; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < 20_000; i += 1) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start));
  }
  const last = run();
  return {
    lines: 50,
    iterations: samples.length,
    ...percentiles(samples),
    estimatesPerSecond: Math.round(1e9 / (samples.reduce((a, b) => a + b, 0) / samples.length)),
    pricedLines: last.items.length,
    unpricedLines: last.unpriced.length,
  };
}

function benchLedger() {
  const usd = (a: string) => moneyFromDecimal(a, 'USD');
  const base = { recordedAt: '2025-01-01T00:00:00Z', recordedBy: null };
  const entries: LedgerEntry[] = [
    { ...base, id: 'S1', kind: 'snapshot', asOf: '2025-01-01T00:00:00Z', balance: usd('5000') },
    {
      ...base,
      id: 'R1',
      kind: 'auto-recharge-rule',
      effectiveFrom: '2025-01-01T00:00:00Z',
      rule: { trigger: usd('500'), amount: usd('2000') },
    },
  ];
  const count = 100_000;
  const charges: CreditCharge[] = Array.from({ length: count }, (_, i) => ({
    id: `row-${i}`,
    startedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 365 * 86_400_000) / count) + 1000).toISOString(),
    amount: { micros: BigInt(50_000 + ((i * 7919) % 900_000)), currency: 'USD' },
  }));
  creditBalanceAt({ entries, charges: charges.slice(0, 1000), at: '2026-01-01T00:00:00Z', currency: 'USD' });
  const runsMs: number[] = [];
  let implied: number | null = null;
  for (let run = 0; run < 5; run += 1) {
    const start = process.hrtime.bigint();
    const result = creditBalanceAt({ entries, charges, at: '2026-01-01T00:00:00Z', currency: 'USD' });
    runsMs.push(Number(process.hrtime.bigint() - start) / 1e6);
    implied = result.kind === 'estimate' ? result.basis.impliedRecharges.count : null;
  }
  runsMs.sort((a, b) => a - b);
  return { charges: count, runs: runsMs.length, firstOrSlowestMs: Number(runsMs[runsMs.length - 1]!.toFixed(1)), medianMs: Number(runsMs[2]!.toFixed(1)), impliedRecharges: implied };
}

export async function run(): Promise<Record<string, unknown>> {
  return { dialOutVerdict: benchVerdicts(), estimate50Lines: benchEstimate(), creditBalance: benchLedger() };
}
