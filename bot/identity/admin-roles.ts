/**
 * What a validated tab token says about a person's access (architecture "Who is an admin"). Pure: claims in, roles out.
 * The app roles are declared in aad.manifest.json; the directory roles are Entra role template ids (wids claim).
 */

export const ADMIN_APP_ROLE = 'Credits.Admin';
export const READER_APP_ROLE = 'Credits.Reader';

/** Directory roles that make someone an admin of this app: they already manage the tenant's Teams or billing. */
export const ADMIN_DIRECTORY_ROLES: Readonly<Record<string, string>> = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  'b0f54661-2d74-4c50-afa3-1ec803f12efe': 'Billing Administrator',
  '69091246-20e8-4a56-aa4d-066075b2a7a8': 'Teams Administrator',
  'baf37b3a-610e-45da-9e62-d9d1e5e8914b': 'Teams Communications Administrator',
};

export interface TokenRoles {
  /** The token showed Credits.Admin or an admin directory role. */
  admin: boolean;
  /** The token showed Credits.Reader. */
  reader: boolean;
  /** What made them an admin or reader, for the sighting record and the logs (role names and wids, never the token). */
  sources: string[];
}

export function rolesFromClaims(roles: readonly string[], wids: readonly string[]): TokenRoles {
  const sources: string[] = [];
  const hasAdminRole = roles.includes(ADMIN_APP_ROLE);
  if (hasAdminRole) sources.push(ADMIN_APP_ROLE);
  const adminWids = wids.map((w) => w.toLowerCase()).filter((w) => w in ADMIN_DIRECTORY_ROLES);
  sources.push(...adminWids.map((w) => `wids:${w}`));
  const reader = roles.includes(READER_APP_ROLE);
  if (reader) sources.push(READER_APP_ROLE);
  return { admin: hasAdminRole || adminWids.length > 0, reader, sources };
}
