// The guided conversations end to end, in Kazakh and Russian: the investor guide to a ranked
// result, an application that reaches the staff chat, staff status changes reaching the user,
// leaving a guide in every way, bad answers asked again, and a restart in the middle of a guide.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

/** Scripted users answer far faster than people: not held to a person's rate here. */
const FAST = 10_000;

const STAFF_CHAT = -100_777;
const ADMIN = 9_001;
let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let dbPath: string;
let nextId = 5000;

const start = () =>
  startLocalBot({ databasePath: dbPath, staffChatId: STAFF_CHAT, adminIds: [ADMIN], userRateLimit: FAST });
const newUser = (language_code: string) =>
  new ChatUser(local, { id: nextId++, first_name: 'Асель', username: `asel${nextId}`, language_code });
const texts = (u: ChatUser, from: number) => u.messages.slice(from).map((m) => m.text);
/** What the bot said just before asking the question again. */
const retried = (u: ChatUser) => u.messages.at(-2)!.text;
const query = <T>(sql: string, ...args: unknown[]): T => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T;
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'guides.db');
  local = await start();
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

describe('the investor guide', () => {
  it('starts from a need typed as a message, with what it said filled in, at the first question still open', async () => {
    const u = newUser('ru');
    await u.say('хочу молочный завод на 3 га в области');
    expect(u.messages.at(-2)!.text).toBe(
      'Из вашего сообщения: пищевая переработка, Алматинская область, 3 га. Спрошу только остальное.',
    );
    expect(u.last!.text).toContain('4/5.');
    await u.press('Пока не знаю');
    await u.press('Готово ✔');
    expect(
      u.messages.some((m) => m.text.startsWith('Ваш проект: пищевая переработка, Алматинская область, участок 3 га')),
    ).toBe(true);
  });

  it('sends a need for a small workshop to the small-park guide, in English', async () => {
    const u = newUser('en');
    await u.say('I need 300 m2 of workshop space in Almaty');
    expect(u.messages.at(-2)!.text).toBe("From your message: 300 m², Almaty city. I'll only ask about the rest.");
    expect(u.last!.text).toContain('1/3.');
    await u.say('furniture');
    expect(u.messages.some((m) => m.text.includes('300 m²'))).toBe(true);
  });

  it('walks a Russian speaker to ranked zones with reasons, and back and forth', async () => {
    const u = newUser('ru');
    await u.say('/invest');
    expect(u.last!.text).toContain('1/5. Что вы хотите построить');
    await u.press('Производство');
    expect(u.last!.text).toContain('2/5. Где?');
    await u.press('Назад');
    expect(u.last!.text).toContain('1/5.');
    await u.say('завод газоблоков');
    await u.press('Выбрать район');
    await u.press('Талгарский район');
    expect(u.last!.text).toContain('3/5.');
    await u.say('много');
    expect(retried(u)).toContain('Не понял площадь');
    expect(u.last!.buttons.flat().map((b) => b.text)).toContain('Не нужна / нужно помещение');
    await u.say('2,5 га');
    await u.say('пять миллиардов');
    expect(retried(u)).toContain('Не понял сумму');
    await u.say('5 млрд тг');
    expect(u.last!.text).toBe('Верно: 5 млрд ₸?');
    await u.press('Да');
    await u.press('Готовая инфраструктура');
    expect(u.last!.buttons.flat().map((b) => b.text)).toContain('✅ Готовая инфраструктура');
    const before = u.messages.length;
    await u.press('Готово ✔');
    const out = texts(u, before);
    expect(out[0]).toBe(
      'Ваш проект: производство стройматериалов, Талгарский район, участок 2,5 га, инвестиции 5 млрд ₸. Важно: готовая инфраструктура.',
    );
    expect(out[1]).toMatch(/^Подходит 1 площадка\n/);
    expect(out[1]).toContain('1. <b>🏭 Индустриальная зона «Кайрат-2»</b>');
    expect(out[1]).toContain('✓ в выбранном районе');
    expect(out[1]).toContain('⚠ свободная земля: нет данных');
    // A zone that is still being built says so, and claims no utilities brought in.
    expect(out[1]).toContain('⚠ ещё создаётся: инфраструктура не готова');
    expect(out[1]).not.toContain('подведённой');
    expect(u.last!.buttons.flat().map((b) => b.text)).toEqual(
      expect.arrayContaining(['1. Карточка', '⚖️ Сравнить', '📋 Списком в одно сообщение', '📤 Поделиться']),
    );
  });

  it('speaks Kazakh throughout, and the language chosen in the bot wins', async () => {
    const u = newUser('ru');
    await u.say('/language');
    await u.press('Қазақша');
    await u.say('/invest');
    expect(u.last!.text).toContain('1/5. Не салғыңыз');
    await u.press('Тамақ өнімдерін өңдеу');
    await u.press('Маңызды емес');
    await u.press('Жер керек емес');
    await u.press('Әзірге білмеймін');
    await u.press('Дайын ✔');
    expect(u.messages.some((m) => m.text.startsWith('Жобаңыз: тамақ өнімдерін өңдеу, орны маңызды емес'))).toBe(true);
    expect(u.messages.some((m) => m.text.includes('✓ шағын өнеркәсіптік парктер'))).toBe(true);
  });

  it('lets the user leave with Cancel, /cancel, another command or a search, and never traps them', async () => {
    const u = newUser('ru');
    await u.say('/invest');
    await u.press('Отмена');
    expect(u.last!.text).toContain('Опрос отменён');
    await u.say('/invest');
    await u.say('/cancel');
    expect(u.last!.text).toContain('Опрос отменён');
    await u.say('/invest');
    await u.press('Логистика');
    await u.say('/zones');
    expect(u.messages.at(-2)!.text).toContain('Опрос закрыт');
    expect(u.last!.text).toContain('Зоны по видам');
    await u.say('Шелек');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Шелек»</b>');
    await u.say('/cancel');
    expect(u.last!.text).toContain('Отменять нечего');
  });

  it('leaves the guide for a name typed instead of an answer, a command, or another guide', async () => {
    const u = newUser('ru');
    await u.say('/invest');
    await u.say('Кайрат-2');
    expect(u.messages.at(-2)!.text).toContain('Опрос закрыт');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Кайрат-2»</b>');
    await u.say('/parks');
    await u.say('/help');
    expect(u.messages.at(-2)!.text).toContain('Опрос закрыт');
    await u.say('Шелек');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Шелек»</b>');
    await u.say('/parks');
    await u.say('/start');
    await u.press('Где строить');
    expect(u.last!.text).toContain('1/5.');
    const event = await local.handled(local.emulator.inline(u.user, 'шелек'));
    expect(event.outcome).toBe('ok');
    expect(local.emulator.inlineAnswers.at(-1)!.results[0]).toMatchObject({ id: 'shelek' });
  });

  it('takes an unknown trade as "other", and keeps guides and applications out of group chats', async () => {
    const u = newUser('ru');
    await u.say('/invest');
    await u.say('фармацевтика');
    expect(u.last!.text).toContain('2/5.');
    const group = { id: -100_888, type: 'group' as const, title: 'Инвесторы' };
    await local.handled(local.emulator.sendText(u.user, '@almaty_invest_bot Шелек', group));
    const card = local.emulator.chat(group.id).at(-1)!;
    const applyData = card.buttons.flat().find((b) => b.text.includes('заявку'))!.callback_data!;
    await local.handled(local.emulator.press(u.user, card, applyData));
    expect(local.emulator.callbackAnswers.at(-1)).toMatchObject({
      text: 'Это делается в личном чате с ботом: откройте его и нажмите /start.',
      show_alert: true,
    });
    expect(local.emulator.chat(group.id).at(-1)).toBe(card);
  });

  it('continues at the same step after the bot restarts', async () => {
    const u = newUser('kk');
    await u.say('/invest');
    await u.press('Өндіріс');
    await u.press('Алматы облысы');
    expect(u.last!.text).toContain('3/5.');
    await local.stop();
    local = await start();
    const again = new ChatUser(local, u.user);
    await again.say('3 га');
    expect(again.last!.text).toContain('4/5.');
    await again.press('Әзірге білмеймін');
    await again.press('Дайын ✔');
    expect(again.messages.some((m) => m.text.startsWith('Жобаңыз: өндіріс, Алматы облысы, 3 га жер телімі'))).toBe(
      true,
    );
  });
});

