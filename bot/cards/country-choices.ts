/**
 * The estimate form's countries, named with Intl.DisplayNames in the person's locale and sorted with their collation.
 * Not every country: a ChoiceSet per line with ~245 names would pass Teams' 28 KB card limit, so the form offers the
 * countries the tenant's rate card prices (the Zone A list when there is no card), the organizer's own and those
 * already on the lines. Any other country can be typed ("2 dial-ins from Chile").
 */
import { ZONE_A_COUNTRIES } from '../billing';
import type { EstimateAnswer } from '../conversation/answer-model';
import type { Translator } from '../i18n/i18n';
import { countryName } from './card-format';

type Choice = { title: string; value: string };

/** The same list is shown again and again (one per language and set of countries): sorted names are kept. */
const memo = new Map<string, readonly Choice[]>();

export function countryChoices(answer: EstimateAnswer, t: Translator): Choice[] {
  // The countries the card prices; without a card, the Zone A list as a start.
  const codes = new Set<string>(answer.rateCard?.countries.length ? answer.rateCard.countries : ZONE_A_COUNTRIES.map((c) => c.iso));
  if (answer.organizer.usageLocation) codes.add(answer.organizer.usageLocation);
  for (const line of answer.draft.lines) if (line.country) codes.add(line.country);
  const key = `${t.formatLocale}|${[...codes].sort().join(',')}`;
  let choices = memo.get(key);
  if (!choices) {
    const collator = new Intl.Collator(t.formatLocale);
    choices = [...codes].map((code) => ({ title: countryName(code, t), value: code })).sort((a, b) => collator.compare(a.title, b.title));
    if (memo.size > 500) memo.clear();
    memo.set(key, choices);
  }
  return choices.map((c) => ({ ...c }));
}
