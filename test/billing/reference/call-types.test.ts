import { callTypeFamily, CALL_TYPES, conferenceCallKind, drawsOnCommunicationsCredits, isPpmCall } from '../../../bot/billing/reference/call-types';
import { usd } from '../support/builders';

describe('call types and capabilities (domain-facts §7.3, §7.4)', () => {
  it.each([
    ['conf_in', 'conference'],
    ['conf_out', 'conference'],
    ['user_out_forwarding', 'user'],
    ['ucap_in', 'bot'],
    ['dr_out_user_conf', 'direct-routing'],
    ['dr_in_ucap', 'direct-routing'],
    ['unassigned_in', 'unassigned'],
    ['something_new', 'unknown'],
  ])('puts %s in the %s family', (callType, family) => {
    expect(callTypeFamily(callType)).toBe(family);
  });

  it('knows every listed call type', () => {
    for (const t of CALL_TYPES) expect(callTypeFamily(t)).not.toBe('unknown');
  });

  it.each([
    ['conf_in', 'MCOMEETACPEA', true],
    ['conf_out', 'mcomeetacpea_gov', true],
    ['conf_out', 'MCOMEETADD', false],
    ['user_out', 'MCOMEETACPEA', false],
    ['conf_in', 'MCOPSTNPP', false],
  ])('isPpmCall(%s, %s) is %s', (callType, licenseCapability, expected) => {
    expect(isPpmCall({ callType, licenseCapability })).toBe(expected);
  });

  it.each([
    ['conf_in', 'MCOMEETACPEA', '0.40', true],
    ['ucap_out', 'MCOPSTNPP', '0.10', true],
    ['user_out', 'MCOPSTN1', '0.02', true],
    ['conf_out', 'MCOMEETADD', '0', false],
    ['dr_out', 'MCOEV', '1.00', false],
    ['conf_out', 'FREECALL', '1.00', false],
    ['conf_in', 'MCOMEETACPEA', '-0.10', false],
  ])('a %s row with %s charged %s draws on credits: %s', (callType, licenseCapability, charge, expected) => {
    expect(drawsOnCommunicationsCredits({ callType, licenseCapability, totalCharge: usd(charge) })).toBe(expected);
  });

  it.each([
    ['conf_in', false, 'dial-in-toll'],
    ['conf_in', true, 'dial-in-toll-free'],
    ['conf_out', false, 'dial-out'],
    ['user_out', false, null],
  ])('names %s (toll-free %s) as %s on the rate card', (callType, tollFree, kind) => {
    expect(conferenceCallKind(callType, tollFree)).toBe(kind);
  });
});
