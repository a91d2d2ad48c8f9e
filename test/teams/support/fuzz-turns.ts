/**
 * Random but reproducible turns for the fuzz suites: messages (phrasings cut and mixed, any Unicode, emoji,
 * right-to-left text, markup, very long or empty) and card payloads (known and unknown verbs, fields of every
 * type, negative and huge numbers, injection), as Action.Submit messages with a value and as adaptiveCard/action
 * invokes. Built with fast-check's generators from a fixed seed.
 */
import fc from 'fast-check';

const PHRASES = [
  'What will a 90 minute meeting cost with 4 toll-free dial-ins from France and 2 dial-outs to Japan?',
  'Can I dial +81 3 1234 5678?',
  'am I eligible for pay-per-minute?',
  'posso ligar para +54 11 4123 4567?',
  'Combien coûte une réunion de 45 minutes avec 3 appels entrants depuis l’Allemagne ?',
  'Могу ли я позвонить на +7 495 123 45 67?',
  '我可以拨打 +81 3 1234 5678 吗',
  '一個小時的會議，3個來自日本的免付費撥入要多少錢？',
  'help',
  'Do we have enough credits?',
  'How much did my meetings cost last month?',
  'estimate 1000000000 minutes with -3 dial-ins from Atlantis',
];
const NASTY = ['<script>alert(1)</script>', '${$root.secret}', '[x](javascript:alert(1))', '\u202e\u2066', '🙂👍🏽🇫🇷', 'مرحبا', 'שלום', '\u0000', '%s%n', '{{t}}', '\ud800'];
const VERBS = ['estimate.update', 'estimate.addLine', 'estimate.removeLine', 'dialOut.check', 'estimate.delete', '', 'x'.repeat(300)];
const FIELD_NAMES = ['durationMinutes', 'lineCount', 'removeLine', 'phoneNumber', 'country', 'verb', 'line0_kind', 'line0_count', 'line0_country', 'line0_stay', 'line0_phone', 'line1_kind', 'line1_count', 'line1_country', 'line7_count', 'line99_kind', '__proto__', 'constructor'];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('dialInToll', 'dialInTollFree', 'dialOut', 'dialIn', 'JP', 'FR', 'ZZ', '', ' ', '-1', '0', '1e9', '1000000000', '2.5', 'NaN', '+81 3 1234 5678', '12'),
  fc.constantFrom(...NASTY),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double(),
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);

const message: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PHRASES),
  fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...NASTY, ' ', '!!', ''), fc.nat({ max: 60 })).map(([p, n, cut]) => `${p.slice(0, p.length - cut)}${n}`),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '   ', 'a'.repeat(4001), '😀'.repeat(50), 'x '.repeat(1999)),
);

const formData: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.dictionary(fc.constantFrom(...FIELD_NAMES), anyValue, { maxKeys: 8 }) },
  { weight: 1, arbitrary: anyValue },
);

export type FuzzTurn =
  | { kind: 'message'; text: string; attachments: boolean }
  | { kind: 'submit'; value: unknown }
  | { kind: 'invoke'; value: unknown };

const turn: fc.Arbitrary<FuzzTurn> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('message' as const), text: message, attachments: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...VERBS), formData).map(([verb, data]): FuzzTurn => ({
      kind: 'submit',
      value: typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, verb } : data,
    })),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom(...VERBS), formData, fc.constantFrom('Action.Execute', 'Action.Submit', undefined)).map(([verb, data, type]): FuzzTurn => ({
      kind: 'invoke',
      value: { action: { type, verb, data }, trigger: 'manual' },
    })),
  },
);

export function fuzzTurns(count: number, seed: number): FuzzTurn[] {
  return fc.sample(turn, { numRuns: count, seed });
}
