import { dialOutVerdict, type DialOutVerdictInput } from '../../../bot/billing/dial-out/dial-out-verdict';
import type { EffectiveDialOutPolicy } from '../../../bot/billing/dial-out/effective-policy';
import { DIAL_OUT_POLICIES, type DialOutPolicy, type MeetingDialOutSetting } from '../../../bot/billing/reference/dial-out-policies';
import { DEMO_RATE_CARD } from '../../../bot/billing/rates/demo-rate-card';
import { createRateLookup } from '../../../bot/billing/rates/rate-lookup';
import { toDecimalString } from '../../../bot/billing/money';
import { LICENCES, phone, settings, usd } from '../support/builders';

const demoRates = createRateLookup({ currency: 'USD', card: DEMO_RATE_CARD });
const adminRates = createRateLookup({ currency: 'USD', card: { ...DEMO_RATE_CARD, source: 'admin' } });
const known = (policy: DialOutPolicy): EffectiveDialOutPolicy => ({
  kind: 'known',
  policy,
  source: { level: 'user', origin: 'csv-import', recordedAt: '2025-02-01T09:00:00Z' },
});
const globalPolicy = known(DIAL_OUT_POLICIES[0]!);

function verdict(over: Partial<DialOutVerdictInput> & { number: DialOutVerdictInput['number'] }) {
  return dialOutVerdict({
    organizer: { usageLocation: 'US', licences: LICENCES.ppm },
    policy: globalPolicy,
    settings: settings(),
    lookupRate: adminRates,
    balance: usd('1000'),
    on: '2025-03-01',
    ...over,
  });
}
const codes = (v: ReturnType<typeof verdict>) => v.reasons.map((r) => r.code);

/** Destinations seen from a PPM organizer located in the US. */
const DESTINATIONS = {
  domestic: '+1 212 555 0123',
  zoneA: '+44 20 7946 0958',
  nonZoneA: '+54 11 4123 4567',
  premiumRate: '+44 909 879 0879',
  sharedCost: '+49 1805 123456',
  tollFreeAbroad: '+44 800 123 4567',
  tollFreeDomestic: '+1 800 555 0199',
  satellite: '+881 6 12345678',
} as const;
type Destination = keyof typeof DESTINATIONS;
type Expected = readonly [verdict: 'ok' | 'warning' | 'blocked', codes: readonly string[]];

/** What each meeting dial-out setting gives per destination, worked out from domain-facts §3.2–3.4. */
const EXPECTED: Record<MeetingDialOutSetting, Record<Destination, Expected>> = {
  InternationalAndDomestic: {
    domestic: ['ok', []],
    zoneA: ['ok', []],
    nonZoneA: ['ok', []],
    premiumRate: ['warning', ['premium-rate-number', 'rate-unknown']],
    sharedCost: ['warning', ['shared-cost-number', 'rate-unknown']],
    tollFreeAbroad: ['warning', ['toll-free-outside-its-country']],
    tollFreeDomestic: ['ok', []],
    satellite: ['warning', ['satellite-or-international-network', 'rate-unknown']],
  },
  DomesticOnly: {
    domestic: ['ok', []],
    zoneA: ['blocked', ['policy-domestic-only-destination-abroad']],
    nonZoneA: ['blocked', ['policy-domestic-only-destination-abroad']],
    premiumRate: ['blocked', ['policy-domestic-only-destination-abroad', 'premium-rate-number', 'rate-unknown']],
    sharedCost: ['blocked', ['policy-domestic-only-destination-abroad', 'shared-cost-number', 'rate-unknown']],
    tollFreeAbroad: ['blocked', ['policy-domestic-only-destination-abroad', 'toll-free-outside-its-country']],
    tollFreeDomestic: ['ok', []],
    satellite: ['blocked', ['policy-domestic-only-destination-abroad', 'satellite-or-international-network', 'rate-unknown']],
  },
  ZoneA: {
    domestic: ['ok', []],
    zoneA: ['ok', []],
    nonZoneA: ['blocked', ['policy-zone-a-destination-outside-zone-a']],
    premiumRate: ['warning', ['premium-rate-number', 'rate-unknown']],
    sharedCost: ['warning', ['shared-cost-number', 'rate-unknown']],
    tollFreeAbroad: ['warning', ['toll-free-outside-its-country']],
    tollFreeDomestic: ['ok', []],
    satellite: ['blocked', ['policy-zone-a-destination-outside-zone-a', 'satellite-or-international-network', 'rate-unknown']],
  },
  Disabled: {
    domestic: ['blocked', ['policy-disables-dial-out']],
    zoneA: ['blocked', ['policy-disables-dial-out']],
    nonZoneA: ['blocked', ['policy-disables-dial-out']],
    premiumRate: ['blocked', ['policy-disables-dial-out', 'premium-rate-number', 'rate-unknown']],
    sharedCost: ['blocked', ['policy-disables-dial-out', 'shared-cost-number', 'rate-unknown']],
    tollFreeAbroad: ['blocked', ['policy-disables-dial-out', 'toll-free-outside-its-country']],
    tollFreeDomestic: ['blocked', ['policy-disables-dial-out']],
    satellite: ['blocked', ['policy-disables-dial-out', 'satellite-or-international-network', 'rate-unknown']],
  },
};

