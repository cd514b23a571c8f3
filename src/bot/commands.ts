// The command menus in each language (@grammyjs/commands): names stay the same everywhere, the
// descriptions are translated. Everyone sees the user commands; staff see theirs too, in their own chat.
import { CommandGroup } from '@grammyjs/commands';
import type { Api, Context } from 'grammy';
import type { TranslateTo } from './context.ts';

export const COMMANDS = [
  'start',
  'menu',
  'invest',
  'parks',
  'compare',
  'apply',
  'zones',
  'districts',
  'myrequests',
  'subscribe',
  'unsubscribe',
  'cancel',
  'language',
  'help',
] as const;
/** Shown, besides the above, only in the chats of staff and admins. */
export const STAFF_COMMANDS = ['broadcast', 'stats', 'export', 'import', 'staff'] as const;
/** Of the staff commands, those only admins may use. */
export const ADMIN_COMMANDS: readonly string[] = ['staff'];

/** English is the default list; Kazakh and Russian apps get their own. */
const DEFAULT_LANG = 'en';
const MENU_LANGS = ['kk', 'ru'] as const;

/** A menu of `names`; each command's handler lives in its feature. */
export function commandMenu(t: TranslateTo, names: readonly string[]): CommandGroup<Context> {
  const group = new CommandGroup<Context>();
  for (const name of names) {
    const command = group.command(name, t(DEFAULT_LANG, `command-${name}`));
    for (const lang of MENU_LANGS) command.localize(lang, name, t(lang, `command-${name}`));
  }
  return group;
}

export async function setCommands(api: Api, t: TranslateTo): Promise<void> {
  await commandMenu(t, COMMANDS).setCommands({ api });
}

/** Gives one staff member's chat the staff commands too, or takes them away. */
export async function setStaffCommands(api: Api, t: TranslateTo, chatId: number, staff: boolean): Promise<void> {
  const scope = { type: 'chat' as const, chat_id: chatId };
  if (!staff) {
    for (const language_code of [undefined, ...MENU_LANGS]) await api.deleteMyCommands({ scope, language_code });
    return;
  }
  const menu = commandMenu(t, [...COMMANDS, ...STAFF_COMMANDS]);
  for (const command of menu.commands) command.addToScope(scope);
  await menu.setCommands({ api });
}