describe('an upgrade in the middle of a guide', () => {
  it('tells the user politely that the guide changed, and a new one starts cleanly', async () => {
    const u = newUser('ru');
    await u.say('/invest');
    await u.press('Производство');
    const question = u.withButtons!;
    const anywhere = question.buttons.flat().find((b) => b.text === 'Без разницы')!.callback_data!;
    await local.stop();
    local = await startLocalBot({
      databasePath: dbPath,
      staffChatId: STAFF_CHAT,
      adminIds: [ADMIN],
      guideVersion: 'guides-next',
      userRateLimit: FAST,
    });
    try {
      const again = new ChatUser(local, u.user);
      const event = await local.handled(local.emulator.press(u.user, question, anywhere));
      expect(event.outcome).toBe('ok');
      expect(again.last!.text).toBe(
        'Опрос обновился, пока вы его проходили. Пожалуйста, начните заново: /invest или /parks.',
      );
      await again.say('/invest');
      expect(again.last!.text).toContain('1/5.');
    } finally {
      await local.stop();
      local = await start();
    }
  });
});

describe('applications', () => {
  it('files an application prefilled from the guide, posts it to staff, and tells the user of status changes', async () => {
    const u = newUser('ru');
    await u.say('/invest');
    await u.press('Производство');
    await u.press('город Алматы');
    await u.say('5000 м2');
    await u.say('$2m');
    await u.press('Да');
    await u.press('Готово ✔');
    await u.press('1. Карточка');
    await u.press('Подать заявку');
    expect(u.messages.at(-2)!.text).toContain(
      'Из опроса: производство, город Алматы, участок 0,5 га, инвестиции $2 млн.',
    );
    expect(u.last!.text).toContain('сотрудникам инвестиционного офиса');
    await u.press('Даю согласие');
    await u.say('А');
    expect(retried(u)).toContain('Напишите имя');
    await u.say('Асель Нурланова');
    await u.press('Частное лицо');
    // The contact question is one message; a contact card of somebody else is refused with one
    // message that says why and what to do; the user's own is taken.
    expect(u.last!.text).toBe(
      'Как с вами связаться? Нажмите «📱 Отправить мой номер» внизу или напишите телефон или e-mail, например: +7 701 123 45 67.',
    );
    const asked = u.messages.length;
    await local.handled(
      local.emulator.sendOther(u.user, { contact: { phone_number: '+77770000000', first_name: 'Other', user_id: 1 } }),
    );
    expect(texts(u, asked)).toEqual([
      'Это чужой контакт, а нужен ваш. Нажмите «📱 Отправить мой номер» внизу — Telegram отправит ваш номер — или напишите свой телефон или e-mail.',
    ]);
    await local.handled(
      local.emulator.sendOther(u.user, {
        contact: { phone_number: '77011234567', first_name: 'Асель', user_id: u.user.id },
      }),
    );
    // Telegram delivers a 5,000-character text as two messages sent together: both are refused.
    await local.handled(local.emulator.sendText(u.user, 'x'.repeat(4096)));
    await local.handled(local.emulator.sendText(u.user, 'y'.repeat(904)));
    expect(retried(u)).toMatch(/от 10 до 1\s?000 символов/);
    expect(u.messages.filter((m) => /от 10 до 1\s?000 символов/.test(m.text))).toHaveLength(2);
    await u.say('Цех металлоконструкций, 40 рабочих мест');
    expect(u.last!.text).toContain('Проверьте заявку');
    expect(u.last!.text).toContain('Контакт: +77011234567');
    await u.press('✏️ Имя');
    await u.say('Асель Н.');
    expect(u.last!.text).toContain('Имя: Асель Н.');
    const review = u.withButtons!;
    const submit = review.buttons.flat().find((b) => b.text === '✅ Отправить')!.callback_data!;
    // A double tap: two presses of Submit on the same message; the second finds the guide over.
    const first = local.emulator.press(u.user, review, submit);
    const second = local.emulator.press(u.user, review, submit);
    await local.handled(first);
    await local.handled(second);
    const rows = query<Array<{ id: number; ref: string; status: string; contact: string; zone_slug: string }>>(
      'SELECT * FROM applications WHERE user_id = ?',
      u.user.id,
    );
    expect(rows).toHaveLength(1);
    const ref = rows[0]!.ref;
    expect(ref).toMatch(/^INV-\d{4}-\d{6}$/);
    expect(u.messages.filter((m) => m.text.startsWith(`Заявка ${ref} сохранена, и мы передаём её`))).toHaveLength(1);

    await local.staffPost(rows[0]!.id, 'posted');
    const staffPost = local.emulator.chat(STAFF_CHAT).at(-1)!;
    expect(staffPost.text).toContain(ref);
    expect(staffPost.text).toContain('Асель Н.');
    expect(staffPost.text).toContain('Из опроса: производство, город Алматы, участок 0,5 га, инвестиции $2 млн.');
    // Outside the staff chat, only admins may change a status: the applicant forging the button may not.
    await local.handled(local.emulator.press(u.user, u.last!, staffPost.buttons[0]![0]!.callback_data!));
    expect(local.emulator.callbackAnswers.at(-1)!.text).toBe('Это действие доступно только сотрудникам.');
    const admin = { id: ADMIN, first_name: 'Staff', language_code: 'ru' };
    await local.handled(
      local.emulator.press(
        admin,
        staffPost,
        staffPost.buttons[0]!.find((b) => b.text.includes('Связались'))!.callback_data!,
      ),
    );
    expect(local.emulator.callbackAnswers.at(-1)!.text).toBe('Статус: связались');
    expect(u.last!.text).toBe(`Заявка ${ref}: с вами связались.`);
    expect(local.emulator.chat(STAFF_CHAT).at(-1)!.text).toContain('— связались: Staff, ');
    const events = query<Array<{ status: string; by_user_id: number }>>(
      'SELECT status, by_user_id FROM application_events ORDER BY id',
    );
    expect(events.at(-1)).toEqual({ status: 'contacted', by_user_id: ADMIN });

    await u.say('/myrequests');
    expect(u.last!.text).toContain(`• ${ref} — `);
    expect(u.last!.text).toContain('с вами связались');
  });

  it('answers /myrequests with a way to start when there are none', async () => {
    const u = newUser('kk');
    await u.say('/myrequests');
    expect(u.last!.text).toBe('Әзірге өтініміңіз жоқ. Алаң таңдау: /invest');
  });
});

