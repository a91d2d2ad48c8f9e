/**
 * Each meeting's mix (calls by kind and country, calls tied through the conference id), as the conference roll-up
 * keeps it: computed from the day's rows, capped in storage without losing a second or a micro, read back exactly,
 * summed across days by the conference aggregate, and unknown (null) for rows written before it was kept.
 */
import { attributeViaConference, conferenceOrganizersOf } from '../../bot/usage/conference-attribution';
import { countriesByCost, decodeMix, emptyMix, encodeMix, addCallToMix, mergeMix, MAX_MIX_COUNTRIES, REST_OF_COUNTRIES } from '../../bot/usage/conference-mix';
import { normalizeGraphRow } from '../../bot/usage/normalize-graph-row';
import type { PstnCall } from '../../bot/usage/pstn-call';
import { rollUpDay } from '../../bot/usage/rollup';
import { aggregateConferences } from '../../bot/usage/usage-aggregate';
import type { ConferenceDayJson, ConferenceMonthRow } from '../../bot/store/usage-rollup-store';
import { CALLS, graphRow, type CallSpec } from './call-fixtures';

const g = (spec: CallSpec, extra: Record<string, unknown> = {}): PstnCall => {
  const r = normalizeGraphRow(graphRow(spec, extra), 'USD');
  if (!r.ok) throw new Error('bad');
  return r.value;
};

describe('a conference\'s mix', () => {
  it('is rolled up from the day\'s rows: kinds, countries, and the dial-in tied only through the conference id', () => {
    const named = g(CALLS.ppmTollDialIn!);
    const unnamed = attributeViaConference(g(CALLS.tollFreeDialInUnnamed!), conferenceOrganizersOf([named]));
    const { conferences } = rollUpDay('2026-03-10', [named, unnamed]);
    const mix = conferences.find((c) => c.conferenceId === named.conferenceId)!.mix;
    const conference = conferences.find((c) => c.conferenceId === named.conferenceId)!;
    expect(mix.inferredCalls).toBe(1);
    expect([...mix.byKind.keys()].sort()).toEqual(['dial-in-toll', 'dial-in-toll-free']);
    const kindSeconds = [...mix.byKind.values()].reduce((s, a) => s + a.seconds, 0);
    const kindCost = [...mix.byKind.values()].reduce((s, a) => s + a.cost, 0n);
    expect(kindSeconds).toBe(conference.seconds);
    expect(kindCost).toBe(conference.charge + conference.connection);
    expect(mix.byCountry.get('FR')).toBeDefined();
  });

  it(`keeps the top ${MAX_MIX_COUNTRIES} countries in storage and sums the rest, losing no second and no micro`, () => {
    const mix = emptyMix();
    const countries = ['US', 'GB', 'DE', 'FR', 'JP', 'BR', 'IN', 'CN', 'AU'];
    countries.forEach((country, i) => addCallToMix(mix, { callKind: 'dial-out', country, seconds: 60 * (i + 1), cost: BigInt(1_000 * (i + 1)), inferred: false }));
    addCallToMix(mix, { callKind: 'dial-in-toll', country: null, seconds: 30, cost: 7n, inferred: true });
    const json = encodeMix(mix);
    expect(Object.keys(json.c)).toHaveLength(MAX_MIX_COUNTRIES + 1);
    expect(json.c[REST_OF_COUNTRIES]).toBeDefined();
    const back = decodeMix(JSON.parse(JSON.stringify(json)))!;
    const total = (m: typeof mix) => [...m.byCountry.values()].reduce((s, a) => ({ seconds: s.seconds + a.seconds, cost: s.cost + a.cost }), { seconds: 0, cost: 0n });
    expect(total(back)).toEqual(total(mix));
    expect(back.byKind).toEqual(mix.byKind);
    expect(back.inferredCalls).toBe(1);
    expect(countriesByCost(back)[0]![0]).toBe('AU');
  });

  it('is unknown for rows written before it was kept', () => {
    expect(decodeMix(undefined)).toBeNull();
    expect(decodeMix({ k: {}, c: {} })).toBeNull();
  });

  it('is summed over the days of a conference by the aggregate, and null when one day predates it', () => {
    const day = (seconds: number, cost: number, mixed: boolean): ConferenceDayJson => {
      const mix = emptyMix();
      addCallToMix(mix, { callKind: 'dial-out', country: 'JP', seconds, cost: BigInt(cost), inferred: false });
      return mixed ? [1, seconds, String(cost), '0', String(cost), 0, 0, 'u1', 'direct', encodeMix(mix)] : [1, seconds, String(cost), '0', String(cost), 0, 0, 'u1', 'direct'];
    };
    const row = (id: string, days: Record<string, ConferenceDayJson>): ConferenceMonthRow => ({
      rowKey: `${id}|USD`, conferenceId: id, currency: 'USD', organizerId: 'u1', organizerUpn: null, organizerName: null, attribution: 'direct', days,
    });
    const aggregate = aggregateConferences(
      [row('111', { '2026-03-02': day(60, 100, true), '2026-03-03': day(120, 200, true) }), row('222', { '2026-03-02': day(60, 100, true), '2026-03-04': day(60, 100, false) })],
      { from: '2026-03-01', to: '2026-03-31', filter: {}, top: null, currency: 'USD' },
    );
    const first = aggregate.groups.find((gr) => gr.key === '111')!;
    expect(first.mix?.byKind.get('dial-out')).toEqual({ calls: 2, seconds: 180, cost: 300n });
    expect(aggregate.groups.find((gr) => gr.key === '222')!.mix).toBeNull();
  });
});
