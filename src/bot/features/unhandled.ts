// Everything no feature took: each gets a short answer, or is ignored on purpose — never an error.
import { FeatureComposer } from '../composer.ts';
import { escapeHtml } from '../../cards/render.ts';
import type { BotContext } from '../context.ts';
import { mainMenu } from '../menus.ts';
import { send } from '../reply.ts';

export const unhandled = new FeatureComposer<BotContext>();

// Edits of old messages are not new questions.
unhandled.on('edited_message', () => {});

const privateChats = unhandled.chatType('private');
privateChats.on('message:text', async (ctx) => {
  if (ctx.message.text.startsWith('/')) await send(ctx, { ...mainMenu(ctx.t), text: escapeHtml(ctx.t('unknown-command')) });
});
// What a person sends that is not text; service messages (a pin, a new photo of the chat) get nothing.
privateChats.on(
  ['message:sticker', 'message:photo', 'message:voice', 'message:video', 'message:video_note', 'message:audio', 'message:document', 'message:animation', 'message:location', 'message:venue', 'message:contact', 'message:poll', 'message:dice'],
  (ctx) => ctx.reply(ctx.t('only-text')),
);

unhandled.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
