/**
 * Traditional → Simplified folding for matching, and telling zh-TW text from zh-CN text.
 * The table covers the characters our lexicons, numerals and common chat use; a character missing here is simply
 * left as it is, and country names are matched in both scripts anyway (countries.lexicon.ts).
 */

// Pairs of (Traditional, Simplified). Many-to-one merges (髮/發→发, 乾/幹→干) are fine for matching.
const PAIRS =
  '會会議议鐘钟鍾钟時时個个費费計计麼么麽么嗎吗撥拨電电話话國国這这說说們们為为給给還还餘余額额發发髮发問问' +
  '幫帮夠够讓让樣样員员點点數数務务兩两資资許许證证權权帳账戶户開开啟启啓启條条號号碼码訊讯頻频錢钱從从過过' +
  '週周禮礼幾几塊块價价貸贷項项積积檢检機机幹干乾干單单選选協协請请題题該该應应無无線线綫线內内連连聯联絡络' +
  '語语門门灣湾臺台韓韩愛爱爾尔蘭兰義义羅罗亞亚華华長长紐纽烏乌歐欧總总錄录頭头後后約约劃划進进預预報报銷销' +
  '營营運运買买賣卖貨货實实際际裡里裏里邊边與与對对於于動动經经驗验來来間间區区雲云覺觉見见視视頁页達达遠远' +
  '測测試试醫医圖图書书東东車车閉闭關关陽阳陰阴風风氣气熱热涼凉講讲歡欢樂乐戲戏劇剧擊击擇择擔担據据樓楼歲岁' +
  '歷历曆历歸归殺杀漢汉爭争獨独現现產产畫画當当盡尽眾众確确種种稱称穩稳筆笔節节範范簡简紅红純纯紙纸級级紀纪' +
  '練练組组細细終终結结絕绝統统維维網网緊紧編编績绩繼继續续罰罚職职聽听聲声腦脑臉脸興兴舉举舊旧藝艺處处術术' +
  '衛卫補补製制複复復复規规親亲觀观訂订記记設设訪访評评詞词詢询認认誤误讀读護护變变負负財财責责質质購购賬账' +
  '較较載载輕轻輸输轉转農农郵邮鄉乡針针鐵铁錯错隊队陸陆隨随險险難难雙双雞鸡離离須须領领類类顯显飛飞館馆馬马' +
  '體体齊齐龍龙億亿萬万優优傳传傷伤備备兒儿冊册勞劳勢势參参叢丛喬乔嘗尝團团園园圍围報报場场壓压壞坏壯壮夢梦' +
  '奪夺奮奋婦妇媽妈孫孙學学寧宁寫写審审導导屆届層层屬属島岛帥帅師师帶带幣币廣广廠厂廳厅張张強强彈弹徑径徵征' +
  '憶忆懷怀戰战拋抛掃扫掛挂採采換换損损搶抢擁拥擴扩攝摄斷断晝昼暫暂曉晓極极標标歸归殘残決决沒没況况減减溫温' +
  '滿满滅灭漁渔潔洁濟济災灾煙烟燈灯爺爷牆墙獎奖獲获環环畢毕異异療疗盤盘礎础稅税窮穷競竞築筑糧粮絲丝綠绿緒绪' +
  '緣缘織织縣县繩绳罷罢習习聖圣聞闻聰聪肅肃脅胁膚肤艦舰藥药蘇苏蟲虫衝冲裝装觸触託托訓训討讨訴诉診诊詳详誌志' +
  '調调談谈諾诺謝谢識识讚赞豐丰貝贝貢贡貧贫販贩貪贪貫贯貴贵貼贴賴赖趨趋跡迹躍跃軍军軌轨軸轴輔辅輩辈輪轮辦办' +
  '辭辞違违適适遲迟遷迁遺遗邁迈鄰邻釋释鈔钞鋼钢錦锦鍵键鎖锁鏡镜鑰钥閃闪閒闲閱阅闆板陣阵陳陈隻只雜杂靈灵響响' +
  '頂顶順顺頓顿顧顾飯饭飲饮養养驅驱魚鱼鳥鸟鹽盐麗丽麥麦黃黄黨党齒齿龜龟錶表兌兑匯汇註注剛刚瑪玛薩萨緬缅茲兹' +
  '別别獅狮準准係系繫系誰谁刪删盧卢澤泽濱滨貿贸嶼屿鈴铃檔档軟软';

const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = buildMap(PAIRS);

/** Simplified forms that Traditional text also uses as they are (台灣, 里, 干), so they say nothing about the script. */
const SHARED_FORMS = new Set([...'台里后干只表系范制历发于云余冲志板斗准复采征才面松出万']);

const SIMPLIFIED_MARKERS: ReadonlySet<string> = new Set(
  [...TRADITIONAL_TO_SIMPLIFIED.values()].filter((s) => !SHARED_FORMS.has(s) && !TRADITIONAL_TO_SIMPLIFIED.has(s)),
);

function buildMap(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const traditional = chars[i]!;
    const simplified = chars[i + 1]!;
    if (traditional !== simplified) map.set(traditional, simplified);
  }
  return map;
}

/** One character (one code point) folded to Simplified; anything else is returned as it is. */
export function foldToSimplified(char: string): string {
  return TRADITIONAL_TO_SIMPLIFIED.get(char) ?? char;
}

export type ChineseScript = 'traditional' | 'simplified' | 'unknown';

/** Which script the text is written in, by counting characters that exist in only one of them. */
export function chineseScriptOf(text: string): ChineseScript {
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (TRADITIONAL_TO_SIMPLIFIED.has(char)) traditional += 1;
    else if (SIMPLIFIED_MARKERS.has(char)) simplified += 1;
  }
  if (traditional > simplified) return 'traditional';
  if (simplified > traditional) return 'simplified';
  return 'unknown';
}

/** Exposed for the table's own tests. */
export function traditionalPairs(): ReadonlyMap<string, string> {
  return TRADITIONAL_TO_SIMPLIFIED;
}
