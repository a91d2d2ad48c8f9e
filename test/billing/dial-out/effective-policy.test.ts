import { effectiveDialOutPolicy } from '../../../bot/billing/dial-out/effective-policy';

describe('effectiveDialOutPolicy: per-user, else the tenant global, never a silent Global', () => {
  const tenantGlobal = { policyName: 'DialoutCPCZoneAPSTNInternational', recordedAt: '2025-01-10T08:00:00Z' };

  it('takes the per-user policy with where it came from and when', () => {
    expect(effectiveDialOutPolicy({ state: 'assigned', policyName: 'tag:DialoutCPCandPSTNDomestic', origin: 'csv-import', recordedAt: '2025-02-01T09:00:00Z' }, tenantGlobal)).toMatchObject({
      kind: 'known',
      policy: { identity: 'tag:DialoutCPCandPSTNDomestic', meetingDialOut: 'DomesticOnly' },
      source: { level: 'user', origin: 'csv-import', recordedAt: '2025-02-01T09:00:00Z' },
    });
  });

  it('falls back to the tenant global one when the user is known to have none', () => {
    expect(effectiveDialOutPolicy({ state: 'none', origin: 'csv-import', recordedAt: null }, tenantGlobal)).toMatchObject({
      kind: 'known',
      policy: { meetingDialOut: 'ZoneA' },
      source: { level: 'tenant-global', origin: 'tenant-settings', recordedAt: '2025-01-10T08:00:00Z' },
    });
  });

  it.each([
    ['the user assignment is unknown', { state: 'unknown' } as const, tenantGlobal, { kind: 'unknown', missing: 'user-assignment' }],
    ['the tenant global is unknown', { state: 'none', origin: 'tab', recordedAt: null } as const, null, { kind: 'unknown', missing: 'tenant-global' }],
    [
      'the stored name is not a policy',
      { state: 'assigned', policyName: 'MyPolicy', origin: 'tab', recordedAt: null } as const,
      tenantGlobal,
      { kind: 'unknown', missing: 'unrecognized-policy-name', input: 'MyPolicy' },
    ],
    ['the tenant global name is not a policy', { state: 'none', origin: 'tab', recordedAt: null } as const, { policyName: 'x', recordedAt: null }, { kind: 'unknown', missing: 'unrecognized-policy-name', input: 'x' }],
  ])('is unknown when %s', (_name, user, global, expected) => {
    expect(effectiveDialOutPolicy(user, global)).toEqual(expected);
  });
});
