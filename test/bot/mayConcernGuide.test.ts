// Which updates the guides' machinery sees: everything but plain text in a chat with no guide saved
// (a search), which never starts a guide and so skips the conversations plugin.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BotContext, BotDeps } from '../../src/bot/context.ts';
import { mayConcernGuide } from '../../src/bot/middlewares/conversations.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { conversationStorage } from '../../src/store/storage.ts';
import { tempDir } from '../helpers.ts';

let dir: ReturnType<typeof tempDir>;
let store: Store;
beforeEach(() => {
  dir = tempDir();
  store = openStore(join(dir.dir, 'gate.db'));
});
afterEach(() => {
  store.close();
  dir.cleanup();
});

// Only the fields the predicate reads; the rest of a context does not matter to it.
const ctxOf = (update: object) => update as unknown as BotContext;
const text = (chat: number, t: string, entities?: object[]) =>
  ctxOf({ message: { text: t, ...(entities ? { entities } : {}) }, chat: { id: chat } });

describe('mayConcernGuide', () => {
  it('lets through commands, buttons and other messages, and plain text only where a guide is saved', async () => {
    const concerns = mayConcernGuide({ store } as unknown as BotDeps);
    expect(concerns(text(5, 'Шелек'))).toBe(false);
    expect(concerns(text(5, '/invest', [{ type: 'bot_command', offset: 0, length: 7 }]))).toBe(true);
    expect(concerns(text(5, 'что такое /help', [{ type: 'bot_command', offset: 10, length: 5 }]))).toBe(true);
    expect(concerns(ctxOf({ callbackQuery: { data: 'v:back' }, chat: { id: 5 } }))).toBe(true);
    expect(concerns(ctxOf({ message: { contact: { phone_number: '+7701' } }, chat: { id: 5 } }))).toBe(true);
    const storage = conversationStorage<{ chat: string }, unknown>(
      store.db,
      'v1',
      (c) => c.chat,
      () => undefined,
    );
    await storage.write({ chat: '5' }, { version: [0, 'v1'], state: {} });
    expect(concerns(text(5, 'Шелек'))).toBe(true);
    expect(concerns(text(6, 'Шелек'))).toBe(false);
  });
});
