import fc from 'fast-check';
import { SUPPORTED_LANGUAGES } from '../../../bot/i18n/locale';
import { understand, type Understanding } from '../../../bot/conversation/understanding';

const INTENTS = ['help', 'eligibility', 'estimate', 'dialOutCheck', 'balance', 'myCosts', 'unknown'];
const CONTEXT = { locale: 'fr-FR', defaultRegion: 'FR', now: new Date('2025-03-12T15:00:00Z'), timeZone: 'Europe/Paris' };

function isWellFormed(u: Understanding): boolean {
  const { entities } = u;
  return (
    INTENTS.includes(u.intent) &&
    (SUPPORTED_LANGUAGES as readonly string[]).includes(u.language) &&
    (entities.durationMinutes === undefined || (Number.isInteger(entities.durationMinutes) && entities.durationMinutes > 0)) &&
    entities.lines.every((line) => Number.isInteger(line.count) && line.count >= 1 && (line.country === undefined || /^[A-Z]{2}$/.test(line.country))) &&
    entities.phoneNumbers.every((n) => /^\+\d{6,15}$/.test(n)) &&
    (entities.range === undefined || entities.range.from <= entities.range.to)
  );
}

/** Pieces of real questions, so random mixes reach the extractors and not just the "unknown" path. */
const FRAGMENTS = ['90 min', '4 toll-free dial-ins from France', ' and ', '2 dial-outs to Japan', '+81 3 1234 5678', '一个半小时',
  '拨出到日本', 'из Франции', 'полтора часа', 'hora e meia', 'last 7 days', 'ce mois-ci', '🙂', '\u200F', 'שלום', 'عربي', '，', 'each', '每个'];

describe('understanding never fails', () => {
  it('returns a well-formed answer for any unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => isWellFormed(understand(text, CONTEXT))), { numRuns: 500 });
  });

  it('returns a well-formed answer for any mix of question fragments and noise', () => {
    const piece = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 8 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => isWellFormed(understand(pieces.join(' '), CONTEXT))), { numRuns: 500 });
  });

  it('accepts any locale tag, region and time zone', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (locale, defaultRegion, timeZone) =>
        isWellFormed(understand('last month, 2 dial-outs to Japan, 01 23 45 67 89', { locale, defaultRegion, timeZone, now: CONTEXT.now }))),
      { numRuns: 200 },
    );
  });

  it.each([
    ['emoji only', '🍕🎉🙂👍🏽‍♀️'],
    ['right-to-left text', 'هل يمكنني الاتصال باليابان؟ ‏שלום‏'],
    ['lone surrogates', '\uD800abc\uDFFF'],
    ['control characters', '\u0000\u0007\u001b[31m'],
    ['script injection', '<script>alert(1)</script>{{$root}}${7*7}'],
    ['only digits and separators', '1 2 3 4 5 6 7 8 9 0 '.repeat(300)],
  ])('handles %s', (_why, text) => {
    expect(isWellFormed(understand(text, CONTEXT))).toBe(true);
  });

  it('stays fast on 4,000+ and 1,000,000 characters, because it reads only the head', () => {
    const question = 'what will a 90 minute meeting cost with 4 toll-free dial-ins from France and 2 dial-outs to Japan? ';
    for (const length of [4_500, 1_000_000]) {
      const text = question.repeat(Math.ceil(length / question.length)).slice(0, length);
      const started = performance.now();
      const understood = understand(text, CONTEXT);
      expect(performance.now() - started).toBeLessThan(250);
      expect(understood.intent).toBe('estimate');
    }
  });

  it('is deterministic: the same text and context give the same answer', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (text) => JSON.stringify(understand(text, CONTEXT)) === JSON.stringify(understand(text, CONTEXT))), { numRuns: 200 });
  });
});
