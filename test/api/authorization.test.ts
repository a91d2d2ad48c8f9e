import { canReadUser, requireRole } from '../../bot/api/authorization';
import type { AccessRole } from '../../bot/identity/access';

describe('requireRole', () => {
  it.each<[AccessRole, 'user' | 'reader' | 'admin', 'allow' | 'deny']>([
    ['organizer', 'user', 'allow'],
    ['organizer', 'reader', 'deny'],
    ['organizer', 'admin', 'deny'],
    ['reader', 'user', 'allow'],
    ['reader', 'reader', 'allow'],
    ['reader', 'admin', 'deny'],
    ['admin', 'user', 'allow'],
    ['admin', 'reader', 'allow'],
    ['admin', 'admin', 'allow'],
  ])('%s on a %s route: %s', (role, needed, expected) => {
    expect(requireRole(role, needed)).toBe(expected);
  });
});

describe('canReadUser (organizers read only their own data)', () => {
  const me = { userId: 'A0000000-0000-4000-8000-000000000001' };
  const other = 'a0000000-0000-4000-8000-000000000002';
  it.each<[AccessRole, string, boolean]>([
    ['organizer', 'a0000000-0000-4000-8000-000000000001', true],
    ['organizer', other, false],
    ['reader', other, true],
    ['admin', other, true],
  ])('%s reading %s: %s', (role, userId, expected) => {
    expect(canReadUser(me, role, userId)).toBe(expected);
  });
});
