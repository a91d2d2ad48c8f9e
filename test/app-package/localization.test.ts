import * as fs from 'node:fs';
import { validateAppPackage } from '../../scripts/app-package.cjs';
import { APP_PACKAGE_DIR, resolvedWithLocalEnv, sources, type ManifestShape } from './app-package.fixture';

// @microsoft/app-manifest requires strip-bom 5, which is ESM only: Node 20 loads it, jest's CommonJS
// runtime does not. Only readTeamsManifest uses it, and these suites never call that.
jest.mock('strip-bom', () => (text: string) => text.replace(/^\uFEFF/, ''));

const LANGUAGES = ['fr-fr', 'pt-br', 'ru-ru', 'zh-cn', 'zh-tw'];

describe('localized app listing', () => {
  const manifest = sources().manifest as ManifestShape;
  const resolved = resolvedWithLocalEnv();

  it('declares en-us as default and fr-FR, pt-BR, ru-RU, zh-CN, zh-TW, each with its own file', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en-us');
    const additional = manifest.localizationInfo.additionalLanguages;
    expect(additional.map((l) => l.languageTag)).toEqual(LANGUAGES);
    for (const { languageTag, file } of additional) {
      expect(file).toBe(`${languageTag}.json`);
      expect(fs.existsSync(`${APP_PACKAGE_DIR}/${file}`)).toBe(true);
    }
  });

  it('ships no language file that the manifest does not list', () => {
    const listed = new Set(manifest.localizationInfo.additionalLanguages.map((l) => l.file));
    const onDisk = fs.readdirSync(APP_PACKAGE_DIR).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
    expect(onDisk.filter((f) => !listed.has(f))).toEqual([]);
  });

  it('validates every language file against the bundled Localization schema of the manifest version', async () => {
    for (const json of Object.values(resolved.languages)) {
      expect((json as { $schema: string }).$schema).toBe(
        `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
      );
    }
    // The manifest is validated in manifest.test.ts; here only its language files matter.
    const errors = await validateAppPackage({ manifest: resolved.manifest, languages: resolved.languages });
    expect(errors).toEqual([]);
  });

  describe.each(LANGUAGES)('%s', (tag) => {
    const strings = sources().languages[`${tag}.json`] as Record<string, string>;

    it('translates the name, both descriptions, the tab and every command title and description', () => {
      const expected = ['name.short', 'name.full', 'description.short', 'description.full'];
      manifest.staticTabs.forEach((_, t) => expected.push(`staticTabs[${t}].name`));
      manifest.bots[0]!.commandLists.forEach((list, l) =>
        list.commands.forEach((_, c) => {
          expected.push(`bots[0].commandLists[${l}].commands[${c}].title`);
          expected.push(`bots[0].commandLists[${l}].commands[${c}].description`);
        }),
      );
      expect(Object.keys(strings).filter((k) => k !== '$schema').sort()).toEqual(expected.sort());
    });

    it('has no empty string, and keeps titles and descriptions within what Teams displays', () => {
      for (const [key, value] of Object.entries(strings)) {
        expect([key, value.trim().length > 0]).toEqual([key, true]);
        if (key.endsWith('.title')) expect([key, value.length <= 32]).toEqual([key, true]);
        if (/commands\[\d+\]\.description$/.test(key)) expect([key, value.length <= 128]).toEqual([key, true]);
      }
    });

    it('is a translation, not a copy of the English', () => {
      const en = manifest.bots[0]!.commandLists[0]!.commands;
      const same = en.filter((c, i) => strings[`bots[0].commandLists[0].commands[${i}].description`] === c.description);
      expect(same).toEqual([]);
      expect(strings['description.full']).not.toBe((sources().manifest as { description: { full: string } }).description.full);
    });

    it('uses the same titles in personal chat and in team and group chats', () => {
      const titles = (l: number) =>
        manifest.bots[0]!.commandLists[l]!.commands.map((_, c) => strings[`bots[0].commandLists[${l}].commands[${c}].title`]);
      expect(titles(1)).toEqual(titles(0));
    });
  });
});
