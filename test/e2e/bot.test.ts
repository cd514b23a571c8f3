// The real bot, started as `npm start` starts it, against the local Bot API emulator: what users
// type and press, and what they get back — text, buttons, and rows in the store.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../src/bot/commands.ts';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

/** Scripted users answer far faster than people: not held to a person's rate here. */
const FAST = 10_000;

let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let dbPath: string;
let nextId = 1000;

const newUser = (language_code?: string, first_name = 'Айбек') =>
  new ChatUser(local, { id: nextId++, first_name, ...(language_code ? { language_code } : {}) });
const labels = (u: ChatUser) => u.last!.buttons.flat().map((b) => b.text);

beforeAll(async () => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'bot.db');
  local = await startLocalBot({ databasePath: dbPath, userRateLimit: FAST });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

describe('/start', () => {
  it('greets in Kazakh, says what the bot does, and shows the main menu', async () => {
    const u = newUser('kk');
    await u.say('/start');
    expect(u.last!.text).toContain('Сәлеметсіз бе, Айбек!');
    expect(u.last!.text).toContain('Алматы облысынан');
    expect(labels(u)).toEqual([
      '🧭 Жобаға алаң таңдау',
      '🏗 ШОБ-қа арналған үй-жай',
      '🔎 Іздеу',
      '🏭 Аймақтар',
      '⚖️ Алаңдарды салыстыру',
      '📍 Аудандар мен қалалар',
      '📨 Өтінімдерім',
      '❓ Көмек',
      '🌐 Тіл',
    ]);
  });

  it('lists every command people have in /help, in each language', async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const u = newUser(lang);
      await u.say('/help');
      const listed = [...u.last!.text.matchAll(/\/([a-z]+)/g)].map((m) => m[1]);
      expect(new Set(listed), lang).toEqual(new Set(COMMANDS));
    }
  });

  it('greets in Russian, and in English for any other language', async () => {
    const ru = newUser('ru');
    await ru.say('/start');
    expect(ru.last!.text).toContain('Здравствуйте, Айбек!');
    expect(labels(ru)).toContain('🏭 Зоны');
    const de = newUser('de', 'Hans');
    await de.say('/start');
    expect(de.last!.text).toContain('Hello, Hans!');
  });

  it('sets the command menu in each language', () => {
    for (const key of ['default:', 'default:kk', 'default:ru']) {
      expect(local.emulator.commands.get(key)?.map((c) => c.command)).toEqual([
        'start',
        'menu',
        'invest',
        'parks',
        'compare',
        'apply',
        'zones',
        'districts',
        'myrequests',
        'subscribe',
        'unsubscribe',
        'cancel',
        'language',
        'help',
      ]);
    }
    expect(local.emulator.commands.get('default:kk')![0]!.description).toBe('Бастау және басты мәзір');
  });
});

