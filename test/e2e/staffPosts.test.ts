// Applications reach the staff chat through the store's outbox, exactly once: through 5xx answers,
// a staff chat that refuses posts, a bot without STAFF_CHAT_ID, and restarts; the applicant is told
// only that the application is saved, and staff see in /stats what has not reached their chat.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

const STAFF_CHAT = -100_888;
const ADMIN = 9_101;
let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let dbPath: string;
let nextId = 7000;

const query = <T>(sql: string, ...args: unknown[]): T[] => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
};
interface Row {
  id: number;
  ref: string;
  staff_message_id: number | null;
  status: string;
  attempts: number;
  last_error: string | null;
}
const rowOf = (userId: number): Row[] =>
  query<Row>(
    `SELECT a.id, a.ref, a.staff_message_id, p.status, p.attempts, p.last_error
     FROM applications a JOIN staff_posts p ON p.application_id = a.id WHERE a.user_id = ?`,
    userId,
  );
const staffMessagesWith = (ref: string) => local.emulator.chat(STAFF_CHAT).filter((m) => m.text.includes(ref));
const admin = () => new ChatUser(local, { id: ADMIN, first_name: 'Staff', language_code: 'ru' });

/** A user files an application, tapping Submit twice; returns the user and the application's row. */
async function file(): Promise<{ u: ChatUser; row: Row }> {
  const u = new ChatUser(local, { id: nextId++, first_name: 'Дана', language_code: 'ru' });
  await u.say('/apply');
  await u.press('Даю согласие');
  await u.say('Дана Ахметова');
  await u.press(1);
  await u.say('dana@example.kz');
  await u.say('Цех полимерной тары, 25 рабочих мест');
  const review = u.withButtons!;
  const submit = review.buttons.flat().find((b) => b.text === '✅ Отправить')!.callback_data!;
  const first = local.emulator.press(u.user, review, submit);
  const second = local.emulator.press(u.user, review, submit);
  await local.handled(first);
  await local.handled(second);
  const rows = rowOf(u.user.id);
  expect(rows).toHaveLength(1);
  return { u, row: rows[0]! };
}

beforeAll(async () => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'staff-posts.db');
  local = await startLocalBot({
    databasePath: dbPath,
    staffChatId: STAFF_CHAT,
    adminIds: [ADMIN],
    userRateLimit: 10_000,
    // Transient failures are tried again at once; a refusal not before the test restarts the bot.
    staffPostBackoffMs: (_attempts, refused) => (refused ? 3_600_000 : 0),
  });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

describe('the staff post of an application', () => {
  it('goes out once through 5xx answers, and the applicant is told it is saved, not sent', async () => {
    local.emulator.faults.chatErrors = new Map([[STAFF_CHAT, { code: 502, times: 3 }]]);
    const { u, row } = await file();
    expect(u.messages.filter((m) => m.text.includes(row.ref)).map((m) => m.text)).toEqual([
      `Заявка ${row.ref} сохранена, и мы передаём её в инвестиционный офис; его сотрудники свяжутся с вами. Статус: /myrequests`,
    ]);
    await local.staffPost(row.id, 'posted');
    expect(local.staffPosts.filter((p) => p.applicationId === row.id).map((p) => p.outcome)).toEqual([
      'retry',
      'retry',
      'retry',
      'posted',
    ]);
    const posts = staffMessagesWith(row.ref);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain('Дана Ахметова');
    expect(rowOf(u.user.id)).toEqual([
      { ...row, status: 'posted', attempts: 3, last_error: null, staff_message_id: posts[0]!.message_id },
    ]);
  });

  it('is kept while the staff chat refuses it, shown in /stats, and goes out once after a restart', async () => {
    local.emulator.faults.chatErrors = new Map([[STAFF_CHAT, { code: 400 }]]);
    const { u, row } = await file();
    await local.staffPost(row.id, 'refused');
    expect(rowOf(u.user.id)).toEqual([
      { ...row, status: 'pending', attempts: 1, last_error: expect.stringContaining('chat not found') as string },
    ]);
    await u.say('/myrequests');
    expect(u.last!.text).toContain(`• ${row.ref} — сохранена, передаём в офис`);
    const staff = admin();
    await staff.say('/stats');
    expect(staff.last!.text).toContain('Заявки, которых ещё нет в чате сотрудников: 1\n   самая давняя подана ');
    expect(staff.last!.text).toContain('chat not found');

    // The operator adds the bot to the chat again and restarts it: the post goes out, once.
    local.emulator.faults.chatErrors = undefined;
    await local.restart();
    await local.staffPost(row.id, 'posted');
    expect(staffMessagesWith(row.ref)).toHaveLength(1);
    expect(rowOf(u.user.id)[0]!.status).toBe('posted');
    await u.say('/myrequests');
    expect(u.last!.text).toContain(`• ${row.ref} — новая`);
    await staff.say('/stats');
    expect(staff.last!.text).toContain('Заявки, которых ещё нет в чате сотрудников: 0\n');
  });

  it('waits in the store without STAFF_CHAT_ID and goes out once a staff chat is set', async () => {
    await local.restart({ staffChatId: undefined });
    const calls = local.emulator.calls.length;
    const { u, row } = await file();
    expect(u.messages.some((m) => m.text.startsWith(`Заявка ${row.ref} сохранена`))).toBe(true);
    // Without a staff chat the outbox does not run at all: nothing was tried.
    expect(local.staffPosts.filter((p) => p.applicationId === row.id)).toEqual([]);
    expect(local.emulator.calls.slice(calls).filter((c) => Number(c.params.chat_id) < 0)).toEqual([]);
    expect(rowOf(u.user.id)[0]).toMatchObject({ status: 'pending', attempts: 0 });
    const staff = admin();
    await staff.say('/stats');
    expect(staff.last!.text).toContain(
      'Заявки, которых ещё нет в чате сотрудников: 1\n   STAFF_CHAT_ID не задан: заявки хранятся',
    );

    await local.restart({ staffChatId: STAFF_CHAT });
    await local.staffPost(row.id, 'posted');
    expect(staffMessagesWith(row.ref)).toHaveLength(1);
    expect(rowOf(u.user.id)[0]!.status).toBe('posted');
  });

  it('names who moved the application as Telegram gives them, not by id', async () => {
    const { row } = await file();
    await local.staffPost(row.id, 'posted');
    const post = staffMessagesWith(row.ref)[0]!;
    const press = (from: { id: number; first_name: string; username?: string }, label: string) =>
      local.handled(
        local.emulator.press(
          { ...from, language_code: 'ru' },
          post,
          post.buttons.flat().find((b) => b.text.includes(label))!.callback_data!,
        ),
      );
    // Anyone in the staff chat may move it: a member seen only there, with a username, and one without.
    await press({ id: 9_201, first_name: 'Асель', username: 'asel_office' }, 'Взять');
    await press({ id: 9_202, first_name: 'Ержан' }, 'Связались');
    const text = staffMessagesWith(row.ref)[0]!.text;
    expect(text).toMatch(/— в работе: Асель \(@asel_office\), \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(text).toMatch(/— связались: Ержан, /);
    expect(text).not.toContain('9201');
  });
});
