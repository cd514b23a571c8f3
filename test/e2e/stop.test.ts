// A stop with updates in flight: every update the bot took from the Bot API (and so acknowledged
// with its next offset) is answered in full before the store closes.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalBot } from '../../src/local/harness.ts';
import { tempDir, until } from '../helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('stopping with updates in flight (polling)', () => {
  it('answers every update already taken, then stops', async () => {
    const local = await startLocalBot({ databasePath: join(tmp.dir, 'stop.db'), userRateLimit: 1000 });
    const { emulator } = local;
    emulator.faults.sendDelayMs = 2000; // so that the stop finds answers under way
    const users = Array.from({ length: 400 }, (_, i) => ({ id: 70_000 + i, first_name: 'S', language_code: 'ru' }));
    const updateOf = new Map(users.map((u) => [u.id, emulator.sendText(u, 'Шелек')]));
    // Stop while the bot is in the middle of them: some taken, not all answered.
    await until(() => emulator.deliveredAt.size >= 20, 'the bot to take updates', 20_000);
    const answeredBefore = users.filter((u) => emulator.chat(u.id).length > 0).length;
    await local.app.stop();
    const taken = users.filter((u) => emulator.deliveredAt.has(updateOf.get(u.id)!));
    expect(answeredBefore).toBeLessThan(taken.length);
    for (const u of taken) {
      const replies = emulator.chat(u.id).map((m) => m.text);
      expect(replies, `user ${u.id}`).toHaveLength(1);
      expect(replies[0]).toContain('«Шелек»');
    }
    await emulator.stop();
  }, 60_000);
});