describe('search', () => {
  it('opens the card of one clear hit, with figures, sources and buttons', async () => {
    const u = newUser('ru');
    await u.say('валтерм');
    const card = u.last!;
    expect(card.text).toContain('<b>Valtherm</b>');
    expect(card.text).toContain('Инвестиции: 11,6 млрд ₸');
    expect(card.text).toContain(': 430');
    expect(card.text).toMatch(/источник: [^,]+, без даты, данные по 2021/);
    expect(card.buttons.flat().map((b) => b.text)).toContain('🏭 Индустриальная зона г. Алматы');
  });

  it('answers a kind of zone in a place with the zones there', async () => {
    const u = newUser('ru');
    await u.say('индустриальная зона в Талгаре');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Кайрат-2»</b>');
  });

  it('formats money in the reader’s language', async () => {
    const en = newUser('en');
    await en.say('Valtherm');
    expect(en.last!.text).toContain('Investment: 11.6 bn ₸');
    const kk = newUser('kk');
    await kk.say('PepsiCo');
    expect(kk.last!.text).toContain('$360 млн');
  });

  it('writes "over", "up to" and "until" the way each language reads them, Kazakh endings agreeing', async () => {
    // Before Kusto's launch date, so it is still a plan (a fixed clock: only Date is faked).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-12-01T09:00:00Z'));
    const kk = newUser('kk');
    await kk.say('Valtherm');
    await kk.press('Басқа деректер');
    expect(kk.last!.text).toContain('Ауданы: 10 га-дан астам');
    await kk.say('PepsiCo');
    expect(kk.last!.text).toContain('Жұмыс орындары (жоспар): 900-ге дейін');
    await kk.say('Kusto');
    expect(kk.last!.text).toContain(': 2025 жылғы 31 желтоқсанға дейін');
    const en = newUser('en');
    await en.say('Kusto');
    expect(en.last!.text).toContain(': by 31.12.2025');
    await en.say('PepsiCo');
    expect(en.last!.text).toContain('Jobs (planned): up to 900');
    vi.useRealTimers();
  });

  it('says a plan whose date has passed was a plan', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T09:00:00Z'));
    const ru = newUser('ru');
    await ru.say('Valtherm');
    expect(ru.last!.text).toContain('Запуск планировался на 09.2021 — данные 2021 года');
    expect(ru.last!.text).toContain('Статус: строится (данные 2021 года)');
    vi.useRealTimers();
  });

  it('offers the close candidates of an ambiguous query as buttons, and opens the one pressed', async () => {
    const u = newUser('ru');
    await u.say('Алатау');
    expect(u.last!.text).toContain('Нашлось несколько вариантов');
    expect(labels(u)).toEqual(
      expect.arrayContaining([
        '📍 город Алатау',
        '📍 Алатауский район (г. Алматы)',
        '⭐ СЭЗ «Парк инновационных технологий „Алатау“»',
      ]),
    );
    const before = u.messages.length;
    await u.press('город Алатау');
    expect(u.messages.length).toBe(before);
    expect(u.last!.text).toContain('<b>город Алатау</b>');
    expect(u.last!.edited).toBe(true);
  });

  it('answers a miss helpfully and logs it for staff, counting repeats', async () => {
    const u = newUser('kk');
    await u.say('погода в Лондоне');
    expect(u.last!.text).toContain('«погода в Лондоне» бойынша ештеңе табылмады');
    expect(labels(u)).toContain('🏭 Аймақтар');
    await u.say('Погода в Лондоне!');
    const db = new Database(dbPath, { readonly: true });
    const row = db.prepare('SELECT count, example FROM unanswered WHERE query = ?').get('погода в лондоне') as
      { count: number; example: string } | undefined;
    db.close();
    expect(row).toEqual({ count: 2, example: 'Погода в Лондоне!' });
  });

  it('logs a contact typed as a search with the contact masked', async () => {
    const u = newUser('ru');
    await u.say('Ерлан 8 701 555 01 99 erlan@mail.kz');
    expect(u.last!.text).toContain('ничего не нашлось');
    const db = new Database(dbPath, { readonly: true });
    const logged = db.prepare("SELECT query, example FROM unanswered WHERE query LIKE 'ерлан%'").all();
    db.close();
    expect(logged).toEqual([{ query: 'ерлан', example: 'Ерлан • ••• ••• •• •• •••@•••' }]);
  });
});

