// An import under load: while a staff member's file is being imported, everyone else is answered;
// the bot's own thread is never the one parsing, comparing or writing it. The worker is held midway
// (shared memory) so the order is certain: others' searches are answered while it holds, the staff
// member's difference comes once it is let go, and Apply writes every record.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grownDataset } from '../../src/bench/dataset.ts';
import { toBundle } from '../../src/dataset/bundle.ts';
import { loadDataset } from '../../src/dataset/load.ts';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { SEED_DIR } from '../../src/store/paths.ts';
import { tempDir, until } from '../helpers.ts';

const ADMIN = 7_101;
const EXTRA = 2_000;
let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
const hold = new Int32Array(new SharedArrayBuffer(8));

beforeAll(async () => {
  tmp = tempDir();
  local = await startLocalBot({
    databasePath: join(tmp.dir, 'load.db'),
    adminIds: [ADMIN],
    userRateLimit: 10_000,
    importHold: hold,
  });
});
afterAll(async () => {
  release();
  await local.stop();
  tmp.cleanup();
});

const ru = (n: number) => new Intl.NumberFormat('ru').format(n);

function release(): void {
  Atomics.store(hold, 0, 1);
  Atomics.notify(hold, 0);
}

describe('an import under load', () => {
  it("answers other users' searches while a staff import runs, then shows the difference and applies it", async () => {
    const data = grownDataset(loadDataset(SEED_DIR), EXTRA);
    const added = data.companies.at(-1)!;
    const staff = new ChatUser(local, { id: ADMIN, first_name: 'Staff', language_code: 'ru' });
    const others = [1, 2, 3].map(
      (i) => new ChatUser(local, { id: 8_000 + i, first_name: `U${i}`, language_code: 'ru' }),
    );

    const upload = local.emulator.sendDocument(staff.user, 'dataset.yaml', toBundle(data));
    await until(() => Atomics.load(hold, 1) === 1, 'the import worker to hold');
    for (const other of others) {
      await other.say('Шелек');
      expect(other.last!.text).toContain('Шелек');
    }
    await others[0]!.say(added.name.en);
    expect(others[0]!.last!.text).toMatch(/^По запросу «.+» ничего не нашлось/);
    expect(staff.messages).toEqual([]);

    release();
    await local.handled(upload, 60_000);
    expect(staff.last!.text).toContain('Изменения в файле dataset.yaml:');
    expect(staff.last!.text).toContain(`entities: добавлено — ${ru(EXTRA)}, изменено — 0, удалено — 0`);
    await staff.press('Применить');
    expect(staff.last!.text).toBe(`Применено: добавлено — ${ru(EXTRA * 4)}, изменено — 0, удалено — 0.`);

    await others[1]!.say(added.name.en);
    expect(others[1]!.last!.text).not.toMatch(/^По запросу/);
    expect(others[1]!.last!.text).toContain(added.name.ru);
    const db = new Database(join(tmp.dir, 'load.db'), { readonly: true });
    const { n } = db.prepare('SELECT count(*) AS n FROM companies').get() as { n: number };
    db.close();
    expect(n).toBe(data.companies.length);
  }, 60_000);
});
