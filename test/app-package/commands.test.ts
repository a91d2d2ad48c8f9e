/**
 * The bot's commands (issue 7, items 5–6): the command lists cover every intent the bot answers, and each command
 * title, in English and in every language file, is what Teams sends when it is picked, so the bot must understand it
 * as the intent it stands for, in that language.
 */
import { understand, type Intent } from '../../bot/conversation/understanding';
import { sources, type ManifestShape } from './app-package.fixture';

// @microsoft/app-manifest requires strip-bom 5, which is ESM only (see localization.test.ts); nothing here needs it.
jest.mock('strip-bom', () => (text: string) => text.replace(/^\uFEFF/, ''));

/** What each command stands for, in the order of the manifest's command lists. */
const COMMAND_INTENTS: readonly Intent[] = ['help', 'eligibility', 'estimate', 'dialOutCheck', 'balance', 'myCosts'];
const LANGUAGES: ReadonlyArray<[tag: string, locale: string]> = [
  ['en-us', 'en-US'],
  ['fr-fr', 'fr-FR'],
  ['pt-br', 'pt-BR'],
  ['ru-ru', 'ru-RU'],
  ['zh-cn', 'zh-CN'],
  ['zh-tw', 'zh-TW'],
];

const manifest = sources().manifest as ManifestShape;
const lists = manifest.bots[0]!.commandLists;

it('offers a command for every intent the bot answers, in personal chat and in team and group chats', () => {
  for (const list of lists) expect(list.commands).toHaveLength(COMMAND_INTENTS.length);
  expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
});

describe.each(LANGUAGES)('%s', (tag, locale) => {
  const strings = tag === 'en-us' ? null : (sources().languages[`${tag}.json`] as Record<string, string>);
  const cases = lists.flatMap((list, l) =>
    list.commands.map((command, c) => ({
      where: `list ${l} command ${c}`,
      title: strings ? strings[`bots[0].commandLists[${l}].commands[${c}].title`]! : command.title,
      intent: COMMAND_INTENTS[c]!,
    })),
  );

  it.each(cases)('understands $where ("$title") as $intent, in its own language', ({ title, intent }) => {
    const understood = understand(title, { locale, now: new Date('2026-11-02T15:00:00Z'), timeZone: 'UTC' });
    expect([title, understood.intent, understood.language]).toEqual([title, intent, locale]);
  });
});