describe('questions', () => {
  it('answers a figure asked in a whole question with that figure, its source, and the card a tap away', async () => {
    const u = newUser('ru');
    await u.say('сколько участников в ПИТ Алатау?');
    expect(u.last!.text).toContain('Участники: 203');
    expect(u.last!.text).toContain('Казахстанская правда, 16.01.2026');
    expect(u.last!.text.length).toBeLessThan(1000);
    expect(labels(u)).toContain('📇 Вся карточка');
    await u.press('Вся карточка');
    expect(u.last!.text).toContain('<b>СЭЗ «Парк инновационных технологий „Алатау“»</b>');
  });

  it("gives the asked year's figure first, and the newer one dated, in Kazakh typed without its letters", async () => {
    const u = newUser('kk');
    await u.say('2018 жылы ПИТ-те канша жер бос болды');
    const lines = u.last!.text.split('\n').filter((l) => l.includes('Бос жер'));
    expect(lines[0]).toMatch(/^• 2018: Бос жер: \D*50 га/);
    expect(lines[1]).toMatch(/^ {2}• 2026: Бос жер: 7,7 га/);
  });

  it('says plainly when the sources have no such figure, and shows what is known', async () => {
    const u = newUser('en');
    await u.say('how much does Valtherm export?');
    expect(u.messages.at(-2)!.text).toBe('Valtherm: the sources have no data on “Exports”. Here is what they say:');
    expect(u.last!.text).toContain('<b>Valtherm</b>');
  });

  it.each([
    [
      'ru',
      'какие льготы получают участники СЭЗ?',
      'Источники:',
      'Это не юридическая и не налоговая консультация — уточните у',
    ],
    ['kk', 'АЭА-да ККС канша?', 'Дереккөздер:', 'Бұл заңгерлік немесе салықтық кеңес емес —'],
    ['en', 'what documents do I need to join a SEZ', 'Sources:', 'Not legal or tax advice — confirm with'],
  ])(
    'answers a question about the regime (%s) from its topic, sourced, with whom to confirm',
    async (lang, q, sources, advice) => {
      const u = newUser(lang);
      await u.say(q);
      const text = u.last!.text;
      expect(text).toMatch(/^📘 <b>/);
      expect(text).toContain(sources);
      expect(text).toContain(advice);
      expect(text.length).toBeLessThan(1500);
    },
  );

  it("names the sources of a topic in the reader's language, an undated article as undated with what its data run to", async () => {
    const ru = newUser('ru');
    await ru.say('правила малых промышленных парков');
    expect(ru.last!.text).toContain('adilet.zan.kz — приказ № 693, 03.09.2019');
    expect(ru.last!.text).toContain('Kazinform (китайская редакция, kazinform.asia), 28.06.2021');
    expect(ru.last!.text).toContain('статья на казахском языке (издание не указано), без даты, данные по 05.2025');
    expect(ru.last!.text).not.toMatch(/Order No\.|Chinese edition|Kazakh-language/);
    const kk = newUser('kk');
    await kk.say('инвесторға қайда жүгіну керек');
    expect(kk.last!.text).toContain('adilet.zan.kz — СІМ-нің № 11-1-4/327 бұйрығы, 26.06.2023');
    expect(kk.last!.text).toContain(
      'Алматы қаласы әкімдігінің қоғаммен байланыс қызметі, күні көрсетілмеген, деректер 2021 бойынша',
    );
    expect(kk.last!.text).not.toMatch(/MFA order|press office|reporting rules/);
  });

  it('answers a question for a list with the names, each with one figure, and a button to each card', async () => {
    const u = newUser('kk');
    await u.say('Уйгур ауданында кандай индустриалды аймактар бар?');
    expect(u.last!.text).toMatch(/^<b>Аймақтар мен парктер — Ұйғыр ауданы: 2<\/b>/);
    expect(labels(u)).toEqual(['🏭 «Сұңқар» индустриялық аймағы', '🏭 «Тасқарасу» индустриялық аймағы', '☰ Мәзір']);
    const ru = newUser('ru');
    await ru.say('кто в промзоне Алматы делает газобетон?');
    expect(labels(ru)).toEqual(['🏢 Г.С.Г. Высотник', '🏢 СК Рахат', '☰ Меню']);
    expect(ru.last!.text).toContain('газобетон');
    const en = newUser('en');
    await en.say('which projects are already launched in the Almaty industrial zone?');
    expect(en.last!.text).toContain('KMK Investment');
    expect(en.last!.text).not.toContain('Valtherm');
  });

  it('finds a figure by the words of its own description, with no measure named', async () => {
    const u = newUser('kk');
    await u.say('Алматы облысында канша индустриалды аймак курылып жатыр?');
    expect(u.last!.text).toMatch(/15/);
    expect(u.last!.text).toContain('Алматы облысы');
    expect(u.last!.text.length).toBeLessThan(1000);
  });

  it('answers small talk in kind, with the menu, and does not log it as a miss', async () => {
    const u = newUser('kk');
    await u.say('Сәлем!');
    expect(u.last!.text).toContain('Сәлеметсіз бе!');
    expect(labels(u)).toContain('🏭 Аймақтар');
    const db = new Database(dbPath, { readonly: true });
    const logged = db.prepare("SELECT count(*) AS n FROM unanswered WHERE query = 'сәлем'").get() as { n: number };
    db.close();
    expect(logged.n).toBe(0);
  });
});

