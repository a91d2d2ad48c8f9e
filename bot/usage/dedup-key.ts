import { createHash } from 'node:crypto';
import { MICROS_PER_UNIT, divideRounded, type Money } from '../billing/money';

export interface FallbackKeyParts {
  readonly callId: string;
  readonly startedAtMs: number;
  readonly durationSeconds: number;
  readonly charge: Money;
  readonly callerNumber: string | null;
  readonly calleeNumber: string | null;
}

const CENT_MICROS = MICROS_PER_UNIT / 100n;

/**
 * The composite fallback key that finds the same call under two ids, one from each source (architecture "Usage
 * sources": call id, start, duration, charge, numbers). Chosen so both sources agree:
 * - the start to the second (Graph sends 7 fractional digits, the export whole seconds);
 * - the charge to the cent (the export's Charge is numeric(16,2): domain-facts §7.5);
 * - the numbers masked, and as an unordered pair, because which field is the caller is UNCERTAIN (§6.1 quirk).
 */
export function fallbackKey(parts: FallbackKeyParts): string {
  const cents = divideRounded(parts.charge.micros, CENT_MICROS, 'half-up');
  const numbers = [parts.callerNumber ?? '', parts.calleeNumber ?? ''].sort();
  const text = [
    parts.callId.trim().toLowerCase(),
    Math.floor(parts.startedAtMs / 1000),
    parts.durationSeconds,
    `${cents}${parts.charge.currency}`,
    numbers[0],
    numbers[1],
  ].join('|');
  return createHash('sha1').update(text).digest('base64url').slice(0, 22);
}
