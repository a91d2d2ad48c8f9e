/**
 * The botbuilder CloudAdapter. An empty app id turns Bot Framework auth off (toolchain-notes), which only local mode
 * may do: config refuses azure mode without BOT_ID. SingleTenant or a user-assigned managed identity in Azure.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import { translatorFor } from '../i18n/i18n';

export function createAdapter(config: AppConfig, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.password,
    MicrosoftAppType: config.mode === 'local' ? '' : config.bot.type,
    MicrosoftAppTenantId: config.mode === 'local' ? '' : config.bot.tenantId,
    ToBotFromChannelOpenIdMetadataUrl: config.bot.openIdMetadataUrl,
  });
  const adapter = new CloudAdapter(auth);
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