describe('cards and lists', () => {
  it('lists zones by kind and pages long lists', async () => {
    const u = newUser('ru');
    await u.say('/zones');
    expect(labels(u)).toEqual(expect.arrayContaining(['⭐ СЭЗ (6)', '🏭 Индустриальные зоны (11)']));
    await u.press('Индустриальные зоны');
    expect(u.last!.text).toContain('стр. 1 из 2');
    await u.press('›');
    expect(u.last!.text).toContain('стр. 2 из 2');
    await u.press('‹');
    await u.press('Береке');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Береке»</b>');
  });

  it('pages the companies of a zone and keeps the history of disagreeing figures', async () => {
    const u = newUser('ru');
    await u.say('индустриальная зона города Алматы');
    expect(u.last!.text).toContain('<b>Индустриальная зона г. Алматы</b>');
    await u.press('Компании');
    expect(u.last!.text).toMatch(/Компании и проекты: Индустриальная зона г\. Алматы \(\d+\)/);
    expect(u.last!.buttons.length).toBe(9);
    const pit = newUser('ru');
    await pit.say('ПИТ Алатау');
    await pit.press('История');
    expect(pit.last!.text).toContain('история данных');
    await pit.say('ПИТ «Алатау»');
    await pit.press('Условия СЭЗ');
    expect(pit.last!.text).toContain('КПН, земельный налог и налог на имущество');
    expect(pit.last!.text).toContain('31.12.2027');
    expect(pit.last!.text).toContain('не юридическая или налоговая консультация');
  });

  it('answers a stale or forged button politely', async () => {
    const u = newUser('en');
    await u.say('Shelek');
    const card = u.last!;
    for (const data of ['c:no-such-zone', 'zzz', 'p:shelek:x', 'l:sez:5', '']) {
      await local.handled(local.emulator.press(u.user, card, data));
      expect(local.emulator.callbackAnswers.at(-1)?.text, data).toBe(
        'This button is out of date. Open the menu: /start',
      );
    }
  });
});

describe('language', () => {
  it('remembers the chosen language over Telegram’s, across a restart', async () => {
    const u = newUser('kk');
    await u.say('/language');
    await u.press('English');
    expect(u.last!.text).toContain('Language: English.');
    await local.stop();
    local = await startLocalBot({ databasePath: dbPath, userRateLimit: FAST });
    const again = new ChatUser(local, u.user);
    await again.say('/start');
    expect(again.last!.text).toContain('Hello, Айбек!');
  });
});

describe('deep links and inline mode', () => {
  it('opens the card a link names, and says so when the link is stale', async () => {
    const u = newUser('ru');
    await u.say('/start kairat-2');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Кайрат-2»</b>');
    await u.say('/start no-such-thing');
    expect(u.messages.at(-2)!.text).toContain('Ссылка устарела');
    expect(labels(u)).toContain('🔎 Поиск');
  });

  it('offers shareable cards for an inline query', async () => {
    const u = newUser('kk');
    await local.handled(local.emulator.inline(u.user, 'шелек'));
    const answer = local.emulator.inlineAnswers.at(-1)!;
    expect(answer.results[0]).toMatchObject({ type: 'article', id: 'shelek', title: '«Шелек» индустриялық аймағы' });
    expect(JSON.stringify(answer.results[0])).toContain('start=shelek');
  });
});

