// The per-user rate limit at its production default: a person going through a guide quickly is
// never dropped; a flood from one user gets one "slow down" and does not slow anyone else.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;

beforeAll(async () => {
  tmp = tempDir();
  local = await startLocalBot({ databasePath: join(tmp.dir, 'flood.db') });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the per-user rate limit', () => {
  it('lets a person answer a guide as fast as people tap', async () => {
    const u = new ChatUser(local, { id: 1, first_name: 'A', language_code: 'ru' });
    await u.say('/invest');
    for (const label of ['Производство', 'Без разницы', 'Не нужна / нужно помещение', 'Пока не знаю', 'Готово ✔']) {
      await pause(300);
      await u.press(label);
    }
    expect(u.messages.some((m) => m.text.startsWith('Ваш проект: 🏭 Производство'))).toBe(true);
    expect(u.messages.some((m) => m.text.includes('Слишком много сообщений'))).toBe(false);
  });

  it('answers a flood once with "slow down", and others are served as usual', async () => {
    const flood = { id: 2, first_name: 'F', language_code: 'ru' };
    const ids = Array.from({ length: 50 }, () => local.emulator.sendText(flood, 'Шелек'));
    const other = new ChatUser(local, { id: 3, first_name: 'O', language_code: 'kk' });
    const started = Date.now();
    await other.say('Береке');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(other.last!.text).toContain('«Береке»');
    await Promise.all(ids.map((id) => local.handled(id)));
    const replies = local.emulator.chat(2).map((m) => m.text);
    expect(replies.filter((t) => t.startsWith('Слишком много сообщений'))).toHaveLength(1);
    expect(replies.filter((t) => t.includes('«Шелек»')).length).toBeLessThanOrEqual(8);
  });

  it('tells a flood that goes on past the window to slow down once, not once a window', async () => {
    const flood = { id: 4, first_name: 'F', language_code: 'ru' };
    const ids: number[] = [];
    // 50 messages a second for three seconds: past the 2 s window.
    for (let second = 0; second < 3; second++) {
      for (let i = 0; i < 50; i++) ids.push(local.emulator.sendText(flood, 'Шелек'));
      await pause(1000);
    }
    await Promise.all(ids.map((id) => local.handled(id)));
    const replies = local.emulator.chat(4).map((m) => m.text);
    expect(replies.filter((t) => t.startsWith('Слишком много сообщений'))).toHaveLength(1);
    expect(replies.filter((t) => t.includes('«Шелек»')).length).toBeLessThanOrEqual(16);
  }, 20_000);
});
