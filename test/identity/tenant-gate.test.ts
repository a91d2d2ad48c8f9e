import { TenantGate, tenantIdOf } from '../../bot/teams/tenant-gate';

const SERVED = 'c0a70000-0000-4000-8000-000000000001';
const OTHER = '0de00000-0000-4000-8000-0000000000de';

describe('TenantGate', () => {
  const gate = new TenantGate([SERVED]);
  it.each([
    ['a served tenant', SERVED, true],
    ['a served tenant in upper case', SERVED.toUpperCase(), true],
    ['another tenant', OTHER, false],
    ['no tenant', undefined, false],
  ])('serves %s: %s', (_name, tenantId, expected) => {
    expect(gate.serves(tenantId)).toBe(expected);
  });
});

describe('tenantIdOf', () => {
  it.each([
    ['conversation.tenantId', { conversation: { id: 'c', tenantId: SERVED } }, SERVED],
    ['channelData.tenant.id when the conversation has none', { conversation: { id: 'c' }, channelData: { tenant: { id: OTHER } } }, OTHER],
    ['conversation.tenantId before channelData', { conversation: { id: 'c', tenantId: SERVED }, channelData: { tenant: { id: OTHER } } }, SERVED],
    ['nothing', { conversation: { id: 'c' } }, undefined],
    ['an empty id', { conversation: { id: 'c', tenantId: '' } }, undefined],
    ['a non-string id', { conversation: { id: 'c' }, channelData: { tenant: { id: 42 } } }, undefined],
  ])('takes the tenant from %s', (_name, activity, expected) => {
    expect(tenantIdOf(activity as Parameters<typeof tenantIdOf>[0])).toBe(expected);
  });
});
