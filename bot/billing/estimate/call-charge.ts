import { addMoney, divideRounded, multiplyMoney, roundToMinorUnit, type Money } from '../money';
import type { Rate } from '../rates/rate-card';
import type { ChargeRoundingPoint, DurationRounding } from '../settings';

/** Billed time of one call under the tenant's rule (settings.durationRounding; the seed gives no rule). */
export function billedSeconds(durationSeconds: number, rule: DurationRounding): number {
  if (!Number.isSafeInteger(durationSeconds) || durationSeconds < 0) throw new RangeError(`Bad duration: ${durationSeconds}`);
  return rule === 'per-started-minute' ? Math.ceil(durationSeconds / 60) * 60 : durationSeconds;
}

/** The exact charge of one call: the per-minute rate for the billed time plus the connection fee. */
export function exactCallCharge(rate: Rate, billed: number): Money {
  const timeCharge: Money = {
    micros: divideRounded(rate.perMinute.micros * BigInt(billed), 60n, 'half-up'),
    currency: rate.perMinute.currency,
  };
  return addMoney(timeCharge, rate.connectionFee);
}

export interface LineCharge {
  /** One call's charge, rounded to the minor unit when rounding happens per call. */
  readonly perCall: Money;
  readonly subtotal: Money;
}

/** The two named rounding points of an estimate: per call (like the CDRs' charges) or per line. */
export function lineCharge(rate: Rate, billed: number, calls: number, point: ChargeRoundingPoint): LineCharge {
  const exact = exactCallCharge(rate, billed);
  if (point === 'per-call') {
    const perCall = roundToMinorUnit(exact);
    return { perCall, subtotal: multiplyMoney(perCall, calls) };
  }
  return { perCall: exact, subtotal: roundToMinorUnit(multiplyMoney(exact, calls)) };
}
