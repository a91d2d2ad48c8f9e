import { DIAL_OUT_POLICIES, resolveDialOutPolicy } from '../../../bot/billing/reference/dial-out-policies';

describe('OnlineDialOutPolicy reference', () => {
  it('has the Global default and the 12 tag presets, with unique identities', () => {
    expect(DIAL_OUT_POLICIES).toHaveLength(13);
    expect(new Set(DIAL_OUT_POLICIES.map((p) => p.identity)).size).toBe(13);
    expect(DIAL_OUT_POLICIES.filter((p) => p.identity.startsWith('tag:DialoutCPC'))).toHaveLength(12);
  });

  // domain-facts §3.2, row by row.
  it.each([
    ['Global', 'InternationalAndDomestic', 'InternationalAndDomestic'],
    ['DialoutCPCandPSTNInternational', 'InternationalAndDomestic', 'InternationalAndDomestic'],
    ['DialoutCPCDomesticPSTNInternational', 'DomesticOnly', 'InternationalAndDomestic'],
    ['DialoutCPCDisabledPSTNInternational', 'Disabled', 'InternationalAndDomestic'],
    ['DialoutCPCInternationalPSTNDomestic', 'InternationalAndDomestic', 'DomesticOnly'],
    ['DialoutCPCInternationalPSTNDisabled', 'InternationalAndDomestic', 'Disabled'],
    ['DialoutCPCandPSTNDomestic', 'DomesticOnly', 'DomesticOnly'],
    ['DialoutCPCDomesticPSTNDisabled', 'DomesticOnly', 'Disabled'],
    ['DialoutCPCDisabledPSTNDomestic', 'Disabled', 'DomesticOnly'],
    ['DialoutCPCandPSTNDisabled', 'Disabled', 'Disabled'],
    ['DialoutCPCZoneAPSTNInternational', 'ZoneA', 'InternationalAndDomestic'],
    ['DialoutCPCZoneAPSTNDomestic', 'ZoneA', 'DomesticOnly'],
    ['DialoutCPCZoneAPSTNDisabled', 'ZoneA', 'Disabled'],
  ])('%s allows meeting dial-out %s and user PSTN %s', (name, meeting, user) => {
    const result = resolveDialOutPolicy(name);
    expect(result).toMatchObject({ ok: true, value: { name, meetingDialOut: meeting, userPstn: user } });
  });

  it.each(['tag:DialoutCPCZoneAPSTNDomestic', 'TAG:dialoutcpczoneapstndomestic', 'dialoutCPCZoneAPSTNDomestic', '  tag:DialoutCPCZoneAPSTNDomestic '])(
    'accepts %j with or without the tag: prefix, in any case',
    (input) => {
      expect(resolveDialOutPolicy(input)).toMatchObject({ ok: true, value: { identity: 'tag:DialoutCPCZoneAPSTNDomestic' } });
    },
  );

  it.each(['global', 'GLOBAL', 'tag:Global'])('resolves %j to the Global policy', (input) => {
    expect(resolveDialOutPolicy(input)).toMatchObject({ ok: true, value: { identity: 'Global' } });
  });

  it.each(['', 'DialoutCPCZoneA', 'tag:', 'Custom-Policy'])('refuses the unknown name %j with a typed error', (input) => {
    expect(resolveDialOutPolicy(input)).toEqual({ ok: false, error: { code: 'unknown-dial-out-policy', input } });
  });
});
