import { ADMIN_APP_ROLE, ADMIN_DIRECTORY_ROLES, READER_APP_ROLE, rolesFromClaims } from '../../bot/identity/admin-roles';

const GLOBAL = '62e90394-69f5-4237-9190-012177145e10';
const BILLING = 'b0f54661-2d74-4c50-afa3-1ec803f12efe';
const TEAMS = '69091246-20e8-4a56-aa4d-066075b2a7a8';
const TEAMS_COMMS = 'baf37b3a-610e-45da-9e62-d9d1e5e8914b';
/** User Administrator: a directory role that does NOT make someone an admin of this app. */
const USER_ADMIN = 'fe930be7-5e62-47db-91af-98c3a49a38b1';

describe('rolesFromClaims', () => {
  it('knows exactly the four admin directory roles of the issue', () => {
    expect(Object.keys(ADMIN_DIRECTORY_ROLES).sort()).toEqual([GLOBAL, BILLING, TEAMS, TEAMS_COMMS].sort());
  });

  it.each([
    ['no roles at all', [], [], { admin: false, reader: false }],
    ['the app role Credits.Admin', [ADMIN_APP_ROLE], [], { admin: true, reader: false }],
    ['the app role Credits.Reader', [READER_APP_ROLE], [], { admin: false, reader: true }],
    ['both app roles', [ADMIN_APP_ROLE, READER_APP_ROLE], [], { admin: true, reader: true }],
    ['Global Administrator in wids', [], [GLOBAL], { admin: true, reader: false }],
    ['Billing Administrator in wids', [], [BILLING], { admin: true, reader: false }],
    ['Teams Administrator in wids', [], [TEAMS], { admin: true, reader: false }],
    ['Teams Communications Administrator in wids', [], [TEAMS_COMMS], { admin: true, reader: false }],
    ['an upper-case wid', [], [GLOBAL.toUpperCase()], { admin: true, reader: false }],
    ['another directory role (User Administrator)', [], [USER_ADMIN], { admin: false, reader: false }],
    ['a role that only looks similar', ['credits.admin', 'Credits.Admin '], [], { admin: false, reader: false }],
    ['some other app role', ['Task.Write'], [], { admin: false, reader: false }],
  ])('reads %s', (_name, roles, wids, expected) => {
    expect(rolesFromClaims(roles, wids)).toEqual(expect.objectContaining(expected));
  });

  it('names what gave the access, for the sighting record', () => {
    expect(rolesFromClaims([ADMIN_APP_ROLE, READER_APP_ROLE], [TEAMS, USER_ADMIN]).sources).toEqual([ADMIN_APP_ROLE, `wids:${TEAMS}`, READER_APP_ROLE]);
  });
});
