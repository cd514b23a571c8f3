// Issue 19 through the bot, in Kazakh, Russian and English: /invest weighs the trade and takes typed
// places, lists every fitting zone a page at a time, keeps and shares the list; /parks answers from
// what it was told; /apply asks consent first and asks for the contact in one message.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let dbPath: string;
let nextId = 7100;

const newUser = (language_code: string) =>
  new ChatUser(local, { id: nextId++, first_name: 'Айгерим', username: `a${nextId}`, language_code });
const labels = (u: ChatUser) => u.withButtons!.buttons.flat().map((b) => b.text);
const rows = (sql: string, ...args: unknown[]) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...args);
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'answers.db');
  local = await startLocalBot({ databasePath: dbPath, userRateLimit: 10_000 });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

/** Answers /invest: a trade button, a place (button or typed), no land, no sum, nothing ticked. */
async function invest(u: ChatUser, sector: string, where: string, typed = false) {
  await u.say('/invest');
  await u.press(sector);
  if (typed) await u.say(where);
  else await u.press(where);
  await u.press(1);
  await u.press(1);
  await u.press(u.withButtons!.buttons.flat().findIndex((b) => b.callback_data?.endsWith(':p:done')) + 1);
}

describe('/invest weighs the trade', () => {
  it('ranks PIT Alatau first for an IT project in Almaty, and small parks and industrial zones not at all (ru)', async () => {
    const u = newUser('ru');
    await invest(u, 'IT и инновации', 'город Алматы');
    expect(u.messages.at(-2)!.text).toBe(
      'Ваш проект: IT и инновации, город Алматы, только помещение, без участка, сумма инвестиций пока не известна.',
    );
    const list = u.last!.text;
    expect(list).toMatch(/^Подходит 1 площадка\n\n1\. <b>⭐ СЭЗ «Парк инновационных технологий „Алатау“»<\/b>/);
    expect(list).toContain('✓ ваша отрасль (IT и инновации) входит в профиль этой СЭЗ');
    expect(list).not.toContain('Малые промышленные парки');
  });

  it('does not send a food plant to the high-tech SEZ, and shows every zone that fits, a page at a time (en)', async () => {
    const u = newUser('en');
    await u.say('/invest');
    await u.press('Food processing');
    await u.press('No preference');
    await u.say('3 ha');
    await u.say('2 bn');
    await u.press('Yes');
    await u.press('Done ✔');
    expect(u.messages.at(-2)!.text).toBe(
      'Your project: food processing, any location, a 3 ha plot, investment of 2 bn ₸.',
    );
    const first = u.last!;
    expect(first.text).toMatch(/^12 sites fit, best first — page 1 of 3\n/);
    expect(first.text).not.toContain('Park of Innovative Technologies');
    expect(first.text.match(/^\d+\. /gm)).toEqual(['1. ', '2. ', '3. ', '4. ']);
    // No result claims utilities brought in while saying it is not ready.
    for (const block of first.text.split('\n\n'))
      expect(block.includes('utilities brought in') && block.includes('not ready'), block).toBe(false);
    await u.press('Next ›');
    await u.press('Next ›');
    expect(u.last).toBe(first);
    expect(first.edited).toBe(true);
    expect(first.text).toMatch(/^12 sites fit, best first — page 3 of 3\n/);
    expect(first.text.match(/^\d+\. /gm)).toEqual(['9. ', '10. ', '11. ', '12. ']);
    expect(labels(u)).not.toContain('Next ›');
    await u.press('‹ Previous');
    expect(first.text).toContain('page 2 of 3');
    await u.press('📋 Send as one message');
    const kept = u.last!.text;
    expect(kept).toMatch(
      /^Your project: food processing, any location, a 3 ha plot\.\n\n12 sites fit, best first\n\n1\. /,
    );
    expect(kept.match(/^\d+\. <a href="https:\/\/t\.me\/[^"]+\?start=[a-z0-9-]+">/gm)).toHaveLength(12);
    // A card opens below the list, which stays as it was.
    const page = first.text;
    await local.handled(
      local.emulator.press(u.user, first, first.buttons.flat().find((b) => b.text === '5. Card')!.callback_data!),
    );
    expect(u.last!.text).toMatch(/^🏭 <b>/);
    expect(u.last).not.toBe(first);
    expect(first.text).toBe(page);
  });

  it('shares the shortlist through inline mode, and its link opens the same list for someone else (kk)', async () => {
    const u = newUser('kk');
    await invest(u, 'Тамақ өнімдерін өңдеу', 'Алматы облысы');
    const share = u.last!.buttons.flat().find((b) => b.switch_inline_query !== undefined)!;
    expect(share.text).toBe('📤 Бөлісу');
    expect(share.switch_inline_query).toMatch(/^fit-/);
    await local.handled(local.emulator.inline(u.user, share.switch_inline_query!));
    const [article] = local.emulator.inlineAnswers.at(-1)!.results as Array<{
      title: string;
      input_message_content: { message_text: string };
      reply_markup: { inline_keyboard: Array<Array<{ url: string }>> };
    }>;
    expect(article!.title).toMatch(/^Сізге сай \d+ алаң бар/);
    expect(article!.input_message_content.message_text).toContain('Жобаңыз: тамақ өнімдерін өңдеу, Алматы облысы');
    const link = article!.reply_markup.inline_keyboard[0]![0]!.url;
    const friend = newUser('ru');
    await friend.say(`/start ${new URL(link).searchParams.get('start')}`);
    expect(friend.messages.at(-2)!.text).toBe(
      'Ваш проект: пищевая переработка, Алматинская область, только помещение, без участка.',
    );
    expect(friend.last!.text).toMatch(/^Подходя?т \d+ площад/);
  });
});

describe('/invest understands a typed place', () => {
  it.each([
    ['ru', 'Производство', 'возле БАКАД', 'Ваш проект: производство, рядом с Алматы,'],
    ['ru', 'Производство', 'рядом с Алматы', 'Ваш проект: производство, рядом с Алматы,'],
    ['ru', 'Производство', 'Талгар', 'Ваш проект: производство, Талгарский район,'],
    ['kk', 'Өндіріс', 'Алматы маңында', 'Жобаңыз: өндіріс, Алматыға жақын,'],
    ['kk', 'Өндіріс', 'Almaty oblysy', 'Жобаңыз: өндіріс, Алматы облысы,'],
    ['en', 'Manufacturing', 'near Almaty', 'Your project: manufacturing, near Almaty,'],
  ])('%s: «%s», «%s»', async (lang, sector, place, said) => {
    const u = newUser(lang);
    await invest(u, sector, place, true);
    expect(u.messages.some((m) => m.text.startsWith(said))).toBe(true);
  });
});

describe('/parks answers from what it was told', () => {
  it('takes a typed «Алматы», says what fits, what is unknown and whom to ask, the card a tap away (ru)', async () => {
    const u = newUser('ru');
    await u.say('/parks');
    await u.say('швейный цех');
    await u.say('300');
    await u.say('Алматы');
    // Numbers are grouped with a no-break space.
    expect(u.last!.text.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      [
        'Вы ищете 300 м² под «швейный цех» — город Алматы.',
        '',
        'Насколько подходит:',
        '• в Алматы работают 15 малых промышленных парков (данные 2025 года)',
        '• парки сдают малому бизнесу помещения под производство — как раз для такого дела',
        '• 300 м² — реальный размер: средний парк около 5 000 м², и его делят на помещения для нескольких арендаторов',
        '',
        'Чего в источниках нет:',
        '• текущие ставки аренды: последнее, что называли, — 1 200 ₸ за м² в 2021 году (за какой срок, не сказано); сейчас цена может быть другой',
        '• есть ли сейчас свободные помещения нужной площади',
        '',
        'Спросить об этом можно в Управлении предпринимательства и инвестиций г. Алматы — или оставьте заявку здесь: её получат сотрудники инвестиционного офиса.',
      ].join('\n'),
    );
    const advice = u.last!;
    await u.press('Карточка малых парков');
    expect(u.last!.text).toContain('<b>Малые промышленные парки г. Алматы</b>');
    expect(u.messages.at(-2)).toBe(advice);
    expect(advice.edited).toBe(false);
  });

  it('says when the area asked is more than a whole park (en, «almaty»)', async () => {
    const u = newUser('en');
    await u.say('/parks');
    await u.say('furniture workshop');
    await u.say('8000');
    await u.say('almaty');
    expect(u.last!.text).toContain(
      '• 8,000 m² is more than a whole average park (about 5,000 m²): a plot in an industrial zone may suit you better — /invest',
    );
    expect(labels(u)).toEqual(['🏭 Small parks card', '📨 Apply for a place in a park', '☰ Menu']);
  });

  it('takes «Алматыда» in Kazakh', async () => {
    const u = newUser('kk');
    await u.say('/parks');
    await u.say('нан пісіру');
    await u.say('150');
    await u.say('Алматыда');
    expect(u.last!.text).toMatch(/^Сізге «нан пісіру» үшін 150 м² керек — Алматы қаласы\./);
    expect(u.last!.text).toContain('Кәсіпкерлік және инвестициялар басқармасынан');
  });
});

describe('/apply asks consent', () => {
  it('says who will see the details; refused, it ends and stores nothing (en)', async () => {
    const u = newUser('en');
    await u.say('/apply');
    expect(u.last!.text).toContain('will be passed to the staff of the investment office');
    expect(labels(u)).toEqual(['✅ I agree', "✖ I don't agree"]);
    await u.press("✖ I don't agree");
    expect(u.last!.text).toBe('All right, no application was made and nothing was saved. Menu: /start');
    await u.say('Aigerim');
    expect(u.last!.text).not.toContain('company');
    expect(rows('SELECT id FROM applications WHERE user_id = ?', u.user.id)).toEqual([]);
  });

  it('asks for the contact in one message and answers an unreadable one with one clear retry (kk)', async () => {
    const u = newUser('kk');
    await u.say('/apply');
    await u.press('✅ Келісемін');
    await u.say('Айгерим');
    await u.press('Жеке тұлға / әзірге компания жоқ');
    expect(u.last!.text).toBe(
      'Сізбен қалай байланысуға болады? Төмендегі «📱 Нөмірімді жіберу» батырмасын басыңыз немесе телефон нөмірін не e-mail жазыңыз, мысалы: +7 701 123 45 67.',
    );
    const before = u.messages.length;
    await u.say('білмеймін');
    expect(u.messages.slice(before).map((m) => m.text)).toEqual([
      'Бұл телефон нөміріне не e-mail-ге ұқсамайды. Мысалы, +7 701 123 45 67 не name@mail.kz деп жазыңыз — немесе төмендегі «📱 Нөмірімді жіберу» батырмасын басыңыз.',
    ]);
    // Back is a key of the keyboard under the input field here.
    await u.say('‹ Артқа');
    expect(u.last!.text).toContain('Компанияңыздың атауы қандай?');
    await u.press('Жеке тұлға / әзірге компания жоқ');
    await u.say('aigerim@mail.kz');
    expect(u.last!.text).toContain('Жобаны қысқаша сипаттаңыз');
  });
});
