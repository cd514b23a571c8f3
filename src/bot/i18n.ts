// Fluent translations from locales/, and how a user's language is chosen: the one they picked in
// the bot wins; until then Telegram's (kk → Kazakh, ru → Russian, anything else → English).
import { I18n } from '@grammyjs/i18n';
import { REPO_ROOT } from '../store/paths.ts';
import { languageFromTelegram, type Lang } from '../dataset/schema.ts';
import type { BotContext } from './context.ts';

export const LOCALES_DIR = `${REPO_ROOT}locales`;

/** The language the bot speaks to a user: the one they chose, else their Telegram app's. */
export function userLanguage(ctx: Pick<BotContext, 'user' | 'from'>): Lang {
  return ctx.user?.language ?? languageFromTelegram(ctx.from?.language_code);
}

export function createI18n(): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'en',
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: userLanguage,
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}
