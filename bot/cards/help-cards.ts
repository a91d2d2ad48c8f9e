/** Builds the welcome and help cards from localized strings. */
import helpTemplate from './help.json';
import welcomeTemplate from './welcome.json';
import { cardAttachment, type CardAttachment } from './render-card';
import type { Translator } from '../i18n/i18n';

const CAPABILITIES = ['eligibility', 'estimate', 'dialOut', 'balance', 'myCosts'] as const;

function capabilityItems(t: Translator) {
  return CAPABILITIES.map((key) => ({
    title: t.t(`help.${key}.title`),
    text: t.t(`help.${key}.text`),
    example: t.t(`help.${key}.example`),
  }));
}

// The help and welcome cards depend only on the language, and template expansion is the costly part of a
// help turn, so each is expanded once per language and variant.
const cache = new Map<string, CardAttachment>();

function memo(key: string, build: () => CardAttachment): CardAttachment {
  let card = cache.get(key);
  if (!card) {
    card = build();
    cache.set(key, card);
  }
  return structuredClone(card);
}

export interface HelpCardOptions {
  unknown?: boolean;
}

export function helpCard(t: Translator, options: HelpCardOptions = {}): CardAttachment {
  const variant = options.unknown ? 'unknown' : 'plain';
  return memo(`help:${t.language}:${variant}`, () => buildHelpCard(t, options));
}

function buildHelpCard(t: Translator, options: HelpCardOptions): CardAttachment {
  return cardAttachment(helpTemplate, {
    note: options.unknown ? t.t('help.unknown') : '',
    title: t.t('help.title'),
    intro: t.t('help.intro'),
    items: capabilityItems(t),
  });
}

export function welcomeCard(t: Translator): CardAttachment {
  return memo(`welcome:${t.language}`, () => buildWelcomeCard(t));
}

function buildWelcomeCard(t: Translator): CardAttachment {
  return cardAttachment(welcomeTemplate, {
    title: t.t('welcome.title'),
    body: t.t('welcome.body'),
    admins: t.t('welcome.admins'),
    tryIt: t.t('welcome.tryIt'),
    examples: capabilityItems(t).slice(0, 3),
  });
}
