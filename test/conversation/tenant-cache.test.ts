import { TenantCache } from '../../bot/conversation/tenant-cache';

describe('TenantCache', () => {
  let now = 0;
  const cache = () => new TenantCache<number>(1000, () => now);

  it('shares one load between concurrent turns and reuses it until it expires', async () => {
    now = 0;
    const c = cache();
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([c.get('t', load), c.get('t', load)])).toEqual([1, 1]);
    now = 999;
    expect(await c.get('t', load)).toBe(1);
    now = 1000;
    expect(await c.get('t', load)).toBe(2);
    expect(await c.get('other', load)).toBe(3);
  });

  it('does not keep a failed load', async () => {
    now = 0;
    const c = cache();
    await expect(c.get('t', () => Promise.reject(new Error('storage down')))).rejects.toThrow('storage down');
    expect(await c.get('t', async () => 7)).toBe(7);
  });

  it('forgets a key on request', async () => {
    now = 0;
    const c = cache();
    await c.get('t', async () => 1);
    c.invalidate('t');
    expect(await c.get('t', async () => 2)).toBe(2);
  });
});
