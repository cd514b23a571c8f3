// The command menu in each language. Names stay the same everywhere; only descriptions are
// translated, and every list is set in the default scope so Telegram shows it.
import type { Api } from 'grammy';
import type { I18n } from '@grammyjs/i18n';
import type { BotContext } from './context.ts';

export const COMMANDS = ['start', 'invest', 'parks', 'zones', 'districts', 'myrequests', 'subscribe', 'unsubscribe', 'cancel', 'language', 'help'] as const;

export async function setCommands(api: Api, i18n: I18n<BotContext>): Promise<void> {
  const list = (lang: string) => COMMANDS.map((command) => ({ command, description: i18n.t(lang, `command-${command}`) }));
  await api.setMyCommands(list('en'));
  for (const lang of ['kk', 'ru'] as const) await api.setMyCommands(list(lang), { language_code: lang });
}
