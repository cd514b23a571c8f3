// Staff tools end to end: roles granted by an admin, every staff command and button refused to
// others, a broadcast composed, previewed, confirmed and delivered, its progress shown, /stats.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { runScript, tempDir, until } from '../helpers.ts';

/** Scripted users answer far faster than people: not held to a person's rate here. */
const FAST = 10_000;

const ADMIN = 7_001;
let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let dbPath: string;

beforeAll(async () => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'staff.db');
  local = await startLocalBot({ databasePath: dbPath, adminIds: [ADMIN], userRateLimit: FAST });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

const user = (id: number, lang: string) => new ChatUser(local, { id, first_name: `U${id}`, language_code: lang });

describe('staff tools', () => {
  it('refuse every staff command and button to everyone else', async () => {
    const u = user(100, 'ru');
    for (const command of ['/broadcast', '/stats']) {
      await u.say(command);
      expect(u.last!.text, command).toBe('Это действие доступно только сотрудникам.');
    }
    for (const command of ['/export', '/import']) {
      await u.say(command);
      expect(u.last!.text, command).toBe('Это действие доступно только сотрудникам.');
    }
    await u.say('/staff add 100');
    expect(u.last!.text).toBe('Эта команда доступна только администраторам.');
    for (const data of ['b:1:cancel', 'i:apply', 'n:bereke']) {
      await local.handled(local.emulator.press(u.user, u.last!, data));
      expect(local.emulator.callbackAnswers.at(-1)!.text, data).toBe('Это действие доступно только сотрудникам.');
    }
    // A data file from someone who is not staff is not read as data.
    const before = u.messages.length;
    await local.handled(local.emulator.sendDocument(u.user, 'dataset.yaml', 'sources: []'));
    expect(u.messages.length).toBe(before + 1);
    expect(u.last!.text).toContain('Я понимаю только текст');
  });

  it('lets an admin grant the staff role, with its commands shown in that chat only', async () => {
    const admin = user(ADMIN, 'ru');
    await admin.say('/staff add 200');
    expect(admin.last!.text).toBe('Пользователь 200 теперь сотрудник.');
    expect(local.emulator.commands.get('chat 200:ru')?.map((c) => c.command)).toContain('broadcast');
    expect(local.emulator.commands.get('default:ru')?.map((c) => c.command)).not.toContain('broadcast');
    await admin.say('/staff');
    expect(admin.last!.text).toContain('• 200');
    await admin.say('/staff add 250');
    await admin.say('/staff remove 250');
    expect(admin.last!.text).toBe('Пользователь 250 больше не сотрудник.');
    expect(local.emulator.commands.has('chat 250:ru')).toBe(false);
    const revoked = user(250, 'ru');
    await revoked.say('/stats');
    expect(revoked.last!.text).toBe('Это действие доступно только сотрудникам.');
  });

  it('lists the staff commands in /help for staff only, in their language; /staff for admins only', async () => {
    const helpOf = async (u: ChatUser) => {
      await u.say('/help');
      return [...u.last!.text.matchAll(/^\/([a-z]+) — /gm)].map((m) => m[1]);
    };
    const admin = user(ADMIN, 'kk');
    expect(await helpOf(admin)).toEqual(
      expect.arrayContaining(['apply', 'broadcast', 'stats', 'export', 'import', 'staff']),
    );
    expect(admin.last!.text).toContain('Қызметкерлерге:\n/broadcast — Жазылушыларға хабарлама тарату');
    const staffer = user(200, 'en');
    const listed = await helpOf(staffer);
    expect(listed).toEqual(expect.arrayContaining(['broadcast', 'stats', 'export', 'import']));
    expect(listed).not.toContain('staff');
    expect(staffer.last!.text).toContain('For staff:');
    const other = user(101, 'ru');
    const theirs = await helpOf(other);
    expect(theirs).toContain('apply');
    expect(theirs).not.toContain('broadcast');
    expect(other.last!.text).not.toContain('Для сотрудников');
  });

  it('delivers a composed broadcast to its audience, with an exact preview and live progress', async () => {
    const audience = [301, 302, 303].map((id) => user(id, id === 303 ? 'kk' : 'ru'));
    for (const u of audience) await u.say('/start');
    await audience[1]!.say('/unsubscribe');
    const staff = user(200, 'ru');
    await staff.say('/broadcast');
    expect(staff.last!.text).toContain('Пришлите текст рассылки');
    await staff.say('Открыт приём заявок в ИЗ Кайрат-2');
    await staff.press('казахский');
    await staff.say('Қайрат-2 аймағына өтінім қабылдау басталды');
    await staff.press('Дальше');
    expect(staff.last!.text).toContain('Добавить фото?');
    await local.handled(
      local.emulator.sendOther(staff.user, {
        photo: [{ file_id: 'photo-kairat', file_unique_id: 'p1', width: 800, height: 600 }],
      }),
    );
    await staff.say('Кайрат-2');
    expect(staff.messages.at(-2)!.text).toBe('Кнопка ведёт на карточку: Индустриальная зона «Кайрат-2».');
    await staff.press('Всем');
    expect(staff.messages.some((m) => m.text === 'Открыт приём заявок в ИЗ Кайрат-2')).toBe(true);
    expect(staff.messages.some((m) => m.text === 'Қайрат-2 аймағына өтінім қабылдау басталды')).toBe(true);
    expect(staff.last!.text).toMatch(/^Отправить \d+ получателям\?$/);
    await staff.press('Отправить');
    expect(staff.last!.text).toMatch(/^Рассылка #\d+ поставлена в очередь/);
    await until(
      () => audience[2]!.messages.some((m) => m.text === 'Қайрат-2 аймағына өтінім қабылдау басталды'),
      'the kk version',
    );
    const received = audience[2]!.messages.find((m) => m.text === 'Қайрат-2 аймағына өтінім қабылдау басталды')!;
    expect(received.photo).toBe('photo-kairat');
    expect(received.buttons).toEqual([
      [{ text: 'Карточканы ашу', url: 'https://t.me/almaty_invest_bot?start=kairat-2' }],
    ]);
    await until(() => audience[0]!.messages.some((m) => m.text === 'Открыт приём заявок в ИЗ Кайрат-2'));
    expect(audience[1]!.messages.some((m) => m.text.startsWith('Открыт приём'))).toBe(false);
    await until(() => staff.messages.some((m) => m.edited && m.text.includes('завершена')));
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare("SELECT user_id, status FROM deliveries WHERE status != 'sent'").all();
    db.close();
    expect(rows).toEqual([]);
  }, 30_000);

  it('sends to the followers of one zone or district, found by a typed name, previewing each language’s text', async () => {
    const ru = user(501, 'ru');
    const kk = user(502, 'kk');
    const other = user(503, 'ru');
    for (const u of [ru, kk, other]) await u.say('Талгарский район');
    await ru.press('Следить');
    await kk.press('Бақылау');
    const staff = user(200, 'ru');
    await staff.say('/broadcast');
    await staff.say('Новости Талгарского района');
    await staff.press('казахский');
    await staff.say('Талғар ауданының жаңалықтары');
    await staff.press('английский');
    await staff.say('Talgar district news');
    await staff.press('Дальше');
    await staff.press('Пропустить');
    await staff.press('Пропустить');
    await staff.press('Подписчики зоны или района');
    expect(staff.last!.text).toContain('Напишите название зоны или района');
    await staff.say('абырвалг');
    expect(staff.messages.at(-2)!.text).toBe(
      'Не нашёл зоны или района с таким названием. Напишите иначе или нажмите «Назад».',
    );
    // Back from the places found returns to the list of audiences.
    await staff.say('Талгар');
    expect(staff.last!.text).toContain('Чьим подписчикам отправить?');
    expect(staff.last!.buttons.flat().map((b) => b.text)).toContain('Талгарский район (2)');
    await staff.press('Назад');
    expect(staff.last!.text).toBe('Кому отправить?');
    await staff.press('Подписчики зоны или района');
    await staff.say('Талгарский район');
    await staff.press('Талгарский район (2)');
    const shown = staff.messages.slice(-6).map((m) => m.text);
    expect(shown).toEqual([
      'Так увидят сообщение получатели (2):',
      'Основной текст (русский) — 1 получатель',
      'Новости Талгарского района',
      'Версия: казахский — 1 получатель',
      'Талғар ауданының жаңалықтары',
      'Отправить 2 получателям?',
    ]);
    await staff.press('Отправить');
    await until(() => kk.messages.some((m) => m.text === 'Талғар ауданының жаңалықтары'), 'the kk follower');
    await until(() => ru.messages.some((m) => m.text === 'Новости Талгарского района'), 'the ru follower');
    expect(other.messages.some((m) => m.text.startsWith('Новости Талгарского'))).toBe(false);
  }, 30_000);

  it('shows statistics to staff in their language, with what was asked that the data lacks', async () => {
    const asker = user(500, 'kk');
    // Two figures no source gives, the same one twice; a question of nothing the store holds; small
    // talk and an answered question, which are no misses.
    await asker.say('Atyrau AEA-da qanşa qatysuşy bar?');
    await asker.say('Атырау АЭА-да неше қатысушы бар');
    await asker.say('Valtherm жұмысшыларының жалақысы қанша');
    await asker.say('ертең Алматыда ауа райы қандай?');
    await asker.say('сәлем');
    await asker.say('ПИТ Алатауда канша катысушы бар');
    const staff = user(200, 'ru');
    await staff.say('/stats');
    const text = staff.last!.text;
    expect(text).toMatch(/Пользователи: \d+/);
    expect(text).toMatch(/Поисков за 7 дней: \d+/);
    expect(text).toContain('По языкам: ');
    expect(text).toMatch(/казахский — \d+/);
    expect(text).toContain('• Atyrau AEA-da qanşa qatysuşy bar? — 1 (Участники · СЭЗ «Атырау»)');
    expect(text).toContain('Спрашивали, а в данных нет:\n   • Участники · СЭЗ «Атырау» — 2');
    expect(text).toContain('• данные, которых нет в источниках (зарплаты, цены) · Valtherm — 1');
    expect(text).toContain('• ертең Алматыда ауа райы қандай? — 1\n');
    expect(text).not.toMatch(/сәлем|пит алатауда/i);
    // Every question counted, and the misses agree with the questions left unanswered.
    expect(text).toContain('(без результата: 4)');
    expect(text).toContain('Вопросов без ответа: 4.');
    expect(text).toMatch(/#\d+ Всем, завершена: отправлено — \d+/);
    // No codes: statuses, languages and topics are read out.
    expect(text).not.toMatch(/\b(done|new|all|kk|ru|en|zone:|lang:)\b/);

    const kkStaff = user(ADMIN, 'kk');
    await kkStaff.say('/stats');
    expect(kkStaff.last!.text).toContain('Сұрағанымен, деректе жоқтары:');
    expect(kkStaff.last!.text).toMatch(/#\d+ Барлығына, аяқталды/);
  });

  it('exports the data as a file, takes an edited one back with a difference to apply, and offers to tell followers', async () => {
    const follower = user(400, 'ru');
    await follower.say('Береке');
    await follower.press('Следить');
    const staff = user(200, 'ru');
    // A mistyped staff command: the nearest is found among the staff's commands too.
    await staff.say('/exprt');
    expect(staff.last!.text).toContain('Может быть, вы имели в виду /export?');
    await staff.say('/export');
    const file = staff.last!.document!;
    expect(file.file_name).toMatch(/^dataset-\d{4}-\d{2}-\d{2}\.yaml$/);
    const text = file.content.toString('utf8');
    expect(text).toContain('pit-alatau');

    // A broken file is refused with its section, record and field, and nothing changes.
    await local.handled(
      local.emulator.sendDocument(staff.user, 'dataset.yaml', text.replace('zone_kind: sez', 'zone_kind: casino')),
    );
    expect(staff.last!.text).toMatch(
      /^Файл не принят, ничего не изменено\.\ndataset\.yaml › zones, запись #\d+ \(pit-alatau\), поле «zone_kind»: допустимые значения: sez, industrial_zone, /,
    );
    // A file that is not YAML says where, in words, not as a record named "file" with a field "(syntax)".
    await local.handled(
      local.emulator.sendDocument(staff.user, 'dataset.yaml', text.replace('zones:', 'zones:\n  - : : x\n   bad')),
    );
    expect(staff.last!.text).toMatch(
      /^Файл не принят, ничего не изменено\.\ndataset\.yaml: это не YAML: ошибка синтаксиса в строке \d+, столбец \d+$/,
    );

    const edited = text.replace(/(- entity: bereke\n(?:\s+.+\n)*?\s+value: )under_construction/, '$1operating');
    expect(edited).not.toBe(text);
    // Sent in the middle of a guide, the file is still an import, not a wrong answer to the guide.
    await staff.say('/invest');
    await local.handled(local.emulator.sendDocument(staff.user, 'dataset.yaml', edited));
    expect(staff.last!.text).toContain('Изменения в файле dataset.yaml:');
    expect(staff.last!.text).toContain('facts: добавлено — 0, изменено — 1, удалено — 0');
    expect(staff.last!.text).toContain(
      '• изменено: Индустриальная зона «Береке» · Статус · 2025-11-27: строится → работает',
    );
    await staff.press('Применить');
    expect(staff.last!.text).toBe('Применено: добавлено — 0, изменено — 1, удалено — 0.');
    await staff.press('Сообщить подписчикам');
    await staff.say('ИЗ «Береке» начала работу');
    await staff.press('Дальше');
    await staff.press('Пропустить');
    await staff.press('Пропустить');
    expect(staff.messages.some((m) => m.text === 'Так увидят сообщение получатели (1):')).toBe(true);
    await staff.press('Отправить');
    await until(() => follower.messages.some((m) => m.text === 'ИЗ «Береке» начала работу'));
    await follower.say('Береке');
    expect(follower.last!.text).toContain('Статус: работает');
  }, 30_000);

  it('says what is wrong with a file and what a file changes in the staff member’s language', async () => {
    const kk = user(ADMIN, 'kk');
    await kk.say('/export');
    const text = kk.last!.document!.content.toString('utf8');
    const send = async (t: string) => {
      await local.handled(local.emulator.sendDocument(kk.user, 'dataset.yaml', t));
      return kk.last!.text;
    };
    const status = /(- entity: bereke\n(?:\s+.+\n)*?\s+value: )\w+/;
    expect(await send(text.replace(status, '$1running'))).toMatch(
      /^Файл қабылданбады, ештеңе өзгермеді\.\ndataset\.yaml › facts › [a-z0-9-]+, #\d+ \(bereke\) жазбасы, «value» өрісі: мәртебе тек мыналардың бірі бола алады: planned, /,
    );
    expect(await send(text.replace(/currency: KZT/, ''))).toMatch(
      /«currency» өрісі: ақша сомасына валюта \(currency\) керек$/,
    );
    expect(await send(text.replace('slug: pit-alatau', 'slug: PIT Alatau'))).toContain(
      '«slug» өрісі: кіші латын әріптерінен',
    );
    const noted = text.replace(status, '$1planned');
    // The file before this one set the status to operating.
    expect(await send(noted)).toContain(
      '• өзгерді: «Береке» индустриялық аймағы · Мәртебесі · 2025-11-27: жұмыс істейді → жоспарланған',
    );
    await kk.press('Бас тарту');
    expect(kk.last!.text).toBe('Жүктеу тоқтатылды, ештеңе өзгермеді.');
  });

  it('picks up data imported by another process while it runs: new figures on cards, new names in search', async () => {
    const u = user(410, 'ru');
    await u.say('Валтерм');
    expect(u.last!.text).toContain('11,6 млрд ₸');
    // Another process writing to the store without changing the data reads nothing anew.
    const other = new Database(dbPath);
    other.prepare("UPDATE users SET first_name = 'X' WHERE id = 410").run();
    other.close();
    await u.say('Валтерм');
    expect(u.last!.text).toContain('11,6 млрд ₸');

    const env = { ...process.env, DATABASE_PATH: dbPath };
    const dir = join(tmp.dir, 'exported');
    expect(runScript('data:export', [dir], env).code).toBe(0);
    const facts = join(dir, 'facts/almaty-akimat-2021.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('value: 11600000000', 'value: 12300000000'));
    const companies = join(dir, 'companies.yaml');
    writeFileSync(
      companies,
      readFileSync(companies, 'utf8').replace(
        '      - Валтхерм\n',
        '      - Валтхерм\n      - Радиаторный завод Кайрат\n',
      ),
    );
    const imported = runScript('data:import', [dir, '--yes'], env);
    expect(imported.code, imported.err).toBe(0);

    await u.say('Валтерм');
    expect(u.last!.text).toContain('12,3 млрд ₸');
    await u.say('радиаторный завод кайрат');
    expect(u.last!.text).toContain('Valtherm');
    expect(u.last!.text).toContain('12,3 млрд ₸');
  }, 60_000);
});
