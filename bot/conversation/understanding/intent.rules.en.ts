import { rule, words, type IntentRule } from './intent.rules';

export const ENGLISH_INTENT_RULES: readonly IntentRule[] = [
  rule('help', 2, words('help|hlep|halp|hepl')),
  rule('help', 2, words('what can (?:you|this bot|the bot|it) do|what (?:are you|is this bot) for|what do you do')),
  rule('help', 2, words('how (?:do i|to|can i|should i) use (?:this|it|you|the bot)|how does (?:this|it) work')),
  rule('help', 2, words('what (?:kind of |sort of )?questions')),
  rule('help', 1.5, words('commands?|options|menu')),
  rule('help', 1, /^\s*(?:hi|hello|hey|yo|good (?:morning|afternoon|evening))(?![\p{L}])/u),

  rule('eligibility', 2.5, words('el+[ie]g[ie]b\\p{L}*|qualif(?:y|ied|ies)')),
  rule('eligibility', 1, words('pay(?:ing)? ?per ?minute|ppm|per minute billing|billed per minute')),
  rule('eligibility', 1.5, words('licen[cs]es?|licensed')),
  rule('eligibility', 1, words('audio conferencing')),
  rule('eligibility', 1, words('do i have|am i allowed to use|can i use|(?:enabled|activated|set up|available) for (?:me|ppm)')),
  rule('eligibility', 1, words('enabled|activated|set up|available')),
  rule('eligibility', 2, words('(?:include|get|have|need)\\p{L}* (?:a |any )?dial in numbers?')),

  rule('estimate', 2, words('estimat\\p{L}*')),
  rule('estimate', 1.5, words('h(?:o?w|w) mu?ch (?:would|will|wud|is|for|does|do|to)|price|pricing')),
  rule('estimate', 1, words('costs?|h(?:o?w|w) mu?ch')),
  rule('estimate', 1, words('what (?:will|would|does|is)(?: \\p{L}+){0,8} cost|the cost of|cost (?:of|for)')),

  rule('myCosts', 2.5, words('(?:how much|what) (?:did|have|were) (?:my|i)|what have my')),
  rule('myCosts', 2, words('my(?: \\p{L}+){0,2} (?:costs|charges|spend|spending|bills?)|(?:cost|costs|spend) (?:of|on) my')),
  rule('myCosts', 0.5, words('my (?:meetings|calls|dial outs|dial ins)')),
  rule('myCosts', 1, words('spent|spend|spending|did')),

  rule('dialOutCheck', 2.5, words('(?:can|could|may) i (?:dial|call|ring|phone|add)|(?:allowed|able|permitted) to (?:dial|call|ring)')),
  rule('dialOutCheck', 2, words('dial out check|check if i can|(?:is|will) (?:dialing|calling|the call)|ok to (?:dial|call)')),
  rule('dialOutCheck', 2, words('add a phone participant|phone participant')),
  rule('dialOutCheck', 1, words('dial(?:ing)? out|allowed|work')),

  rule('balance', 2.5, words('balance')),
  rule('balance', 2, words('credits?')),
  rule('balance', 1, words('left|remaining|run(?:ning)? out|enough|cover|low')),
  rule('balance', 1.5, words('how much (?:money )?is left')),
];
