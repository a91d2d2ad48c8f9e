/**
 * Numbers as organizers type them: digits ("2", "1.5", "1,5"), words in each language ("four", "quatre",
 * "четырьмя", "duas") and Chinese numerals ("四", "四十五", "两", "九十九").
 * All forms here are folded (lowercase, no accents, ё→е, Simplified), as text.normalize.ts produces.
 */

const UNITS: Record<string, readonly string[]> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  fr: ['un|une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
    'quatorze', 'quinze', 'seize', 'dix sept', 'dix huit', 'dix neuf'],
  pt: ['um|uma', 'dois|duas', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'treze',
    'catorze|quatorze', 'quinze', 'dezesseis|dezasseis', 'dezessete|dezassete', 'dezoito', 'dezenove|dezanove'],
  // Russian numerals decline; these are the case forms a question uses ("с четырьмя", "двух", "пятерых").
  ru: ['один|одна|одно|одного|одной|одному|одним|одну', 'два|две|двух|двум|двумя|двое|двоих',
    'три|трех|трем|тремя|трое|троих', 'четыре|четырех|четырем|четырьмя|четверо|четверых', 'пять|пяти|пятью|пятеро|пятерых',
    'шесть|шести|шестью|шестеро|шестерых', 'семь|семи|семью', 'восемь|восьми|восемью', 'девять|девяти|девятью',
    'десять|десяти|десятью', 'одиннадцать|одиннадцати', 'двенадцать|двенадцати', 'тринадцать|тринадцати',
    'четырнадцать|четырнадцати', 'пятнадцать|пятнадцати', 'шестнадцать|шестнадцати', 'семнадцать|семнадцати',
    'восемнадцать|восемнадцати', 'девятнадцать|девятнадцати'],
};

const TENS: Record<string, readonly string[]> = {
  en: ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  fr: ['vingt', 'trente', 'quarante', 'cinquante', 'soixante'],
  pt: ['vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'],
  ru: ['двадцать|двадцати', 'тридцать|тридцати', 'сорок|сорока', 'пятьдесят|пятидесяти', 'шестьдесят|шестидесяти',
    'семьдесят', 'восемьдесят', 'девяносто'],
};

/** How a language joins tens and units: "twenty five", "vingt et un" / "vingt deux", "vinte e cinco", "двадцать пять". */
const JOINERS: Record<string, (tens: string, unit: string, unitValue: number) => string[]> = {
  en: (t, u) => [`${t} ${u}`],
  fr: (t, u, v) => (v === 1 ? [`${t} et ${u}`] : [`${t} ${u}`]),
  pt: (t, u) => [`${t} e ${u}`],
  ru: (t, u) => [`${t} ${u}`],
};

function buildNumberWords(): Map<string, number> {
  const words = new Map<string, number>();
  for (const [language, units] of Object.entries(UNITS)) {
    units.forEach((forms, index) => forms.split('|').forEach((form) => words.set(form, index + 1)));
    const tens = TENS[language] ?? [];
    const join = JOINERS[language]!;
    tens.forEach((tensForms, tensIndex) => {
      const tensValue = (tensIndex + 2) * 10;
      for (const tensForm of tensForms.split('|')) {
        words.set(tensForm, tensValue);
        units.slice(0, 9).forEach((unitForms, unitIndex) => {
          for (const unitForm of unitForms.split('|')) {
            for (const phrase of join(tensForm, unitForm, unitIndex + 1)) words.set(phrase, tensValue + unitIndex + 1);
          }
        });
      }
    });
  }
  return words;
}

const NUMBER_WORDS: ReadonlyMap<string, number> = buildNumberWords();

function escapeForRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every number word, longest first so "twenty five" wins over "twenty". */
export const NUMBER_WORD_PATTERN = [...NUMBER_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeForRegex)
  .join('|');

export const CJK_NUMERAL_PATTERN = '[零〇一二两三四五六七八九十百千万]+';
export const DIGITS_PATTERN = '\\d+(?:[.,]\\d+)?';

/** A number in any of our forms; use it inside a pattern that sets word boundaries for the Latin parts. */
export const NUMBER_PATTERN = `(?:${DIGITS_PATTERN}|${NUMBER_WORD_PATTERN}|${CJK_NUMERAL_PATTERN})`;

const CJK_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CJK_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "四十五" → 45, "十二" → 12, "两" → 2, "一百零五" → 105, "二〇二五" → 2025 (digit by digit). */
export function parseCjkNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const chars = [...text];
  if (!chars.some((c) => c in CJK_UNITS || c === '万')) {
    if (!chars.every((c) => c in CJK_DIGITS)) return undefined;
    return Number(chars.map((c) => CJK_DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of chars) {
    const value = CJK_DIGITS[char];
    if (value !== undefined) {
      digit = value;
    } else if (char === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
    } else {
      const unit = CJK_UNITS[char];
      if (unit === undefined) return undefined;
      section += (digit ?? 1) * unit;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Reads a number in any supported form; "1,5" is one and a half, as French, Portuguese and Russian write it. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  const word = NUMBER_WORDS.get(trimmed.replace(/\s+/g, ' '));
  if (word !== undefined) return word;
  return parseCjkNumeral(trimmed);
}
