/**
 * Erasing a user on request (architecture "Usage sources"). The calls stay, because they were paid for and the
 * credit estimate depends on them; who made or organized them does not. Erased users are remembered only as a hash,
 * so rows that Graph delivers again later are erased as they arrive.
 */
import { createHash } from 'node:crypto';
import type { PstnCall } from './pstn-call';

export function erasedUserHash(userId: string): string {
  return createHash('sha256').update(userId.trim().toLowerCase()).digest('base64url');
}

export function eraseIdentity<T extends PstnCall>(row: T): T {
  return {
    ...row,
    userId: null,
    userPrincipalName: null,
    userDisplayName: null,
    callerNumber: null,
    calleeNumber: null,
    organizer: null,
    attribution: 'erased',
  };
}

/** Applies earlier erasures to incoming rows. */
export function applyErasures<T extends PstnCall>(row: T, erasedHashes: ReadonlySet<string>): T {
  if (erasedHashes.size === 0) return row;
  const ids = [row.userId, row.organizer?.userId].filter((v): v is string => !!v);
  return ids.some((id) => erasedHashes.has(erasedUserHash(id))) ? eraseIdentity(row) : row;
}
