import { divideRounded, type Money } from '../money';
import type { NumberType } from '../numbers/number-types';
import type { CallKind } from '../reference/call-types';
import { instantToMs, type Instant } from '../time';
import type { Rate } from './rate-card';

/**
 * Aggregated call history for one call kind × country × number type, as the usage service rolls it up.
 * Several samples with the same key (one a month, say) are summed.
 */
export interface RateHistorySample {
  readonly callKind: CallKind;
  readonly country: string;
  readonly numberType: NumberType | null;
  readonly calls: number;
  /** Σ billed duration in seconds, after the tenant's rounding rule. */
  readonly billedSeconds: number;
  /** Σ charge, without connection charges. */
  readonly charge: Money;
  /** Σ connectionCharge. */
  readonly connectionCharge: Money;
  readonly firstCallAt: Instant;
  readonly lastCallAt: Instant;
}

/** A rate learned from the tenant's own history: Σ charge / Σ billed minutes (architecture "Rates", domain-facts §5). */
export interface LearnedRate {
  readonly callKind: CallKind;
  readonly country: string;
  readonly numberType: NumberType | null;
  readonly rate: Rate;
  readonly sampleCalls: number;
  readonly billedSeconds: number;
  readonly from: Instant;
  readonly to: Instant;
}

interface Accumulator {
  sample: RateHistorySample;
  calls: number;
  billedSeconds: number;
  charge: bigint;
  connection: bigint;
  fromMs: number;
  toMs: number;
}

export function learnRates(samples: readonly RateHistorySample[], currency: string, minCalls = 1): LearnedRate[] {
  const byKey = new Map<string, Accumulator>();
  for (const s of samples) {
    // A rate in another currency cannot price this tenant's calls: the currency is part of every key.
    if (s.charge.currency !== currency || s.connectionCharge.currency !== currency) continue;
    const key = `${s.callKind}|${s.country.toUpperCase()}|${s.numberType ?? ''}`;
    const acc = byKey.get(key);
    const fromMs = instantToMs(s.firstCallAt);
    const toMs = instantToMs(s.lastCallAt);
    if (!acc) {
      byKey.set(key, {
        sample: s,
        calls: s.calls,
        billedSeconds: s.billedSeconds,
        charge: s.charge.micros,
        connection: s.connectionCharge.micros,
        fromMs,
        toMs,
      });
      continue;
    }
    acc.calls += s.calls;
    acc.billedSeconds += s.billedSeconds;
    acc.charge += s.charge.micros;
    acc.connection += s.connectionCharge.micros;
    acc.fromMs = Math.min(acc.fromMs, fromMs);
    acc.toMs = Math.max(acc.toMs, toMs);
  }
  const learned: LearnedRate[] = [];
  for (const acc of byKey.values()) {
    if (acc.calls < minCalls || acc.billedSeconds <= 0 || acc.calls <= 0) continue;
    learned.push({
      callKind: acc.sample.callKind,
      country: acc.sample.country.toUpperCase(),
      numberType: acc.sample.numberType,
      rate: {
        perMinute: { micros: divideRounded(acc.charge * 60n, BigInt(acc.billedSeconds), 'half-up'), currency },
        connectionFee: { micros: divideRounded(acc.connection, BigInt(acc.calls), 'half-up'), currency },
      },
      sampleCalls: acc.calls,
      billedSeconds: acc.billedSeconds,
      from: new Date(acc.fromMs).toISOString(),
      to: new Date(acc.toMs).toISOString(),
    });
  }
  return learned;
}
