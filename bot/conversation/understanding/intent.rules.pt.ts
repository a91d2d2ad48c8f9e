import { rule, words, type IntentRule } from './intent.rules';

export const PORTUGUESE_INTENT_RULES: readonly IntentRule[] = [
  rule('help', 2, words('ajud\\p{L}*|ajude|socorro')),
  rule('help', 2, words('o que (?:voce|vc) (?:pode fazer|faz|sabe fazer)|como funciona|pr?a que serve')),
  rule('help', 2, words('como (?:eu )?(?:uso|usar|utilizo)(?: isso| isto| voce)?|que perguntas')),
  rule('help', 1.5, words('comandos?|menu')),
  rule('help', 1, /^\s*(?:ola|oi|bom dia|boa tarde|boa noite)(?![\p{L}])/u),

  rule('eligibility', 2.5, words('el[ie]g[ie]v\\p{L}*|elegibilidade')),
  rule('eligibility', 1, words('(?:pagamento|cobranca|remuneracao|tarifacao) por minuto|por minuto|pay per minute|ppm')),
  rule('eligibility', 1.5, words('licencas?')),
  rule('eligibility', 1, words('audioconferencia|conferencia de audio')),
  rule('eligibility', 2, words('(?:eu )?tenho (?:direito|licenca|audioconferencia)')),
  rule('eligibility', 1.5, words('direito (?:a|ao)')),
  rule('eligibility', 1, words('configurad\\p{L}*|habilitad\\p{L}*|ativad\\p{L}*|disponivel|posso (?:usar|ter)')),
  rule('eligibility', 1.5, words('numeros? de discagem')),

  rule('estimate', 2, words('estima\\p{L}*')),
  rule('estimate', 1.5, words('(?:quanto|qto|qnto) (?:custa|custaria|vai custar|fica|sai)|preco|valor')),
  rule('estimate', 1, words('custo|custa|custaria|custar|qual o custo')),

  rule('myCosts', 2.5, words('custaram|custou|gastei|gastou|gastamos')),
  rule('myCosts', 2, words('(?:minhas|meus) (?:custos|gastos|cobrancas)|(?:custo|custos|gastos) das minhas')),
  rule('myCosts', 0.5, words('(?:minhas|meus) (?:reunioes|discagens|ligacoes|chamadas)')),
  rule('myCosts', 1, words('gast\\p{L}*')),

  rule('dialOutCheck', 2.5, words('(?:posso|consigo|da pra|da para|pode) (?:ligar|discar|fazer (?:uma )?(?:ligacao|discagem|chamada)|adicionar um participante)')),
  rule('dialOutCheck', 2, words('pode ser discado|vai funcionar|verifica se posso|checar')),
  rule('dialOutCheck', 1, words('discage(?:m|ns) extern(?:a|as)')),

  rule('balance', 2.5, words('saldo')),
  rule('balance', 2, words('creditos?')),
  rule('balance', 1, words('restam|restante|restantes|sobrou|sobra|suficientes?|acabar|ficar sem|ainda tem|ainda temos|cobrem|baixo')),
  rule('balance', 1.5, words('quanto (?:dinheiro )?(?:sobrou|resta|ainda)')),
];
