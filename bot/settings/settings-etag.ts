/**
 * The settings' HTTP ETag. Table Storage gives weak etags (W/"datetime'…'"), and If-Match compares strongly, so the API
 * sends the storage etag wrapped as an opaque strong one and unwraps what comes back in If-Match.
 */

export function toHttpEtag(storageEtag: string): string {
  return `"${Buffer.from(storageEtag, 'utf8').toString('base64url')}"`;
}

/** The storage etag an If-Match names, or null when the header is missing or not one of ours. */
export function fromHttpEtag(header: string | undefined): string | null {
  const match = /^\s*"([A-Za-z0-9_-]{1,400})"\s*$/.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64url').toString('utf8');
  return decoded.length > 0 ? decoded : null;
}
