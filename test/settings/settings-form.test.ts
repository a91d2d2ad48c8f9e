import { demoTenantSettings } from '../../bot/demo/seed-demo-tenant';
import { changedFields, settingsFormProblems, settingsFromForm, settingsToForm } from '../../bot/settings/settings-form';
import { fromHttpEtag, toHttpEtag } from '../../bot/settings/settings-etag';
import { tenantSettingsSchema } from '../../bot/store/tenant-settings';

describe('settings form', () => {
  const stored = demoTenantSettings([]);
  const form = settingsToForm(stored);

  it('round-trips the stored settings', () => {
    expect(settingsFromForm(stored, form, form.admins)).toEqual(stored);
    expect(settingsFormProblems(form)).toEqual([]);
  });

  it('moves every amount to a new currency, so the stored settings stay valid', () => {
    const edited = settingsFromForm(stored, { ...form, currency: 'EUR', monthlyBudget: '1000.5' }, form.admins);
    expect(tenantSettingsSchema.safeParse(edited).success).toBe(true);
    expect(edited.billing.highCostPerMinute).toEqual({ amount: '0.25', currency: 'EUR' });
    expect(edited.billing.monthlyBudget).toEqual({ amount: '1000.50', currency: 'EUR' });
    expect(edited.alerts.lowBalance).toEqual({ amount: '200.00', currency: 'EUR' });
  });

  it.each([
    [{ country: 'ZZ' }, [{ path: 'country', code: 'unknown-country' }]],
    [{ timeZone: 'Europe/Atlantis' }, [{ path: 'timeZone', code: 'unknown-time-zone' }]],
    [{ currency: 'XYZ' }, [{ path: 'currency', code: 'unknown-currency' }]],
    [{ highCostPerMinute: '0' }, [{ path: 'highCostPerMinute', code: 'must-be-positive' }]],
    [{ highCostPerMinute: '0.1234567' }, [{ path: 'highCostPerMinute', code: 'invalid-amount' }]],
    [{ monthlyBudget: '1e3' }, [{ path: 'monthlyBudget', code: 'invalid-amount' }]],
    [{ lowBalanceMinutes: -1 }, [{ path: 'lowBalanceMinutes', code: 'out-of-range' }]],
    [{ alerts: { ...form.alerts, spendSpikeFactor: 1 } }, [{ path: 'alerts.spendSpikeFactor', code: 'out-of-range' }]],
  ])('refuses %o', (change, problems) => {
    expect(settingsFormProblems({ ...form, ...change })).toEqual(problems);
  });

  it('lists only the fields an edit changed, by path', () => {
    const edited = settingsFromForm(stored, { ...form, timeZone: 'Europe/Paris', alerts: { ...form.alerts, runOutWithinDays: 7 } }, form.admins);
    expect(changedFields(stored, edited)).toEqual({
      before: { timeZone: 'America/New_York', 'alerts.runOutWithinDays': 14 },
      after: { timeZone: 'Europe/Paris', 'alerts.runOutWithinDays': 7 },
    });
    expect(changedFields(stored, stored)).toEqual({ before: {}, after: {} });
  });

  it('wraps the storage etag as a strong HTTP etag and back; anything else is not ours', () => {
    const storage = `W/"datetime'2026-01-02T03%3A04%3A05.123Z'"`;
    expect(toHttpEtag(storage)).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(fromHttpEtag(toHttpEtag(storage))).toBe(storage);
    expect(fromHttpEtag('*')).toBeNull();
    expect(fromHttpEtag(undefined)).toBeNull();
  });
});
