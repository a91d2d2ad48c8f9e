/**
 * The botbuilder CloudAdapter and the bot endpoint's authentication.
 *
 * An empty app id turns Bot Framework auth off (toolchain-notes), which only local mode may do: config refuses azure
 * mode without BOT_ID. In Azure the bot is SingleTenant (app id + secret + tenant) or a user-assigned managed identity
 * (MicrosoftAppType UserAssignedMSI: botbuilder's ConfigurationServiceClientCredentialFactory then builds its
 * ManagedIdentityServiceClientCredentialsFactory; no secret).
 *
 * Trap: setting ToBotFromChannelOpenIdMetadataUrl alone makes BotFrameworkAuthenticationFactory treat EVERY
 * parameter as given, leaving the token issuer, login URL and OAuth scope undefined, so no channel token can ever
 * pass. We therefore pass the whole public-cloud set (PUBLIC_CLOUD) with only the metadata URL
 * (BOT_OPENID_METADATA) replaced. botframework-connector's JwtTokenExtractor fetches exactly that URL, then its
 * jwks_uri, and checks issuer https://api.botframework.com, audience = BOT_ID, the serviceUrl claim and the key's
 * channel endorsements.
 *
 * The turn is authenticated before it runs, so a missing or bad token is a 401 in the API's error format (botbuilder
 * itself answers some signature failures with a 500 and a plain-text body).
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import { translatorFor } from '../i18n/i18n';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

export type BotTurnOutcome =
  | { kind: 'done'; status: number; body?: unknown }
  | { kind: 'unauthenticated' }
  | { kind: 'authUnavailable' };

/**
 * botframework-connector's AuthenticationConstants for the public cloud (a test checks they still match; botbuilder
 * does not re-export them). The outbound login URL is the botframework.com tenant; SingleTenant credentials replace
 * it with BOT_TENANT_ID when they fetch a token.
 */
export const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
} as const;

export function createBotAuthentication(config: AppConfig): ConfigurationBotFrameworkAuthentication {
  const local = config.mode === 'local';
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: local || config.bot.type === 'UserAssignedMSI' ? '' : config.bot.password,
    MicrosoftAppType: local ? '' : config.bot.type,
    MicrosoftAppTenantId: local ? '' : config.bot.tenantId,
    ValidateAuthority: true,
    ...PUBLIC_CLOUD,
    ToBotFromChannelOpenIdMetadataUrl: config.bot.openIdMetadataUrl,
  });
}

export class PpmCloudAdapter extends CloudAdapter {
  constructor(
    private readonly auth: ConfigurationBotFrameworkAuthentication,
    private readonly logger: Logger,
  ) {
    super(auth);
  }

  /** Authenticates the activity's token, then runs the turn; the caller writes the HTTP answer. */
  async processAuthenticatedTurn(activity: Activity, authHeader: string, logic: (context: TurnContext) => Promise<void>): Promise<BotTurnOutcome> {
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await this.auth.authenticateRequest(activity, authHeader);
    } catch (error) {
      // AuthenticationError carries the status botbuilder meant; jsonwebtoken's own errors (bad signature,
      // malformed token, not yet valid) are the token's fault too. A failed metadata download is ours.
      const status = statusOf(error) ?? 401;
      const reason = error instanceof Error ? error.message : 'unknown';
      if (status >= 500 || isNetworkError(error)) {
        this.logger.error({ event: 'bot.auth-unavailable', reason }, 'could not validate the bot token (OpenID metadata)');
        return { kind: 'authUnavailable' };
      }
      this.logger.info({ event: 'bot.auth-rejected', reason, channelId: activity.channelId }, 'bot endpoint token rejected');
      return { kind: 'unauthenticated' };
    }
    const response = await this.processActivity(authenticated, fixTimestamps(activity), logic);
    return { kind: 'done', status: response?.status ?? 200, ...(response?.body !== undefined ? { body: response.body } : {}) };
  }
}

export function createAdapter(config: AppConfig, logger: Logger): PpmCloudAdapter {
  const adapter = new PpmCloudAdapter(createBotAuthentication(config), logger);
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, event: 'bot.turn-error', activityType: context.activity.type }, 'bot turn failed');
    try {
      if (context.activity.type === 'message') {
        await context.sendActivity(MessageFactory.text(translatorFor(context.activity.locale).t('errors.generic')));
      }
    } catch (sendError) {
      logger.error({ err: sendError, event: 'bot.turn-error-reply-failed' }, 'could not tell the user about the failure');
    }
  };
  return adapter;
}

/** What CloudAdapter.process does before a turn (botbuilder's validateAndFixActivity): ISO strings become Dates. */
function fixTimestamps(activity: Activity): Activity {
  const raw = activity as Activity & Record<string, unknown>;
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      raw[rawField] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}

/** botframework-connector's AuthenticationError carries an HTTP statusCode. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function isNetworkError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'FetchError' || name === 'AbortError';
}