describe('bad input', () => {
  it('answers stickers, photos and voice with a short note', async () => {
    const u = newUser('ru');
    for (const content of [
      {
        sticker: {
          file_id: 'x',
          file_unique_id: 'x',
          type: 'regular',
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
      { photo: [] },
      { voice: { file_id: 'v', file_unique_id: 'v', duration: 1 } },
    ]) {
      await local.handled(local.emulator.sendOther(u.user, content));
      expect(u.last!.text).toContain('Я понимаю только текст');
    }
  });

  it('asks for a shorter query, ignores edits, and explains unknown commands', async () => {
    const u = newUser('ru');
    await u.say('а'.repeat(5000));
    expect(u.last!.text).toContain('Слишком длинный запрос');
    const count = u.messages.length;
    await local.handled(local.emulator.editText(u.user, 1, 'Шелек'));
    expect(u.messages.length).toBe(count);
    await u.say('/nonsense');
    expect(u.last!.text).toContain('Такой команды нет');
    expect(u.last!.text).not.toContain('Может быть');
    // A typo of a command: the nearest one there is.
    await u.say('/invets');
    expect(u.last!.text).toContain('Может быть, вы имели в виду /invest?');
    // Telegram marks a command in the middle of a text as well: the text is still a search.
    const event = await u.say('что такое /help в Шелеке');
    expect(event.outcome).toBe('ok');
    expect(u.last!.text).not.toContain('Что-то пошло не так');
  });

  it('asks for a name when the text has none, without logging an unanswered query', async () => {
    const u = newUser('en');
    const count = () => {
      const db = new Database(dbPath, { readonly: true });
      const n = (db.prepare('SELECT count(*) AS n FROM unanswered').get() as { n: number }).n;
      db.close();
      return n;
    };
    const before = count();
    for (const text of ['🙂🙂', '???', '\u200b\u202e']) {
      await u.say(text);
      expect(u.last!.text, text).toBe('Type the name of a zone, company or district.');
    }
    expect(count()).toBe(before);
  });

  it('never echoes half an emoji', async () => {
    const u = newUser('en');
    await u.say(`${'x'.repeat(99)}😀 zzz`);
    expect(u.last!.text.isWellFormed()).toBe(true);
    expect(u.last!.text).toContain('Nothing found');
  });

  it('speaks in a group only when spoken to', async () => {
    const u = newUser('ru');
    const group = { id: -100_555, type: 'group' as const, title: 'Инвесторы' };
    const quiet = local.emulator.sendText(u.user, 'Шелек', group);
    await local.handled(quiet);
    expect(local.emulator.chat(group.id)).toEqual([]);
    await local.handled(local.emulator.sendText(u.user, 'write to me@almaty_invest_bot.kz', group));
    expect(local.emulator.chat(group.id)).toEqual([]);
    await local.handled(local.emulator.sendText(u.user, '@almaty_invest_bot Шелек', group));
    expect(local.emulator.chat(group.id).at(-1)!.text).toContain('«Шелек»');
  });
});

describe('the error boundary', () => {
  it('answers "something went wrong" in the user’s language when a handler fails, and keeps serving', async () => {
    const own = tempDir();
    const broken = await startLocalBot({ databasePath: join(own.dir, 'broken.db'), userRateLimit: FAST });
    try {
      const u = new ChatUser(broken, { id: 77, first_name: 'Ерлан', language_code: 'kk' });
      await u.say('/start');
      broken.app.store.close(); // the store goes away under the bot
      const event = await u.say('Шелек');
      expect(event.outcome).toBe('error');
      expect(u.last!.text).toBe('Кешіріңіз, қате шықты. Қайталап көріңізші.');
      expect(broken.app.runner?.isRunning()).toBe(true);
      await u.say('Шелек');
      expect(u.messages.filter((m) => m.text.startsWith('Кешіріңіз, қате')).length).toBe(2);
    } finally {
      await broken.stop().catch(() => undefined);
      own.cleanup();
    }
  });
});

describe("Telegram's limits and faults", () => {
  it('waits out a 429 and still answers, and survives a user who blocked the bot', async () => {
    const u = newUser('ru');
    local.emulator.faults = { perChatPerSecond: 1 };
    try {
      const first = local.emulator.sendText(u.user, 'Шелек');
      const second = local.emulator.sendText(u.user, 'Береке');
      await local.handled(first);
      await local.handled(second);
      expect(u.messages.map((m) => m.text).filter((t) => t.includes('<b>')).length).toBe(2);
      local.emulator.faults = { blocked: new Set([u.user.id]) };
      const event = await u.say('Талгар');
      expect(event.outcome).toBe('error');
      local.emulator.faults = {};
      await u.say('Талгар');
      expect(u.last!.text).toContain('<b>Талгарский район</b>');
    } finally {
      local.emulator.faults = {};
    }
  });
});

describe('news and topics', () => {
  it('says news comes by default, turns it off and on, and follows a zone from its card', async () => {
    const u = newUser('ru');
    await u.say('/start');
    expect(u.last!.text).toContain('/unsubscribe');
    await u.say('/unsubscribe');
    expect(u.last!.text).toContain('Новости отключены');
    const db = () => new Database(dbPath, { readonly: true });
    const newsOff = () => {
      const d = db();
      const row = d.prepare('SELECT news_off AS off FROM users WHERE id = ?').get(u.user.id) as { off: number };
      d.close();
      return row.off;
    };
    expect(newsOff()).toBe(1);
    await u.say('/subscribe');
    expect(newsOff()).toBe(0);
    await u.press('Новости СЭЗ');
    expect(u.last!.buttons.flat().map((b) => b.text)).toContain('✅ Новости СЭЗ');
    await u.say('Шелек');
    await u.press('Следить');
    expect(u.last!.text).toContain('<b>Индустриальная зона «Шелек»</b>');
    expect(u.last!.buttons.flat().map((b) => b.text)).toContain('🔕 Не следить');
    const d = db();
    const topics = d.prepare('SELECT topic FROM subscriptions WHERE user_id = ? ORDER BY topic').all(u.user.id);
    d.close();
    expect(topics).toEqual([{ topic: 'sez' }, { topic: 'zone:shelek' }]);
    await u.press('Не следить');
    expect(u.last!.buttons.flat().map((b) => b.text)).toContain('🔔 Следить');
  });
});