const TABLE = DIAL_OUT_POLICIES.flatMap((policy) =>
  (Object.keys(DESTINATIONS) as Destination[]).map((destination) => [policy.identity, destination, ...EXPECTED[policy.meetingDialOut][destination]] as const),
);

describe('dialOutVerdict: every policy × destination', () => {
  it('covers 13 policies × 8 destinations', () => expect(TABLE).toHaveLength(104));

  it.each(TABLE)('%s dialing %s gives %s %j', (identity, destination, expectedVerdict, expectedCodes) => {
    const policy = DIAL_OUT_POLICIES.find((p) => p.identity === identity)!;
    const v = verdict({ number: phone(DESTINATIONS[destination]), policy: known(policy) });
    expect(v.verdict).toBe(expectedVerdict);
    expect(codes(v)).toEqual(expectedCodes);
    expect(v.policy).toEqual(known(policy));
  });
});

describe('dialOutVerdict: licences, policy knowledge and location', () => {
  it.each([
    ['no Audio Conferencing', LICENCES.none, 'blocked', 'no-audio-conferencing-licence'],
    ['only the US/CA add-on, which needs AC', LICENCES.addOnOnly, 'blocked', 'no-audio-conferencing-licence'],
    ['licences that could not be read', 'unknown' as const, 'warning', 'licence-unknown'],
  ])('an organizer with %s gets %s', (_name, licences, expectedVerdict, code) => {
    const v = verdict({ number: phone(DESTINATIONS.domestic), organizer: { usageLocation: 'US', licences } });
    expect(v.verdict).toBe(expectedVerdict);
    expect(codes(v)[0]).toBe(code);
  });

  it.each([
    [{ kind: 'unknown', missing: 'user-assignment' } as const],
    [{ kind: 'unknown', missing: 'tenant-global' } as const],
  ])('warns when the policy assignment is unknown (%j), never assuming Global', (policy) => {
    const v = verdict({ number: phone(DESTINATIONS.nonZoneA), policy });
    expect(v.verdict).toBe('warning');
    expect(v.reasons[0]).toEqual(expect.objectContaining({ severity: 'warning', code: 'policy-assignment-unknown', remedy: { code: 'import-dial-out-policies', fixedBy: 'teams-admin' } }));
  });

  it('says who can change a blocking policy', () => {
    const disabled = DIAL_OUT_POLICIES.find((p) => p.meetingDialOut === 'Disabled')!;
    expect(verdict({ number: phone(DESTINATIONS.domestic), policy: known(disabled) }).reasons[0]).toEqual({
      severity: 'block',
      code: 'policy-disables-dial-out',
      remedy: { code: 'change-dial-out-policy', fixedBy: 'teams-admin' },
      details: { destinationCountry: 'US', organizerCountry: 'US' },
    });
  });

  it('warns when the organizer has no usage location, and cannot tell domestic', () => {
    const v = verdict({ number: phone(DESTINATIONS.domestic), organizer: { usageLocation: null, licences: LICENCES.ppm } });
    expect(v.destination.domestic).toBeNull();
    expect(codes(v)).toEqual(['usage-location-unknown']);
  });

  const domesticOnly = known(DIAL_OUT_POLICIES.find((p) => p.name === 'DialoutCPCandPSTNDomestic')!);
  it.each([
    ['US', '+1 416 555 0123', false, 'blocked'],
    ['US', '+1 416 555 0123', true, 'ok'],
    ['CA', '+1 212 555 0123', true, 'ok'],
    ['US', '+1 939 555 0123', true, 'blocked'],
  ])('an organizer in %s dialing %s under DomesticOnly with usCaDomestic=%s is %s, flagged uncertain', (usageLocation, number, usCaDomestic, expected) => {
    const v = verdict({ number: phone(number), policy: domesticOnly, organizer: { usageLocation, licences: LICENCES.ppm }, settings: settings({ usCaDomestic }) });
    expect(v.verdict).toBe(expected);
    expect(codes(v)).toContain('north-america-domestic-uncertain');
  });
});

