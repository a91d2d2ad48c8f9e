/**
 * "What did my meetings cost": the range, the total (the usage API's own), minutes by call kind, then the costliest
 * meetings one by one (minutes by kind, cost, top countries, calls tied to the organizer through the conference id)
 * and the rest summed, with the 24–48 h data lag said plainly. Only the asker's own meetings are ever in it.
 */
import template from './my-costs.json';
import type { CallKindMinutes, MeetingCost, MyCostsAnswer } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import { cardAttachment, escapeCardText, type CardAttachment } from './render-card';
import { countryName, date, dateTimeIn, integer, listOf, minutesOf, money } from './card-format';

export function myCostsCard(answer: MyCostsAnswer, t: Translator): CardAttachment {
  const { range, total } = answer;
  const none = total.meetings === 0;
  return cardAttachment(template, {
    title: t.t('myCosts.title'),
    subtitle: t.t(`myCosts.range.${range.label}`, { from: date(range.from, t), to: date(range.to, t), days: integer(range.days ?? 0, t) }),
    total: t.t('myCosts.total', { cost: money(total.cost, t) }),
    summary: none
      ? t.t('myCosts.none')
      : t.t('myCosts.summary', { meetings: integer(total.meetings, t), calls: integer(total.calls, t), minutes: minutesOf(total.seconds, t) }),
    byKind: !none && answer.byKind ? t.t('myCosts.byKind', { list: kindsText(answer.byKind, t) }) : '',
    meetings: answer.meetings.map((meeting) => meetingView(meeting, answer.timeZone, t)),
    more: answer.more
      ? t.t('myCosts.more', { meetings: integer(answer.more.meetings, t), cost: money(answer.more.cost, t), minutes: minutesOf(answer.more.seconds, t) })
      : '',
    notes: notes(answer, t),
  });
}

function kindsText(kinds: readonly CallKindMinutes[], t: Translator): string {
  return kinds.map((k) => t.t('myCosts.kindMinutes', { kind: t.t(`myCosts.kinds.${k.kind}`), minutes: minutesOf(k.seconds, t) })).join(' · ');
}

function meetingView(meeting: MeetingCost, timeZone: string, t: Translator) {
  const countries = meeting.topCountries ?? [];
  const named = countries.map((c) => t.t('myCosts.country', { country: c.country ? countryName(c.country, t) : t.t('myCosts.unknownCountry'), cost: money(c.cost, t) }));
  return {
    heading: t.t('myCosts.meeting', { date: dateTimeIn(meeting.firstCallAt, timeZone, t), id: escapeCardText(meeting.conferenceId) }),
    figures: t.t('myCosts.meetingFigures', { cost: money(meeting.cost, t), calls: integer(meeting.calls, t), minutes: minutesOf(meeting.seconds, t) }),
    kinds: meeting.byKind ? kindsText(meeting.byKind, t) : t.t('myCosts.breakdownUnavailable'),
    countries:
      named.length === 0 ? '' : t.t(meeting.moreCountries ? 'myCosts.topCountriesAndOthers' : 'myCosts.topCountries', { list: listOf(named) }),
    inferred:
      meeting.inferredCalls !== null && meeting.inferredCalls > 0
        ? t.t('myCosts.inferred', { inferred: integer(meeting.inferredCalls, t), calls: integer(meeting.calls, t) })
        : '',
  };
}

function notes(answer: MyCostsAnswer, t: Translator): { text: string }[] {
  const list: { text: string }[] = [];
  if (answer.otherCurrencies.length > 0) {
    list.push({ text: t.t('myCosts.otherCurrencies', { list: listOf(answer.otherCurrencies.map((m) => money(m, t))) }) });
  }
  if (answer.inferredCalls !== null && answer.inferredCalls > 0) list.push({ text: t.t('myCosts.inferredNote') });
  list.push({ text: t.t('myCosts.unattributed') });
  list.push({
    text: answer.newestCallAt
      ? t.t('myCosts.lag', { newest: dateTimeIn(answer.newestCallAt, answer.timeZone, t) })
      : t.t('myCosts.lagNoData'),
  });
  return list;
}
