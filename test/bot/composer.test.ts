// FeatureComposer keeps grammY's meaning: middleware in order, filters and branches (sync and
// async), middleware added after a composer is in use, `next` at most once, errors to the caller.
import { Api, Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { FeatureComposer } from '../../src/bot/composer.ts';

const me: UserFromGetMe = { id: 1, is_bot: true, first_name: 'B', username: 'b_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false };

function text(text: string, chatType: 'private' | 'group' = 'private'): Context {
  const chat = chatType === 'private' ? { id: 5, type: 'private' as const, first_name: 'U' } : { id: -5, type: 'group' as const, title: 'G' };
  const entities = text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }] : undefined;
  const update: Update = { update_id: 1, message: { message_id: 1, date: 0, chat, from: { id: 5, is_bot: false, first_name: 'U' }, text, ...(entities ? { entities } : {}) } };
  return new Context(update, new Api('1:x'), me);
}

async function run(composer: FeatureComposer<Context>, ctx: Context): Promise<{ log: string[]; reachedEnd: boolean }> {
  const log: string[] = [];
  (ctx as Context & { log?: string[] }).log = log;
  let reachedEnd = false;
  await composer.middleware()(ctx, async () => {
    reachedEnd = true;
  });
  return { log, reachedEnd };
}

const say = (ctx: Context, what: string) => (ctx as Context & { log: string[] }).log.push(what);

describe('FeatureComposer', () => {
  it('runs middleware in order, each around the rest', async () => {
    const c = new FeatureComposer<Context>();
    c.use(async (ctx, next) => {
      say(ctx, 'a in');
      await next();
      say(ctx, 'a out');
    });
    c.use((ctx, next) => {
      say(ctx, 'b');
      return next();
    });
    expect(await run(c, text('hi'))).toEqual({ log: ['a in', 'b', 'a out'], reachedEnd: true });
  });

  it('stops where a middleware does not call next', async () => {
    const c = new FeatureComposer<Context>((ctx) => void say(ctx, 'handled'));
    c.use((ctx) => void say(ctx, 'never'));
    expect(await run(c, text('hi'))).toEqual({ log: ['handled'], reachedEnd: false });
  });

  it('routes commands, filter queries and chat types as grammY does', async () => {
    const c = new FeatureComposer<Context>();
    c.command('start', (ctx) => void say(ctx, `start ${ctx.match}`));
    const privateChats = c.chatType('private');
    privateChats.on('message:text', (ctx, next) => (say(ctx, `private text ${ctx.message.text}`), next()));
    c.on('message:text', (ctx) => void say(ctx, 'any text'));
    expect((await run(c, text('/start now'))).log).toEqual(['start now']);
    expect((await run(c, text('Шелек'))).log).toEqual(['private text Шелек', 'any text']);
    expect((await run(c, text('Шелек', 'group'))).log).toEqual(['any text']);
  });

  it('sees middleware added to a sub-composer after it was installed', async () => {
    const c = new FeatureComposer<Context>();
    const privateChats = c.chatType('private');
    privateChats.command('later', (ctx) => void say(ctx, 'later'));
    expect((await run(c, text('/later'))).log).toEqual(['later']);
  });

  it('takes async predicates and arrays of middleware in branches', async () => {
    const c = new FeatureComposer<Context>();
    c.branch(
      async (ctx) => ctx.message?.text === 'yes',
      [(ctx, next) => (say(ctx, 'yes 1'), next()), (ctx) => void say(ctx, 'yes 2')],
      (ctx, next) => (say(ctx, 'no'), next()),
    );
    expect(await run(c, text('yes'))).toEqual({ log: ['yes 1', 'yes 2'], reachedEnd: false });
    expect(await run(c, text('nope'))).toEqual({ log: ['no'], reachedEnd: true });
    const dropped = new FeatureComposer<Context>();
    dropped.drop(async () => true, (ctx) => void say(ctx, 'not for me'));
    expect(await run(dropped, text('x'))).toEqual({ log: [], reachedEnd: true });
  });

  it('refuses a second call of next, and passes errors to the caller', async () => {
    const twice = new FeatureComposer<Context>(async (_ctx, next) => {
      await next();
      await next();
    });
    await expect(run(twice, text('x'))).rejects.toThrow('`next` already called before!');
    const failing = new FeatureComposer<Context>();
    failing.on('message', () => {
      throw new Error('boom');
    });
    await expect(run(failing, text('x'))).rejects.toThrow('boom');
  });
});
