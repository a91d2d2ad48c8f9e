import { AppManifestUtils } from '@microsoft/app-manifest';
import {
  listPlaceholders,
  resolveAppPackage,
  UnresolvedVariablesError,
} from '../../scripts/app-package.cjs';
import { committedLocalVars, resolvedWithLocalEnv, sources, type ManifestShape } from './app-package.fixture';

// @microsoft/app-manifest requires strip-bom 5, which is ESM only: Node 20 loads it, jest's CommonJS
// runtime does not. Only readTeamsManifest uses it, and these suites never call that.
jest.mock('strip-bom', () => (text: string) => text.replace(/^\uFEFF/, ''));

const EN_COMMANDS = ['help', 'Am I eligible?', 'Estimate a meeting', 'Can I dial', 'Credits', 'My meeting costs'];

describe('Teams manifest resolved with env/.env.local', () => {
  const resolved = resolvedWithLocalEnv();
  const manifest = resolved.manifest as ManifestShape;

  it('pins manifest 1.25 or newer, through the developer.microsoft.com schema URL bundled offline', () => {
    const [major, minor] = manifest.manifestVersion.split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(25);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it('validates against the bundled schema with no errors', async () => {
    // The one schema compile of this file (~250 ms).
    const errors = await AppManifestUtils.validateAgainstSchema(manifest as never);
    expect(errors).toEqual([]);
  });

  it('resolves every ${{VAR}} of the manifest and the language files from the committed env/.env.local', () => {
    const vars = committedLocalVars();
    const src = sources();
    const used = listPlaceholders([src.manifest, ...Object.values(src.languages)]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !vars[name])).toEqual([]);
    expect(listPlaceholders([resolved.manifest, ...Object.values(resolved.languages)])).toEqual([]);
  });

  it('lists the host of every tab contentUrl and websiteUrl in validDomains', () => {
    const urls = manifest.staticTabs.flatMap((tab) => [tab.contentUrl, tab.websiteUrl]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(manifest.validDomains).toContain(new URL(url).hostname);
  });

  it('has one personal static tab "Credits & usage" at ${{TAB_ENDPOINT}}/tab/', () => {
    const tabs = (sources().manifest as ManifestShape).staticTabs;
    expect(tabs).toHaveLength(1);
    expect(tabs[0]).toMatchObject({
      name: 'Credits & usage',
      contentUrl: '${{TAB_ENDPOINT}}/tab/',
      websiteUrl: '${{TAB_ENDPOINT}}/tab/',
      scopes: ['personal'],
    });
  });

  it('offers every intent as a command in personal chat and in team and group chats', () => {
    const [bot] = manifest.bots;
    expect(bot?.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const lists = bot?.commandLists ?? [];
    expect(lists.map((l) => l.scopes.sort())).toEqual([['personal'], ['groupChat', 'team']]);
    for (const list of lists) {
      expect(list.commands.map((c) => c.title)).toEqual(EN_COMMANDS);
      for (const c of list.commands) {
        // Teams shows at most 32 characters of a title and 128 of a description.
        expect(c.title.length).toBeLessThanOrEqual(32);
        expect(c.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('declares SSO on api://<tab domain>/<client id> and the meeting-events RSC permission', () => {
    const src = sources().manifest as ManifestShape;
    expect(src.webApplicationInfo).toEqual({
      id: '${{AAD_APP_CLIENT_ID}}',
      resource: 'api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}',
    });
    expect(src.validDomains).toEqual(expect.arrayContaining(['${{TAB_DOMAIN}}', '${{BOT_DOMAIN}}']));
    expect(src.authorization.permissions.resourceSpecific).toContainEqual({
      name: 'OnlineMeeting.ReadBasic.Chat',
      type: 'Application',
    });
  });

  it('names every unresolved variable, and whether it is missing or empty', () => {
    const vars: Record<string, string | undefined> = { ...committedLocalVars(), BOT_ID: '' };
    delete vars.TAB_DOMAIN;
    let error: unknown;
    try {
      resolveAppPackage(sources(), vars, { envName: 'local', envFiles: ['env/.env.local'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnresolvedVariablesError);
    const { variables, message } = error as UnresolvedVariablesError;
    expect(variables).toEqual([
      { name: 'BOT_ID', reason: 'empty', usedIn: ['manifest.json'] },
      { name: 'TAB_DOMAIN', reason: 'missing', usedIn: ['manifest.json'] },
    ]);
    expect(message).toContain('BOT_ID: is empty');
    expect(message).toContain('TAB_DOMAIN: is not defined');
  });
});
