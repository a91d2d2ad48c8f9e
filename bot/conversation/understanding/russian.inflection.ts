/**
 * Russian country names decline ("Япония" → "в Японию", "из Японии"; "Соединённые Штаты" → "из Соединённых Штатов").
 * A name word is reduced to a stem, and a word of the text matches when it is that stem plus a case ending.
 * Foreign names ending in -и, -о, -у, -е, -э, -ю do not decline ("Чили", "Перу", "Того"), and are matched exactly,
 * which also keeps "мало" from matching "Мали".
 */

const CASE_ENDINGS = new Set([
  '', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ую', 'юю', 'ая',
  'яя', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями', 'ию', 'ии', 'ия',
  'ью', 'ий', 'ием', 'ией', 'ое', 'ее', 'й', 'ь',
]);
const LONGEST_ENDING = 3;
const ADJECTIVE_ENDINGS = ['ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ий', 'ый', 'ой'];
const INDECLINABLE_FINALS = new Set([...'иоуеэю']);
const MIN_STEM = 3;

export interface RussianWordForm {
  stem: string;
  declines: boolean;
}

/** How a (folded, lowercase) Russian name word is matched. */
export function russianWordForm(word: string): RussianWordForm {
  const exact = { stem: word, declines: false };
  if (word.length <= MIN_STEM) return exact;
  const adjectiveEnding = ADJECTIVE_ENDINGS.find((ending) => word.endsWith(ending));
  if (adjectiveEnding && word.length - 2 >= MIN_STEM) return { stem: word.slice(0, -2), declines: true };
  const last = word[word.length - 1] ?? '';
  if (INDECLINABLE_FINALS.has(last)) return exact;
  if ('аяьйы'.includes(last)) return { stem: word.slice(0, -1), declines: true };
  return { stem: word, declines: true };
}

/** Whether a word of the text is a case form of the name word. */
export function isRussianCaseForm(textWord: string, form: RussianWordForm): boolean {
  if (!form.declines) return textWord === form.stem;
  return textWord.startsWith(form.stem) && CASE_ENDINGS.has(textWord.slice(form.stem.length));
}

/** The stems a text word could have, to look it up in an index keyed by stem. */
export function possibleRussianStems(textWord: string): string[] {
  const stems: string[] = [];
  for (let cut = 0; cut <= LONGEST_ENDING && textWord.length - cut >= MIN_STEM; cut += 1) {
    if (CASE_ENDINGS.has(textWord.slice(textWord.length - cut))) stems.push(textWord.slice(0, textWord.length - cut));
  }
  return stems;
}
