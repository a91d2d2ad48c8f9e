import { chars, rule, words, type IntentRule } from './intent.rules';

/** Written in Simplified: Traditional text is folded to Simplified before matching (chinese.script.ts). */
export const CHINESE_INTENT_RULES: readonly IntentRule[] = [
  rule('help', 2, chars('帮助|帮帮|帮忙|求助|协助|说明')),
  rule('help', 2, chars('你(?:能|会|可以)(?:做)?什么|干什么的|做什么的|是干嘛的|怎么用|怎么使用|如何使用')),
  rule('help', 2, chars('(?:哪些|什么)(?:问题|功能)')),
  rule('help', 1.5, chars('命令|指令|菜单|选单')),
  rule('help', 1, chars('^\\s*(?:你好|您好|嗨|哈喽)')),

  rule('eligibility', 1.5, chars('按分钟(?:计费|付费|收费)|每分钟(?:付费|计费)|支付每分钟')),
  rule('eligibility', 2, chars('资格')),
  rule('eligibility', 1.5, chars('许可证|授权|许可')),
  rule('eligibility', 1, chars('音频会议|音讯会议|开通|启用|符合|条件')),
  rule('eligibility', 1, chars('(?:能|可以)(?:使用|用)')),
  rule('eligibility', 1.5, chars('拨入号码')),
  rule('eligibility', 1, words('ppm')),

  rule('estimate', 2, chars('估算|估计|预估|估一下|算一下|算算')),
  rule('estimate', 1.5, chars('要花?多少钱|要多少|大概多少')),
  rule('estimate', 1, chars('多少钱|费用|价格|价钱|成本')),

  rule('myCosts', 2, chars('我的(?:会议的?)?(?:费用|花费|开销)|我.{0,4}的(?:费用|花费|开销)')),
  rule('myCosts', 0.5, chars('我的(?:会议|拨出)')),
  rule('myCosts', 2, chars('花了|用了多少')),
  rule('myCosts', 1, chars('开销|花费')),

  rule('dialOutCheck', 2.5, chars('(?:能|可以|能不能|可不可以)[^,]{0,10}(?:拨打|拨出|打电话|打到|打给|打\\s*☎)')),
  rule('dialOutCheck', 2, chars('(?:能|可以)打吗|把\\s*☎\\s*加入|拨出检查|检查.{0,4}拨出')),
  rule('dialOutCheck', 1, chars('拨打|拨出|可以吗')),

  rule('balance', 2.5, chars('余额')),
  rule('balance', 2, chars('贷项|积分|点数|额度')),
  rule('balance', 1, chars('还剩|剩余|剩下|够不够|够用|够吗|用完|还有多少')),
  rule('balance', 2, chars('(?:还剩|还有)多少钱')),
];
