import { understand, type LineRequest } from '../../../bot/conversation/understanding';

const NOW = new Date('2025-03-12T15:00:00Z');

function linesOf(text: string, locale = 'en-US', defaultRegion = 'US'): LineRequest[] {
  return understand(text, { locale, defaultRegion, now: NOW, timeZone: 'UTC' }).entities.lines;
}

describe('reading lines', () => {
  it.each([
    ['two clauses joined by "and"', '4 toll-free dial-ins from France and 2 dial-outs to Japan',
      [{ kind: 'dialInTollFree', count: 4, country: 'FR' }, { kind: 'dialOut', count: 2, country: 'JP' }]],
    ['a toll kind said after the country', 'cost of 2 dial ins from Germany toll free and one dial out to the USA',
      [{ kind: 'dialInTollFree', count: 2, country: 'DE' }, { kind: 'dialOut', count: 1, country: 'US' }]],
    ['a clause that borrows the line word before it', '3 dial-ins from France and 2 from Germany',
      [{ kind: 'dialIn', count: 3, country: 'FR' }, { kind: 'dialIn', count: 2, country: 'DE' }]],
    ['a borrowed call word keeps its own preposition', '5 звонками из Казахстана и 3 в Беларусь',
      [{ kind: 'dialIn', count: 5, country: 'KZ' }, { kind: 'dialOut', count: 3, country: 'BY' }]],
    ['a call word from a country is a dial-in', '3 participants qui appellent d’Allemagne via un numéro payant',
      [{ kind: 'dialInToll', count: 3, country: 'DE' }]],
    ['a call word to a country is a dial-out', '2 ligações para o Reino Unido', [{ kind: 'dialOut', count: 2, country: 'GB' }]],
    ['a comma inside a clause does not split it', 'с 3 участниками, которые звонят из Германии на платный номер',
      [{ kind: 'dialInToll', count: 3, country: 'DE' }]],
    ['an article right before the line word counts one', 'with a dial-out to Brazil', [{ kind: 'dialOut', count: 1, country: 'BR' }]],
    ['a number of callers after the line word', 'call out to 4 people in Japan', [{ kind: 'dialOut', count: 4, country: 'JP' }]],
    ['a phone number gives the line its country', '1 dial-out to +44 20 7946 0958',
      [{ kind: 'dialOut', count: 1, country: 'GB', phoneNumber: '+442079460958' }]],
    ['a per-caller stay', 'a 60 min meeting with 2 dial-outs to Japan for 20 minutes each',
      [{ kind: 'dialOut', count: 2, country: 'JP', stayMinutes: 20 }]],
    ['a per-caller stay in Chinese', '60分钟的会议，2个拨出到日本，每个20分钟', [{ kind: 'dialOut', count: 2, country: 'JP', stayMinutes: 20 }]],
    ['"0800" is toll-free', '12 linhas 0800', [{ kind: 'dialInTollFree', count: 12 }]],
    ['Chinese counts with classifiers', '四个从阿根廷收费拨入', [{ kind: 'dialInToll', count: 4, country: 'AR' }]],
  ] as const)('reads %s', (_why, text, lines) => {
    expect(linesOf(text)).toEqual(lines);
  });

  it.each([
    ['a line word with nothing about it', 'do we still have credit for toll-free numbers'],
    ['the meeting dial-in number, which is not a caller', 'Do I need a license to get a dial-in number?'],
    ['"call" naming the meeting', 'a 2 hour call'],
    ['"a" before a duration', 'a 90 minute meeting'],
    ['a Chinese numeral inside a word', '估算一下'],
  ])('reads no line from %s', (_why, text) => {
    expect(linesOf(text)).toEqual([]);
  });
});

describe('what a partial question lacks', () => {
  it.each([
    ['estimate a meeting cost', 'estimate', ['duration', 'lines']],
    ['what does a meeting with 2 dial-ins from India cost?', 'estimate', ['duration', 'tollKind']],
    ['how much will a 3 hour meeting cost with 12 toll-free dial-ins', 'estimate', ['country']],
    ['what will a 90 minute meeting cost with 4 toll-free dial-ins from France', 'estimate', []],
    ['can I dial out?', 'dialOutCheck', ['destination']],
    ['can I dial +1 555 0000?', 'dialOutCheck', ['destination']],
    ['can I dial out to Japan?', 'dialOutCheck', []],
    ['how much did my meetings cost?', 'myCosts', []],
    ['help', 'help', []],
  ])('%j → %s lacks %j', (text, intent, missing) => {
    const understood = understand(text, { locale: 'en-US', defaultRegion: 'US', now: NOW, timeZone: 'UTC' });
    expect([understood.intent, understood.missing]).toEqual([intent, missing]);
  });

  it('lists every number of a dial-out check as a destination, with no country guessed for +800', () => {
    const understood = understand('can I call +44 20 7946 0958 or +800 1234 5678?', { locale: 'en', now: NOW, timeZone: 'UTC' });
    expect(understood.entities.lines).toEqual([
      { kind: 'dialOut', count: 1, country: 'GB', phoneNumber: '+442079460958' },
      { kind: 'dialOut', count: 1, phoneNumber: '+80012345678' },
    ]);
  });
});
