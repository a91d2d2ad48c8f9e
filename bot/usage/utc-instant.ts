const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an ISO 8601 timestamp of either source. The export's timestamps are UTC (domain-facts §7.5), so one without a
 * zone is read as UTC, never as the server's local time. Returns null for anything else.
 */
export function parseUtcInstantMs(value: string): number | null {
  const match = INSTANT_RE.exec(value.trim());
  if (!match) return null;
  const [, date, time, zone] = match;
  let zoneText = zone ?? 'Z';
  if (/^[+-]\d{4}$/.test(zoneText)) zoneText = `${zoneText.slice(0, 3)}:${zoneText.slice(3)}`;
  // Date.parse accepts at most 3 fractional digits reliably; Graph sends 7.
  const trimmedTime = time!.replace(/(\.\d{3})\d+$/, '$1');
  const ms = Date.parse(`${date}T${trimmedTime}${zoneText.toUpperCase()}`);
  return Number.isNaN(ms) ? null : ms;
}
