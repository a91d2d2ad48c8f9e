/**
 * Conference groups as the usage query service returns them (groupBy=conference), for in-memory tests of
 * "what did my meetings cost" and meeting-start advice: exact micros, a mix of call kinds and countries per meeting.
 */
import { demoUser } from '../../../bot/demo/demo-tenant';
import { addCallToMix, emptyMix, type ConferenceMix } from '../../../bot/usage/conference-mix';
import type { UsageCallKind } from '../../../bot/usage/pstn-call';
import type { UsageGroup } from '../../../bot/usage/usage-aggregate';

export interface DemoCall {
  kind: UsageCallKind;
  country: string | null;
  seconds: number;
  /** Charge + connection, micros. */
  cost: bigint;
  inferred?: boolean;
}

export function meetingGroup(organizerKey: string, conferenceId: string, firstCallAt: string, calls: readonly DemoCall[], options: { withMix?: boolean } = {}): UsageGroup {
  const user = demoUser(organizerKey);
  const mix: ConferenceMix = emptyMix();
  for (const c of calls) addCallToMix(mix, { callKind: c.kind, country: c.country, seconds: c.seconds, cost: c.cost, inferred: c.inferred ?? false });
  const cost = calls.reduce((s, c) => s + c.cost, 0n);
  return {
    key: conferenceId,
    amounts: { calls: calls.length, seconds: calls.reduce((s, c) => s + c.seconds, 0), charge: cost, connection: 0n, credit: cost },
    organizer: { id: user.aadObjectId, upn: user.userPrincipalName, name: user.displayName, attribution: calls.some((c) => !c.inferred) ? 'direct' : 'via-conference' },
    firstCallAt,
    lastCallAt: firstCallAt,
    mix: options.withMix === false ? null : mix,
  };
}

/** `count` meetings of one organizer, each with calls of every conference kind from several countries, costliest first. */
export function manyMeetings(organizerKey: string, count: number): UsageGroup[] {
  const countries = ['FR', 'US', 'GB', 'DE', 'JP', 'BR', 'IN', 'CN', 'AU', 'CA'];
  return Array.from({ length: count }, (_, i) => {
    const calls: DemoCall[] = countries.flatMap((country, c) => [
      { kind: 'dial-in-toll' as const, country, seconds: 600 + c, cost: BigInt(1_000_000 * (count - i) + c), inferred: c % 2 === 0 },
      { kind: 'dial-in-toll-free' as const, country, seconds: 300 + c, cost: BigInt(500_000 + c) },
      { kind: 'dial-out' as const, country, seconds: 900 + c, cost: BigInt(2_000_000 + c) },
    ]);
    const day = String(1 + (i % 28)).padStart(2, '0');
    return meetingGroup(organizerKey, String(100_000_000 + i), `2026-10-${day}T14:0${i % 10}:00.000Z`, calls);
  });
}
