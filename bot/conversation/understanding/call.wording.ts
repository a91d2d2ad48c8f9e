import { allMatches, type ClaimedText, type Span, WORD_END, WORD_START } from './text.spans';

/**
 * How organizers say what kind of phone line they mean, in each language (folded text; seeds: Microsoft's PPM
 * article in each language — "appels entrants / sortants", "discagem / discagem externa", "входящие / исходящие",
 * "拨入 / 拨出", "免费 / 免付費", "numéro vert", "0800").
 * 'call' is a direction-less call word ("appeler", "ligar", "звонить", "拨打"); a preposition decides it later.
 * 'dialInNumber' is the meeting's dial-in number as a thing one has ("get a dial-in number"), not a caller.
 */
export type CallWordKind = 'dialIn' | 'dialOut' | 'call' | 'toll' | 'tollFree' | 'each' | 'separator' | 'dialInNumber';

export interface CallWordMention extends Span {
  kind: CallWordKind;
}

const L = '\\p{L}*';
const latin = (source: string): RegExp => new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'gu');
const han = (source: string): RegExp => new RegExp(source, 'gu');
/** "via un numéro payant", "by a toll-free number": the article belongs to the number, it is not a count of one. */
const VIA = '(?:(?:via|by|through|using|par|por|pelo|pela|com)\\s+(?:un|une|um|uma|a|an)\\s+)?';

/** Most specific first: "discagem externa" is dial-out before "discagem" is dial-in; "toll free" before "toll". */
const RULES: ReadonlyArray<readonly [CallWordKind, RegExp]> = [
  ['dialInNumber', latin('dial\\s*in\\s+numbers?|numeros?\\s+d\\s+acces(?:\\s+a\\s+distance)?|numeros?\\s+de\\s+discagem')],
  ['dialInNumber', latin(`номер${L}\\s+для\\s+подключени${L}`)],
  ['dialInNumber', han('拨入(?:电话)?号码')],

  ['tollFree', latin(`${VIA}(?:toll\\s*free|free\\s*phone|freephone|free\\s+(?:numbers?|lines?)|800\\s+numbers?)`)],
  ['tollFree', latin(`${VIA}(?:numeros?\\s+(?:verts?|gratuits?)|gratuit(?:s|e|es)?|sans\\s+frais)`)],
  ['tollFree', latin(`${VIA}(?:numeros?\\s+gratuitos?|gratuit(?:a|o|as|os)|gratis)`)],
  ['tollFree', latin(`бесплатн${L}`)],
  ['tollFree', latin('0800|8\\s?800')],
  ['tollFree', han('免付费|免费')],

  ['dialOut', latin('dial(?:l?ing|l?ed|s)?\\s*outs?|call(?:ing|ed|s)?\\s*outs?|(?:outbound|outgoing)\\s+calls?')],
  ['dialOut', latin('appels?\\s+sortants?|numerotation\\s+sortante|(?:appeler|appel\\s+vers)\\s+l\\s+exterieur')],
  ['dialOut', latin('discage(?:m|ns)\\s+extern(?:a|as)|(?:chamadas?|ligac(?:ao|oes))\\s+(?:de\\s+)?saida|discar\\s+para\\s+fora')],
  ['dialOut', latin(`исходящ${L}(?:\\s+(?:звонк|вызов)${L})?`)],
  ['dialOut', han('拨出|呼出|外呼|外拨|打出')],

  ['dialIn', latin('dial(?:l?ing|l?ed|s)?\\s*(?:ins?|into)|calling\\s+in|call\\s+in(?=\\s+from)|phon(?:e|ing)\\s+in')],
  ['dialIn', latin('join(?:ing|s)?\\s+by\\s+phone|(?:inbound|incoming)\\s+calls?')],
  ['dialIn', latin(`appels?\\s+entrants?|acces\\s+a\\s+distance|(?:se\\s+)?(?:connect|rejoign)${L}\\s+par\\s+telephone`)],
  ['dialIn', latin('participants?\\s+par\\s+telephone')],
  ['dialIn', latin('discage(?:m|ns)|(?:chamadas?|ligac(?:ao|oes))\\s+de\\s+entrada|entra(?:ndo|r|m|rem)\\s+(?:por|pelo|pela)')],
  ['dialIn', latin(`входящ${L}(?:\\s+(?:звонк|вызов)${L})?|подключ${L}`)],
  ['dialIn', han('拨入|呼入|打进|打入|接入')],

  ['toll', latin(`${VIA}(?:toll(?:\\s+numbers?)?|paid\\s+numbers?)`)],
  ['toll', latin(`${VIA}(?:numeros?\\s+)?payant(?:s|e|es)?`)],
  ['toll', latin(`${VIA}(?:(?:numeros?\\s+)?tarifad(?:a|o|as|os)|numeros?\\s+pagos?)`)],
  ['toll', latin(`платн${L}`)],
  ['toll', han('收费|(?<!免)(?<!分钟)付费')],

  ['call', latin('call(?:s|ing|ed)?|dial(?:s|l?ing|l?ed)?|ring|phone\\s+calls?')],
  ['call', latin(`appel${L}|compos${L}|joindre`)],
  ['call', latin('lig(?:a|ar|ando|arem|am|o|ue|uei|ou|acao|acoes)|chamadas?|disca(?:r|ndo)?|disque|telefonar')],
  ['call', latin(`(?:по)?звон${L}|набра${L}|набир${L}|вызов${L}`)],
  ['call', han('拨打|打电话|致电|呼叫|打(?=到|给|\\s*☎)')],

  ['each', latin('each|apiece|per\\s+(?:person|call|line|caller)')],
  ['each', latin('chacun(?:e)?|chaque|par\\s+personne')],
  ['each', latin('cada(?:\\s+uma?)?|por\\s+pessoa')],
  ['each', latin(`кажд${L}|по(?=\\s+\\d)`)],
  ['each', han('每个|每人|每位|每通|每条|各')],

  ['separator', latin('and|plus|et|e|mais|и|а\\s+также|плюс')],
  ['separator', han('和|以及|还有|另外|加上|及')],
  ['separator', /[,;]/gu],
];

export function findCallWords(folded: string, claimed: ClaimedText): CallWordMention[] {
  const found: CallWordMention[] = [];
  for (const [kind, pattern] of RULES) {
    for (const match of allMatches(pattern, folded)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (claimed.tryClaim(span)) found.push({ ...span, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
