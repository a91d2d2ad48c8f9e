import { createFormatters } from '../../tab/src/locale/formatters';

/** Intl output uses narrow no-break spaces in some locales; compare with plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('createFormatters', () => {
  it.each([
    ['en-US', 'USD', '1234.5', '$1,234.50'],
    ['fr-FR', 'EUR', '1234.5', '1 234,50 €'],
    ['pt-BR', 'BRL', '1234.5', 'R$ 1.234,50'],
    ['ru-RU', 'RUB', '1234.5', '1 234,50 ₽'],
    ['zh-CN', 'CNY', '1234.5', '¥1,234.50'],
    ['zh-TW', 'TWD', '1234.5', '$1,234.50'],
  ])('formats money in %s (%s)', (locale, currency, amount, expected) => {
    const format = createFormatters({ locale, currency, timeZone: 'UTC' });
    expect(plain(format.money(amount))).toBe(expected);
  });

  it('formats exact decimal strings without float drift', () => {
    const format = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
    expect(format.number('12345678901234.005', 3)).toBe('12,345,678,901,234.005');
    expect(format.rate('0.0235')).toBe('$0.0235');
    expect(format.money('0.005')).toBe('$0.01');
  });

  it('names countries in the user language and leaves unknown codes alone', () => {
    expect(createFormatters({ locale: 'fr-FR', currency: 'EUR', timeZone: 'UTC' }).country('de')).toBe('Allemagne');
    expect(createFormatters({ locale: 'zh-TW', currency: 'TWD', timeZone: 'UTC' }).country('TW')).toBe('台灣');
    expect(createFormatters({ locale: 'zh-CN', currency: 'CNY', timeZone: 'UTC' }).country('BR')).toBe('巴西');
    expect(createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' }).country('not-a-code')).toBe('not-a-code');
  });

  it('dates calls in the tenant time zone', () => {
    const utcLateEvening = '2025-03-01T03:30:00Z';
    expect(createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' }).date(utcLateEvening)).toBe(
      'Feb 28, 2025',
    );
    expect(createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'Asia/Taipei' }).date(utcLateEvening)).toBe(
      'Mar 1, 2025',
    );
  });

  it('says relative times in the user language', () => {
    const now = new Date('2025-03-01T12:00:00Z');
    expect(createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' }).relative('2025-03-04T12:00:00Z', now)).toBe(
      'in 3 days',
    );
    expect(createFormatters({ locale: 'fr-FR', currency: 'EUR', timeZone: 'UTC' }).relative('2025-03-01T10:00:00Z', now)).toBe(
      'il y a 2 heures',
    );
  });

  it('formats percentages', () => {
    expect(createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' }).percent(0.125)).toBe('12.5%');
  });

  it('formats calendar days without moving them to another day in any time zone', () => {
    const newYork = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' });
    expect(newYork.calendarDate('2025-03-01')).toBe('Mar 1, 2025');
    expect(newYork.calendarDate('2025-03-01', 'long')).toBe('March 1, 2025');
    expect(newYork.dayShort('2025-03-01')).toBe('Mar 1');
    expect(newYork.month('2025-03')).toBe('March 2025');
    expect(createFormatters({ locale: 'zh-TW', currency: 'TWD', timeZone: 'Asia/Taipei' }).month('2025-03-15')).toBe('2025年3月');
  });

  it('says how many days away a date is, and shortens axis amounts', () => {
    const format = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
    expect(format.inDays(1)).toBe('tomorrow');
    expect(format.inDays(18)).toBe('in 18 days');
    expect(format.moneyCompact(1200)).toBe('$1.2K');
    expect(createFormatters({ locale: 'ru-RU', currency: 'RUB', timeZone: 'UTC' }).inDays(5)).toBe('через 5 дней');
  });
});
