// The command menu in each language. Names stay the same everywhere; only descriptions are
// translated, and every list is set in the default scope so Telegram shows it.
import type { Api } from 'grammy';
import type { Lang } from '../dataset/schema.ts';
import type { BotDeps } from './context.ts';

export const COMMANDS = ['start', 'invest', 'parks', 'zones', 'districts', 'myrequests', 'subscribe', 'unsubscribe', 'cancel', 'language', 'help'] as const;
/** Shown, besides the above, only in the chats of staff and admins. */
export const STAFF_COMMANDS = ['broadcast', 'stats', 'export', 'import', 'staff'] as const;

type Translate = BotDeps['translate'];
const list = (t: Translate, lang: Lang, names: readonly string[]) => names.map((command) => ({ command, description: t(lang, `command-${command}`) }));

export async function setCommands(api: Api, t: Translate): Promise<void> {
  await api.setMyCommands(list(t, 'en', COMMANDS));
  for (const lang of ['kk', 'ru'] as const) await api.setMyCommands(list(t, lang, COMMANDS), { language_code: lang });
}

/** Gives one staff member's chat the staff commands too, or takes them away. */
export async function setStaffCommands(api: Api, t: Translate, chatId: number, staff: boolean): Promise<void> {
  const scope = { type: 'chat' as const, chat_id: chatId };
  for (const lang of [undefined, 'kk', 'ru'] as const) {
    const options = lang ? { scope, language_code: lang } : { scope };
    if (staff) await api.setMyCommands(list(t, lang ?? 'en', [...COMMANDS, ...STAFF_COMMANDS]), options);
    else await api.deleteMyCommands(options);
  }
}
