// Everything no feature took: each gets a short answer, or is ignored on purpose — never an error.
import type { CommandGroup } from '@grammyjs/commands';
import { Composer, type Context } from 'grammy';
import type { BotContext } from '../../context.ts';
import { mainMenu } from '../../menus.ts';
import { isStaff } from '../../middlewares/roles.ts';
import { send } from '../../reply.ts';

/** The menus people and staff have, for the nearest command to one that does not exist. */
export function unhandled(commands: CommandGroup<Context>, staffCommands: CommandGroup<Context>): Composer<BotContext> {
  const rest = new Composer<BotContext>();
  // Edits of old messages are not new questions.
  rest.on('edited_message', () => {});

  const privateChats = rest.chatType('private');
  privateChats.on('message:text').hears(/^\//, async (ctx) => {
    const nearest = ctx.getNearestCommand(isStaff(ctx) ? staffCommands : commands);
    const text = nearest ? ctx.t('unknown-command-nearest', { command: nearest }) : ctx.t('unknown-command');
    await send(ctx, mainMenu(ctx.t, text));
  });

  // What a person sends that is not text; service messages (a pin, a new photo of the chat) get nothing.
  privateChats.on(
    [
      'message:sticker',
      'message:photo',
      'message:voice',
      'message:video',
      'message:video_note',
      'message:audio',
      'message:document',
      'message:animation',
      'message:location',
      'message:venue',
      'message:contact',
      'message:poll',
      'message:dice',
    ],
    (ctx) => ctx.reply(ctx.t('only-text')),
  );

  rest.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  return rest;
}
