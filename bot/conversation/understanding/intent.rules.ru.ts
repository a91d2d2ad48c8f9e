import { rule, words, type IntentRule } from './intent.rules';

const L = '\\p{L}*';

export const RUSSIAN_INTENT_RULES: readonly IntentRule[] = [
  rule('help', 2, words(`помощ${L}|помоги${L}|справк${L}`)),
  rule('help', 2, words('что ты (?:умеешь|можешь)|как (?:это|ты) работает|для чего (?:этот|ты)|зачем (?:этот|ты)')),
  rule('help', 2, words('как (?:тобой|им|этим) пользоваться|какие вопросы')),
  rule('help', 1.5, words(`команд${L}|меню`)),
  rule('help', 1, words(`подскаж${L}`)),
  rule('help', 1, /^\s*(?:привет|здравствуй\p{L}*|добрый (?:день|вечер)|доброе утро)(?![\p{L}])/u),

  rule('eligibility', 1.5, words(`поминутн${L}|оплат${L} за минуту`)),
  rule('eligibility', 1.5, words(`лиценз${L}|соответству${L}|подхож${L}|положен${L}`)),
  rule('eligibility', 1, words(`аудиоконференц${L}|ppm`)),
  rule('eligibility', 1.5, words('(?:могу ли я|можно ли мне) (?:использовать|пользоваться)')),
  rule('eligibility', 1, words(`доступн${L}|включен${L}|настроен${L}|есть ли у меня|у меня есть|право`)),
  rule('eligibility', 2, words('номер для подключения')),

  rule('estimate', 2, words(`оцен${L}|рассчита${L}|посчита${L}`)),
  rule('estimate', 1.5, words(`(?:сколько|скока|скоко) (?:будет )?стоит|цен${L}|во сколько обойдется|обойдется|выйдет`)),
  rule('estimate', 1, words(`стоимост${L}|стоить|стоит`)),

  rule('myCosts', 2.5, words(`стоили|обошл${L}|потратил${L}`)),
  rule('myCosts', 2, words(`мо(?:и|их|им|ими) (?:расход|трат)${L}|(?:расход|трат)${L} (?:по )?мо${L}`)),
  // "Стоимость моих собраний" (the command title): the cost of meetings already held, not an estimate.
  rule('myCosts', 2, words(`(?:стоимост|затрат)${L} мо(?:и|их|им|ими) (?:встреч|собрани|звонк)${L}`)),
  rule('myCosts', 0.5, words(`мо(?:и|их|им|ими) (?:встреч|собрани|звонк|исходящ)${L}`)),
  rule('myCosts', 1, words(`расход${L}|трат${L}`)),

  rule('dialOutCheck', 2.5, words(`(?:можно|могу|получится)(?: ли)?(?: я| мне)? (?:позвонить|звонить|набрать|набирать|делать исходящ${L}|сделать исходящ${L}|добавить участника)`)),
  rule('dialOutCheck', 2, words(`пройдет|проверка исходящ${L}|можно набрать`)),
  rule('dialOutCheck', 1, words(`исходящ${L}`)),

  rule('balance', 2.5, words(`баланс${L}`)),
  rule('balance', 2, words(`кредит${L}`)),
  rule('balance', 1, words(`остал${L}|остат${L}|хват${L}|закончат${L}|достаточно|низк${L}`)),
  rule('balance', 1.5, words('сколько (?:денег )?(?:еще )?осталось')),
];
