/** Shared Intl formatters: the same one for the same locale and options, the constructor's errors kept. */
import { dateTimeFormat, isKnownTimeZone, numberFormat } from '../../bot/billing/intl-cache';

describe('Intl formatter cache', () => {
  it('returns one formatter per locale and options, formatting as a new one would', () => {
    const a = numberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    expect(numberFormat('fr-FR', { style: 'currency', currency: 'EUR' })).toBe(a);
    expect(numberFormat('fr-FR', { style: 'currency', currency: 'USD' })).not.toBe(a);
    expect(a.format(1234.5)).toBe(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(1234.5));
    const d = dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'Asia/Tokyo' });
    expect(d.format(Date.UTC(2026, 10, 21, 20))).toBe('Nov 22, 2026');
  });

  it('throws for what Intl refuses, and caches nothing for it', () => {
    expect(() => numberFormat('en', { style: 'currency', currency: 'US' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('knows time zones', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});