describe('the SME parks guide and comparison', () => {
  it('answers with what is known about small industrial parks and offers to apply', async () => {
    const u = newUser('kk');
    await u.say('/parks');
    await u.say('тігін цехы');
    await u.say('бір жүз');
    expect(retried(u)).toContain('шаршы метрмен жазыңыз');
    await u.say('200');
    await u.press('Алматы қаласы');
    expect(u.last!.text).toMatch(/^Сізге «тігін цехы» үшін 200 м² керек — Алматы қаласы\./);
    expect(u.last!.buttons.flat().map((b) => b.text)).toEqual([
      '🏭 Шағын парктер карточкасы',
      '📨 Парктен орын алуға өтінім беру',
      '☰ Мәзір',
    ]);
  });

  it('compares two or three zones side by side', async () => {
    const u = newUser('ru');
    await u.say('ПИТ Алатау');
    await u.press('Сравнить');
    await u.say('Кайрат-2');
    await u.press('Сравнить');
    await u.press('Сравнить (2)');
    expect(u.last!.text).toContain('Сравнение площадок');
    expect(u.last!.text).toContain('<b>Свободная земля</b>\n1️⃣ 7,7 га (2026)\n2️⃣ —');
    expect(u.last!.text).toContain('<b>Льготы</b>\n1️⃣ льготы СЭЗ');
  });
});
