import { findDurations } from '../../../bot/conversation/understanding/durations';
import { normalizeText } from '../../../bot/conversation/understanding/text.normalize';
import { ClaimedText } from '../../../bot/conversation/understanding/text.spans';

function durationsIn(text: string): number[] {
  const { folded } = normalizeText(text);
  return findDurations(folded, new ClaimedText(folded.length)).map((d) => d.minutes);
}

describe('findDurations', () => {
  it.each([
    ['45 min', 45],
    ['a 90-minute meeting', 90],
    ['30min', 30],
    ['1h30', 90],
    ['1 h 30', 90],
    ['2h15min', 135],
    ['1.5 hours', 90],
    ['2 hrs', 120],
    ['an hour', 60],
    ['an hour and a half', 90],
    ['one and a half hours', 90],
    ['half an hour', 30],
    ['three quarters of an hour', 45],
    ['1 hour 30 minutes', 90],
    ['une heure', 60],
    ['une heure et demie', 90],
    ['une demi-heure', 30],
    ['1,5 heure', 90],
    ['trois quarts d’heure', 45],
    ['hora e meia', 90],
    ['uma hora e meia', 90],
    ['meia hora', 30],
    ['duas horas', 120],
    ['полтора часа', 90],
    ['полчаса', 30],
    ['на час', 60],
    ['2 часа', 120],
    ['1 ч 30 мин', 90],
    ['трёхчасовая встреча', 180],
    ['часовая встреча', 60],
    ['90分钟', 90],
    ['九十分鐘', 90],
    ['一個小時', 60],
    ['一个半小时', 90],
    ['两个半小时', 150],
    ['半小时', 30],
    ['1小时30分钟', 90],
    ['1.5小时', 90],
    ['三刻钟', 45],
    ['４５分钟', 45],
  ])('reads %j as %d minutes', (text, minutes) => {
    expect(durationsIn(text)).toEqual([minutes]);
  });

  it.each(['4 dial-ins', 'per hour', 'in Japan', '10000000 minutes', 'trois dial-outs', '3 dial-outs to Japan'])(
    'finds no duration in %j',
    (text) => {
      expect(durationsIn(text)).toEqual([]);
    },
  );

  it('finds the meeting and the per-caller stay in order', () => {
    expect(durationsIn('a 60 min meeting with 2 dial-outs for 20 minutes each')).toEqual([60, 20]);
  });
});