describe('dialOutVerdict: coverage, rates and balance', () => {
  it('tells a subscription organizer a Zone A call is covered by the pool, still showing the price beyond it', () => {
    const v = verdict({ number: phone(DESTINATIONS.zoneA), organizer: { usageLocation: 'US', licences: LICENCES.subscription }, balance: usd('0') });
    expect(v).toMatchObject({ verdict: 'ok', coverage: 'zone-a-pool', balanceCovers: { kind: 'not-applicable', why: 'zone-a-pool' } });
    expect(codes(v)).toEqual(['covered-by-zone-a-pool']);
    expect(v.costFor?.map((c) => toDecimalString(c.cost))).toEqual(['0.21', '0.63', '1.26']);
  });

  it('meters a subscription organizer outside Zone A, and wants their own credits licence', () => {
    const v = verdict({ number: phone(DESTINATIONS.nonZoneA), organizer: { usageLocation: 'US', licences: LICENCES.subscription } });
    expect(v.coverage).toBe('communications-credits');
    expect(codes(v)).toEqual(['communications-credits-licence-missing']);
    expect(verdict({ number: phone(DESTINATIONS.nonZoneA), organizer: { usageLocation: 'US', licences: LICENCES.subscriptionWithCredits } }).verdict).toBe('ok');
  });

  it('never counts the pool for premium numbers', () => {
    const v = verdict({ number: phone(DESTINATIONS.premiumRate), organizer: { usageLocation: 'US', licences: LICENCES.subscriptionWithCredits } });
    expect(v.coverage).toBe('communications-credits');
  });

  it('tells a PPM organizer with the add-on that US and Canada calls are covered, with no cost to show', () => {
    const v = verdict({ number: phone('+1 416 555 0123'), organizer: { usageLocation: 'US', licences: LICENCES.ppmWithAddOn }, balance: usd('0') });
    expect(v).toMatchObject({ verdict: 'ok', coverage: 'us-ca-add-on', costFor: null, balanceCovers: { kind: 'not-applicable', why: 'us-ca-add-on' } });
    expect(codes(v)).toEqual(['north-america-domestic-uncertain', 'covered-by-us-ca-add-on']);
  });

  it('gives the cost of 10, 30 and 60 minutes, connection fee included', () => {
    // CH fixed line on the card: 0.031 a minute + 0.01 a call.
    const v = verdict({ number: phone('+41 44 668 1800') });
    expect(v.costFor?.map((c) => [c.minutes, toDecimalString(c.cost)])).toEqual([
      [10, '0.32'],
      [30, '0.94'],
      [60, '1.87'],
    ]);
    expect(v.rate).toMatchObject({ kind: 'found', source: { kind: 'rate-card', card: 'admin', effectiveFrom: '2024-01-01' } });
  });

  it('warns above the tenant high-cost threshold', () => {
    const v = verdict({ number: phone('+44 7400 123456'), settings: settings({ highCostPerMinute: usd('0.05') }) });
    expect(v.reasons).toEqual([
      { severity: 'warning', code: 'rate-above-high-cost-threshold', remedy: { code: 'none', fixedBy: null }, details: expect.objectContaining({ ratePerMinute: usd('0.065'), threshold: usd('0.05') }) },
    ]);
  });

  it('warns on an unknown rate, says who can fix it, and shows no cost', () => {
    const v = verdict({ number: phone('+972 3 123 4567') });
    expect(v).toMatchObject({ verdict: 'warning', costFor: null, balanceCovers: { kind: 'unknown', why: 'rate-unknown' } });
    expect(v.reasons).toEqual([expect.objectContaining({ code: 'rate-unknown', remedy: { code: 'upload-rate-card', fixedBy: 'billing-admin' } })]);
  });

  it('marks a demo rate', () => {
    expect(codes(verdict({ number: phone(DESTINATIONS.zoneA), lookupRate: demoRates }))).toEqual(['demo-rate']);
  });

  it.each([
    ['plenty', '1000', 'ok', { kind: 'minutes', minutes: 47619 }, []],
    ['little', '1.00', 'warning', { kind: 'minutes', minutes: 47 }, ['balance-covers-few-minutes']],
    ['exhausted', '0', 'warning', { kind: 'minutes', minutes: 0 }, ['balance-exhausted']],
    ['overdrawn', '-5', 'warning', { kind: 'minutes', minutes: 0 }, ['balance-exhausted']],
    ['unknown', null, 'ok', { kind: 'unknown', why: 'no-balance' }, ['balance-unknown']],
  ])('with a balance that is %s (%s USD) at 0.021 a minute the verdict is %s', (_name, balance, expectedVerdict, covers, expectedCodes) => {
    const v = verdict({ number: phone(DESTINATIONS.zoneA), balance: balance === null ? null : usd(balance) });
    expect(v.verdict).toBe(expectedVerdict);
    expect(v.balanceCovers).toEqual(covers);
    expect(codes(v)).toEqual(expectedCodes);
  });

  it('shows postpaid tenants no balance warning', () => {
    const v = verdict({ number: phone(DESTINATIONS.zoneA), balance: usd('0'), settings: settings({ billingModel: 'postpaid' }) });
    expect(v).toMatchObject({ verdict: 'ok', balanceCovers: { kind: 'not-applicable', why: 'postpaid' } });
  });

  it.each([
    ['DZ', 'warning', ['communications-credits-not-sold-in-tenant-country']],
    ['FJ', 'ok', ['tenant-country-not-in-reference']],
    ['FR', 'ok', []],
  ])('for a tenant located in %s the verdict is %s %j', (tenantCountry, expectedVerdict, expectedCodes) => {
    const v = verdict({ number: phone(DESTINATIONS.zoneA), settings: settings({ tenantCountry }) });
    expect(v.verdict).toBe(expectedVerdict);
    expect(codes(v)).toEqual(expectedCodes);
  });

  it('masks the number it reports', () => {
    expect(verdict({ number: phone(DESTINATIONS.domestic) }).destination).toEqual({
      masked: '+1212555****',
      country: 'US',
      numberType: 'fixed-line-or-mobile',
      internationalNetwork: false,
      domestic: true,
      zoneA: true,
    });
  });
});
