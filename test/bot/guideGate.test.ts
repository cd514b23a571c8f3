// The guides' machinery runs for every update that may start or continue a guide, and only plain
// text in a chat without a guide skips it; a guide's registration runs only where the plugin did.
import { Api, Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { guide, guidesWhenNeeded, mayConcernGuide } from '../../src/bot/guideGate.ts';

const me: UserFromGetMe = { id: 1, is_bot: true, first_name: 'B', username: 'b_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false };
const from = { id: 5, is_bot: false, first_name: 'U' };
const chat = { id: 5, type: 'private' as const, first_name: 'U' };
const ctxOf = (update: Omit<Update, 'update_id'>) => new Context({ update_id: 1, ...update } as Update, new Api('1:x'), me);
const text = (t: string) => ctxOf({ message: { message_id: 1, date: 0, chat, from, text: t } });

const inGuide = (chats: string[]) => {
  const asked: string[] = [];
  return { asked, hasGuide: (key: string) => (asked.push(key), chats.includes(key)) };
};

describe('guide gate', () => {
  it('lets plain text through only in a chat with a guide under way', () => {
    const none = inGuide([]);
    expect(mayConcernGuide(text('Шелек'), none.hasGuide)).toBe(false);
    expect(none.asked).toEqual(['5']);
    expect(mayConcernGuide(text('завод газоблоков'), inGuide(['5']).hasGuide)).toBe(true);
  });

  it('always lets through what may open a guide or answer one without text, without asking the store', () => {
    const none = inGuide([]);
    expect(mayConcernGuide(text('/invest'), none.hasGuide)).toBe(true);
    // Telegram marks a command in the middle of a text too, and the way out of a guide listens for it.
    expect(mayConcernGuide(ctxOf({ message: { message_id: 1, date: 0, chat, from, text: 'what is /help', entities: [{ type: 'bot_command', offset: 8, length: 5 }] } }), none.hasGuide)).toBe(true);
    expect(mayConcernGuide(ctxOf({ callback_query: { id: '1', from, chat_instance: '1', data: 'm:invest', message: { message_id: 1, date: 0, chat, text: 'x' } } }), none.hasGuide)).toBe(true);
    expect(mayConcernGuide(ctxOf({ message: { message_id: 1, date: 0, chat, from, contact: { phone_number: '+77010000000', first_name: 'U' } } }), none.hasGuide)).toBe(true);
    expect(mayConcernGuide(ctxOf({ inline_query: { id: '1', from, query: 'Шелек', offset: '' } }), none.hasGuide)).toBe(true);
    expect(none.asked).toEqual([]);
  });

  it('runs the plugin and the registrations together, or neither', async () => {
    const ran: string[] = [];
    const plugin = guidesWhenNeeded<Context>((_ctx, next) => (ran.push('plugin'), next()), inGuide([]).hasGuide);
    const registration = guide<Context>((_ctx, next) => (ran.push('registration'), next()));
    const through = async (ctx: Context) => {
      ran.length = 0;
      await plugin(ctx, async () => void (await registration(ctx, async () => void ran.push('features'))));
      return [...ran];
    };
    expect(await through(text('/invest'))).toEqual(['plugin', 'registration', 'features']);
    expect(await through(text('Шелек'))).toEqual(['features']);
  });
});
