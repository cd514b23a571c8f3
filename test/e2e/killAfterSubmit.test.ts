// The bot as a process, killed (SIGKILL) after an application is filed and before its staff post
// is in the staff chat: started again on the same store, it posts the application, once, and a
// second tap of Submit afterwards files and posts nothing more.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { BotApiEmulator } from '../../src/local/emulator.ts';
import { bundle } from '../../src/local/startCommand.ts';
import { spawnBot, tempDir, until } from '../helpers.ts';

const STAFF_CHAT = -100_999;
const tmp = tempDir();
const dbPath = join(tmp.dir, 'kill.db');
const emulator = new BotApiEmulator();
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await emulator.stop();
  tmp.cleanup();
});

const query = <T>(sql: string): T[] => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};

/** `npm start`'s command as a process; resolves once it has started, with its exit. */
async function startBot(url: string): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  const bot = spawnBot(url, {
    DATABASE_PATH: dbPath,
    STAFF_CHAT_ID: String(STAFF_CHAT),
    USER_RATE_LIMIT: '10000',
    LOG_LEVEL: 'info',
  });
  children.push(bot.child);
  await until(() => bot.logs().includes('"msg":"bot started"'), 'the bot to start');
  return bot;
}

describe('an application when the bot is killed after Submit', () => {
  it('reaches the staff chat exactly once after a restart, and the store shows it posted', async () => {
    const url = await emulator.start();
    await bundle();
    const user = { id: 4343, first_name: 'Дана', language_code: 'ru' };
    const said = () => emulator.chat(user.id);
    /** Does something as the user and waits for the bot's answer that contains `expected`. */
    const step = async (act: () => void, expected: string) => {
      const before = said().length;
      act();
      await until(
        () =>
          said()
            .slice(before)
            .some((m) => m.text.includes(expected)),
        `"${expected}"`,
      );
    };
    const press = (label: string) => {
      const message = said().findLast((m) => m.buttons.length > 0)!;
      const button = message.buttons.flat().find((b) => b.text.includes(label))!;
      emulator.press(user, message, button.callback_data!);
    };

    const first = await startBot(url);
    await step(() => emulator.sendText(user, '/apply'), 'Согласны?');
    await step(() => press('Даю согласие'), 'Как вас зовут?');
    await step(() => emulator.sendText(user, 'Дана Ахметова'), 'Название компании?');
    await step(() => press('Частное лицо'), 'Как с вами связаться?');
    await step(() => emulator.sendText(user, 'dana@example.kz'), 'Коротко опишите проект');
    await step(() => emulator.sendText(user, 'Цех полимерной тары, 25 рабочих мест'), 'Проверьте заявку');
    const review = said().findLast((m) => m.buttons.length > 0)!;
    const submit = review.buttons.flat().find((b) => b.text === '✅ Отправить')!.callback_data!;
    // The staff chat holds the post unanswered: the bot dies with the application filed, not posted.
    emulator.faults.hang = new Set([STAFF_CHAT]);
    await step(() => emulator.press(user, review, submit), 'сохранена');
    const postsTried = () =>
      emulator.calls.filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === STAFF_CHAT).length;
    await until(() => postsTried() === 1, 'the staff post to be under way');
    first.child.kill('SIGKILL');
    await first.exited;
    emulator.faults.hang = undefined;
    const [filed] = query<{ id: number; ref: string }>('SELECT id, ref FROM applications');
    expect(query('SELECT status FROM staff_posts')).toEqual([{ status: 'pending' }]);
    expect(emulator.chat(STAFF_CHAT)).toEqual([]);

    const second = await startBot(url);
    await until(() => emulator.chat(STAFF_CHAT).length > 0, 'the staff post');
    await until(
      () => query<{ status: string }>('SELECT status FROM staff_posts')[0]!.status === 'posted',
      'the post to be recorded',
    );
    // A second tap of Submit on the same review, after the restart.
    const answered = emulator.callbackAnswers.length;
    emulator.press(user, review, submit);
    await until(() => emulator.callbackAnswers.length > answered, 'the second tap to be answered');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    expect(postsTried()).toBe(2);
    const posts = emulator.chat(STAFF_CHAT);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain(filed!.ref);
    expect(query('SELECT id, staff_message_id FROM applications')).toEqual([
      { id: filed!.id, staff_message_id: posts[0]!.message_id },
    ]);
    expect(query('SELECT application_id, status, attempts FROM staff_posts')).toEqual([
      { application_id: filed!.id, status: 'posted', attempts: 0 },
    ]);
  }, 60_000);
});
