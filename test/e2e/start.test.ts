// `npm start` as a process: it takes updates from the Bot API server at BOT_API_ROOT, answers,
// and stops cleanly on SIGTERM.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BotApiEmulator } from '../../src/local/emulator.ts';
import { OFFLINE_TOKEN } from '../../src/local/harness.ts';
import { bundle } from '../../src/local/startCommand.ts';
import { spawnBot, tempDir, until } from '../helpers.ts';

const tmp = tempDir();
const emulator = new BotApiEmulator();
afterAll(async () => {
  await emulator.stop();
  tmp.cleanup();
});

describe("npm start's command", () => {
  it('answers over the Bot API and stops cleanly on SIGTERM', async () => {
    const url = await emulator.start();
    await bundle(); // what npm start's prestart does
    const { child, logs, exited } = spawnBot(url, {
      DATABASE_PATH: join(tmp.dir, 'start.db'),
      LOG_LEVEL: 'info',
    });
    await until(() => logs().includes('"msg":"bot started"'), 'the bot to start');
    const user = { id: 4242, first_name: 'Дана', language_code: 'ru' };
    emulator.sendText(user, 'Береке');
    await until(() => emulator.chat(user.id).some((m) => m.text.includes('«Береке»')), 'the answer');
    // Log lines are buffered and go out within a second.
    await until(() => /"kind":"message","ms":\d+,"outcome":"ok"/.test(logs()), "the update's log line", 3000);
    expect(logs()).not.toContain(OFFLINE_TOKEN);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs()).toContain('"msg":"bot stopped"');
  }, 60_000);
});
