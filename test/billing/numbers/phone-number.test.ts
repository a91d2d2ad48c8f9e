import fc from 'fast-check';
import { analyzePhoneNumber } from '../../../bot/billing/numbers/phone-number';

describe('analyzePhoneNumber', () => {
  it.each([
    ['+1 212 555 0123', undefined, 'US', 'fixed-line-or-mobile', false],
    ['+44 20 7946 0958', undefined, 'GB', 'fixed-line', false],
    ['+44 7400 123456', undefined, 'GB', 'mobile', false],
    ['+1 800 555 0199', undefined, 'US', 'toll-free', false],
    ['+44 909 879 0879', undefined, 'GB', 'premium-rate', false],
    ['+49 1805 123456', undefined, 'DE', 'shared-cost', false],
    ['+44 56 1234 5678', undefined, 'GB', 'voip', false],
    ['+44 70 1234 5678', undefined, 'GB', 'personal', false],
    ['+44 55 1234 5678', undefined, 'GB', 'uan', false],
    ['+1 939 555 0123', undefined, 'PR', 'fixed-line-or-mobile', false],
    ['01 23 45 67 89', 'FR', 'FR', 'fixed-line', false],
    ['0044 20 7946 0958', undefined, 'GB', 'fixed-line', false],
    ['00 44 20 7946 0958', 'FR', 'GB', 'fixed-line', false],
    ['+881 6 12345678', undefined, null, 'mobile', true],
    ['+870 773 123456', undefined, null, 'mobile', true],
    ['+883 5100 12345678', undefined, null, 'voip', true],
    ['+800 1234 5678', undefined, null, 'toll-free', true],
  ])('reads %s (default region %s) as %s %s, international network %s', (text, region, country, type, network) => {
    const result = analyzePhoneNumber(text, region);
    expect(result).toMatchObject({ ok: true, value: { country, numberType: type, internationalNetwork: network } });
  });

  it('gives the E.164 form, the calling code and a masked form', () => {
    expect(analyzePhoneNumber('+44 (0)20 7946 0958')).toEqual({
      ok: true,
      value: { e164: '+442079460958', callingCode: '44', country: 'GB', numberType: 'fixed-line', internationalNetwork: false, masked: '+44207946****' },
    });
  });

  it.each([
    ['', undefined, 'not-a-number'],
    ['abc', undefined, 'not-a-number'],
    ['tel:+12125550123', undefined, 'not-a-number'],
    ['2125550123', undefined, 'no-country-code'],
    ['020 7946 0958', undefined, 'no-country-code'],
    ['+999 1234 5678', undefined, 'unknown-country-code'],
    ['+1 201 555', undefined, 'too-short'],
    ['12', 'US', 'too-short'],
    ['+1 201 555 0123 4567 89', undefined, 'too-long'],
    ['+1 099 555 0123', undefined, 'invalid-number'],
    ['+88213123456', undefined, 'invalid-number'],
    ['+'.padEnd(150, '1'), undefined, 'not-a-number'],
  ])('refuses %j (default region %s) as %s', (text, region, code) => {
    expect(analyzePhoneNumber(text, region)).toEqual({ ok: false, error: { code } });
  });

  it('ignores a default region that is not a region code', () => {
    expect(analyzePhoneNumber('2125550123', 'USA')).toEqual({ ok: false, error: { code: 'no-country-code' } });
  });

  it('never throws, whatever the string (property)', () => {
    const phoneish = fc.stringMatching(/^[+0-9 ()\-.x#*]{0,30}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), phoneish), fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), (text, region) => {
        const result = analyzePhoneNumber(text, region);
        if (result.ok) expect(result.value.e164).toMatch(/^\+\d+$/);
        else expect(typeof result.error.code).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });
});
