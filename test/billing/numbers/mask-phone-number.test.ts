import fc from 'fast-check';
import { maskPhoneNumber } from '../../../bot/billing/numbers/mask-phone-number';

describe('maskPhoneNumber', () => {
  it.each([
    ['+12125550123', '+1212555****'],
    ['+33 1 23 45 67 89', '+33 1 23 45 ** **'],
    ['+4420794609**', '+44207946****'],
    ['+44207946****', '+44207946****'],
    ['123', '***'],
    ['', ''],
  ])('masks %j as %j', (input, expected) => {
    expect(maskPhoneNumber(input)).toBe(expected);
  });

  it('is idempotent and keeps the length, even on numbers already masked upstream (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 *]{0,20}$/), (text) => {
        const once = maskPhoneNumber(text);
        expect(maskPhoneNumber(once)).toBe(once);
        expect(once.length).toBe(text.trim().length);
      }),
    );
  });

  it('masks exactly the last four digits of a clear number (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ]{0,20}$/), (text) => {
        const digits = (text.match(/[0-9]/g) ?? []).length;
        const masked = maskPhoneNumber(text);
        expect((masked.match(/[0-9]/g) ?? []).length).toBe(Math.max(0, digits - 4));
        expect((masked.match(/\*/g) ?? []).length).toBe(Math.min(4, digits));
      }),
    );
  });
});
