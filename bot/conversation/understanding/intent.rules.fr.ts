import { rule, words, type IntentRule } from './intent.rules';

export const FRENCH_INTENT_RULES: readonly IntentRule[] = [
  rule('help', 2, words('aide|aidez|aider|aides')),
  rule('help', 2, words('(?:sais|peux|pouvez)(?: tu| vous)? faire|peux tu faire|que (?:fais|faites) (?:tu|vous)')),
  rule('help', 2, words('comment (?:ca|cela) (?:marche|fonctionne)|comment (?:t |vous |l )?utiliser|tu sers a quoi|a quoi (?:tu )?sers?')),
  rule('help', 2, words('quelles questions')),
  rule('help', 1.5, words('commandes?|menu')),
  rule('help', 1, /^\s*(?:bonjour|salut|coucou|bonsoir)(?![\p{L}])/u),

  rule('eligibility', 2.5, words('el+[ie]gib\\p{L}*')),
  rule('eligibility', 1, words('(?:paiement|facturation|paie|tarification) (?:a|par) (?:la )?minute|offre a la minute|ppm')),
  rule('eligibility', 1.5, words('licences?|benefici\\p{L}*')),
  rule('eligibility', 1, words('audioconferences?|audio conferences?')),
  rule('eligibility', 2, words('(?:ai je|j ai)(?: le)? droit|ai je (?:une licence|l audioconference)|j ai une licence')),
  rule('eligibility', 1, words('configure|active|activee|disponible|(?:puis je|je peux|est ce que je peux) utiliser')),
  rule('eligibility', 2, words('(?:avoir|obtenir) un numero d (?:acces|appel)')),

  rule('estimate', 2, words('estim\\p{L}*')),
  rule('estimate', 1.5, words('combien (?:couterait|coute|va couter|ca coute|pour)|prix|tarifs?')),
  rule('estimate', 1, words('couts?|couterait|coute|couter|quel (?:serait|sera|est) le cout')),

  rule('myCosts', 2.5, words('ont coute|m ont coute|ont couts?|j ai depense|ai je depense')),
  rule('myCosts', 2, words('mes (?:couts|frais|depenses)|(?:cout|couts|depenses) de mes')),
  rule('myCosts', 0.5, words('mes (?:reunions|appels)')),
  rule('myCosts', 1, words('depens\\p{L}*')),

  rule('dialOutCheck', 2.5, words('(?:puis je|je peux|est ce que je peux|ai je le droit d|peut on)(?: l| le)? (?:appeler|composer|joindre|faire un appel|ajouter un participant)')),
  rule('dialOutCheck', 2, words('va passer|passera|verifi\\p{L}* (?:si je peux|d appel)|verification d appel')),
  rule('dialOutCheck', 1, words('appels? sortants?')),

  rule('balance', 2.5, words('solde')),
  rule('balance', 2, words('credits?')),
  rule('balance', 1, words('reste|restant|restants|manquer|a court|assez|couvrent|encore|bas|etat')),
  rule('balance', 1.5, words('combien(?: \\p{L}+){0,4} reste')),
];
