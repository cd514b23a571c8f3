// Faults: a store that cannot be written still answers searches and cards, tells the user to try
// later for the rest, and logs it plainly; Bot API 5xx are retried.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;

beforeAll(async () => {
  tmp = tempDir();
  local = await startLocalBot({ databasePath: join(tmp.dir, 'faults.db'), userRateLimit: 10_000 });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

describe('faults', () => {
  it('keeps serving searches and cards from a store that cannot be written', async () => {
    const u = new ChatUser(local, { id: 11, first_name: 'R', language_code: 'ru' });
    await u.say('/start');
    // From here every write fails as on a read-only file system.
    local.app.store.sqlite.pragma('query_only = ON');
    try {
      await u.say('Шелек');
      expect(u.last!.text).toContain('<b>Индустриальная зона «Шелек»</b>');
      await u.press('Енбекшиказахский район');
      expect(u.last!.text).toContain('<b>Енбекшиказахский район</b>');
      const event = await u.say('/invest');
      expect(event.outcome).toBe('error');
      expect(u.last!.text).toBe(
        'Сейчас не получается сохранить данные. Поиск и карточки работают; остальное попробуйте чуть позже.',
      );
    } finally {
      local.app.store.sqlite.pragma('query_only = OFF');
    }
    await u.say('/invest');
    expect(u.last!.text).toContain('1/5.');
  });

  it('retries a Bot API 5xx and still answers', async () => {
    const u = new ChatUser(local, { id: 12, first_name: 'S', language_code: 'en' });
    for (let i = 0; i < 2; i++) {
      // A failure before each answer: auto-retry waits a few seconds and sends again.
      local.emulator.faults = { failNext: 1 };
      const event = await u.say('Talgar');
      expect(event.outcome, `attempt ${i}`).toBe('ok');
    }
    local.emulator.faults = {};
    expect(u.messages.filter((m) => m.text.includes('<b>Talgar district</b>')).length).toBe(2);
    expect(local.emulator.answered.get('sendMessage 502')).toBe(2);
  }, 30_000);
});
