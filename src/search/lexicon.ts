// Words that carry no name: the frame of a question ("где находится", "туралы айтып беріңізші",
// "what is"), greetings and small talk, and words that say what kind of place is meant
// ("район", "аймағы", "industrial zone"). Lists are written as people write them and folded to
// skeletons once, so they meet queries however those were typed.
import { tokens } from './normalize.ts';

const STOP_RU = `
а без более бы был была были было быть в вам вас ведь во вот все всё всех вы где да даже для до его
ее её если есть еще ещё же за и из или им их к как какая какие каким какими каких какого какое какой
когда кого ко кто ли либо мне много может можно мой мы на над надо нам нас не него нее неё нет ни них
но ну о об однако он она они оно от очень по под после потому почему при про с со так также такой там
те тем то того тоже той только том ту тут ты у уже хотя чего чем что чтобы чье чья эта эти это этой
этом этот я
где находится находятся расположен расположена расположено расположены адрес сколько скольких
расскажи расскажите рассказать покажи покажите показать подскажи подскажите скажи скажите найди найти
нужна нужен нужно нужны хочу хотим узнать интересует интересуют информация информацию инфо
данные подробнее подробно пожалуйста плиз список перечень какие-нибудь будет будут был будете
условия условиях работает работают выпускает выпускают производит производят делает делают
производство производства производстве производитель производителя выпуск изготовление
большое огромное открылся открылась откроется откроют открыли запущен запустят
запуск строится строят построят построили создано создаст создадут создают
рабочих рабочие рабочее места мест место рабочего
инвестиции инвестиций инвестирует инвестируют инвестировал инвестировали инвестор инвесторы
инвестора инвесторов вложил вложили вложения объем объём стоимость сумма сколько-то
когда-нибудь сейчас сегодня завтра вчера новости новость новые новый
привет здравствуйте здравствуй добрый доброе день утро вечер спасибо благодарю пока хорошо ладно ок
помощь помоги помогите помочь справка меню старт начать
как дела делишки курс доллара доллар евро рубль тенге погода время цена купить продать скидка
`;

const STOP_KK = `
мен бен пен және немесе да де та те ма ме ба бе па пе ғой ғана бұл осы сол ол олар біз сіз сен мен
маған бізге сізге не неше қанша қандай қай қайда қашан кім кімнің қалай неге не үшін үшін туралы
жайлы жөнінде бойынша бар жоқ ба
орналасқан орналасқа орналасады айтып айтыңыз айтшы беріңізші беріңіз беріңізші бер берші көрсет
көрсетіңіз көрсетші ақпарат мәлімет мәліметтер толығырақ тізімі тізім керек қажет
шығарады шығаратын өндіреді өндіретін өндіріс өндірісі жасайды
ашылады ашылды ашылған ашады салынады салынып салады іске қосылады қосылды жұмыс істейді істейді
жұмыс орны орындары орын орындар жұмысшылар
инвестиция инвестициялар инвестор инвесторлар салды салған салады құны көлемі шарттары шарттар
жағдайы жағдай жаңалықтар жаңалық
сәлем сәлеметсіз сәлеметсізбе салем рахмет рақмет көп көмек көмектесіңіз қайырлы таң күн кеш
қалайсыз қалың жақсы доллар бағамы ауа райы
`;

const STOP_EN = `
a an the of in on at to for from by with about and or is are was were be been being do does did
what which who whom whose where when why how many much there here this that these those it its me
my we our you your i tell show give find list all any some please info information details more
located location address jobs job workplaces investment investments invested investor investors
conditions terms open opened opening built building launch launched news new
hello hi hey thanks thank good morning evening bye help menu start ok okay weather rate dollar
price buy sell time today will would can could should shall may might create creates created
make makes made produce produces produced production manufacture manufactures manufacturer
have has had get got does need want like know
`;

export type KindHint = 'district' | 'city' | 'region' | 'sez' | 'industrial_zone' | 'park' | 'zone' | 'company';

// Kind words. A form that can only be a genitive ("района", "қаласының") names the place a thing
// belongs to, not the thing asked about, so it gives no hint.
const KIND_WORDS: Array<[KindHint, string, string?]> = [
  [
    'district',
    'район районе районы районов районах ауданы аудан ауданында ауданындағы ауданына ауданда district districts audany',
    'района ауданының',
  ],
  ['city', 'город городе городу городом қала қаласы қаласында қалада city town г', 'города қаласының'],
  ['region', 'область области областью обл облысы облыс облысында облыста region oblast oblysy province', 'облысының'],
  ['sez', 'сэз аэа sez fez особая специальная экономическая экономической арнайы экономикалық', undefined],
  [
    'industrial_zone',
    'индустриальная индустриальной индустриальную индустриальные индустриальных индустриальный индустриальном индустриалды индустриялық индустриалдық industrial промзона промзоны',
    undefined,
  ],
  ['park', 'парк парки парке парков парктер парктері паркі паркы park parks технопарк', undefined],
  [
    'zone',
    'зона зоны зоне зону зоной зонами зон зонах аймақ аймағы аймағында аймақтар аймақтары аймақта аймаққа zone zones',
    'аймағының',
  ],
  [
    'company',
    'компания компании компанию компаний компаниясы компаниялар компаниясының тоо жшс llp ltd co jv company companies завод заводе зауыт зауыты фабрика предприятие предприятия кәсіпорын кәсіпорны corporation corp inc',
    undefined,
  ],
];

// Abbreviations that are everyday words in lower case: "ИЗ Улкен" is an industrial zone,
// "из Алматы" means "from Almaty".
const CAPITAL_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/(?<!\p{L})ИЗ(?!\p{L})/gu, 'индустриальная зона'],
  [/(?<!\p{L})IZ(?!\p{L})/gu, 'industrial zone'],
];

/** Text with its capitalised abbreviations spelled out, before case is folded away. */
export function expandCapitals(text: string): string {
  if (!text.includes('ИЗ') && !text.includes('IZ')) return text;
  // With caps lock on, every word is in capitals: "ЗАВОД ИЗ АЛМАТЫ" says nothing about zones.
  if (!/\p{Ll}/u.test(text) && text.trim().split(/\s+/).length > 2) return text;
  let out = text;
  for (const [pattern, meaning] of CAPITAL_ABBREVIATIONS) out = out.replace(pattern, meaning);
  return out;
}

const toSet = (text: string) => new Set(text.split(/\s+/).flatMap((w) => (w ? tokens(w) : [])));

export const STOP_WORDS: ReadonlySet<string> = new Set([...toSet(STOP_RU), ...toSet(STOP_KK), ...toSet(STOP_EN)]);

const kindHeads = new Map<string, KindHint>();
const kindModifiers = new Map<string, KindHint>();
for (const [kind, heads, modifiers] of KIND_WORDS) {
  for (const t of toSet(heads)) if (!kindHeads.has(t)) kindHeads.set(t, kind);
  for (const t of toSet(modifiers ?? '')) kindModifiers.set(t, kind);
}

/** The kind of place a genitive kind word names ("облысының": a region), which owns what follows it. */
export function modifierKind(token: string): KindHint | undefined {
  return kindModifiers.get(token);
}

/** The kind a word names, `null` for a genitive kind word (a modifier), `undefined` for none. */
export function kindOf(token: string): KindHint | null | undefined {
  if (kindModifiers.has(token)) return null;
  return kindHeads.get(token);
}

// Endings of Russian and Kazakh words in skeleton form, longest first. Stripping them lets
// "Талгарском", "Талғарда" and "Талгар" meet. `stem` keeps at least four letters; `baseForms`, which
// only looks words up, lets a first strip leave three ("СЭЗде" → sez).
const ENDINGS = [
  // Kazakh, usually stacked: possessive + case (+ attributive -ғы/-гі)
  'indagi',
  'indegi',
  'sindagi',
  'sindegi',
  'dagi',
  'degi',
  'tagi',
  'tegi',
  'ndagi',
  'ndegi',
  'inda',
  'inde',
  'sinda',
  'sinde',
  'nda',
  'nde',
  'da',
  'de',
  'ta',
  'te',
  'inin',
  'sinin',
  'nin',
  'din',
  'tin',
  'ina',
  'ine',
  'sina',
  'sine',
  'ga',
  'ge',
  'ka',
  'ke',
  'na',
  'ne',
  'inan',
  'inen',
  'nan',
  'nen',
  'dan',
  'den',
  'tan',
  'ten',
  'lari',
  'leri',
  'dari',
  'deri',
  'tari',
  'teri',
  'lar',
  'ler',
  'dar',
  'der',
  'tar',
  'ter',
  'men',
  'ben',
  'pen',
  'mi',
  'si',
  'in',
  'ni',
  'di',
  'ti',
  // Russian adjectives and nouns
  'skaia',
  'skoe',
  'skie',
  'skogo',
  'skomu',
  'skim',
  'skom',
  'skoi',
  'skuiu',
  'skih',
  'skimi',
  'ski',
  'aia',
  'oe',
  'ie',
  'ogo',
  'omu',
  'im',
  'om',
  'oi',
  'uiu',
  'ih',
  'imi',
  'ami',
  'iami',
  'ah',
  'iah',
  'ia',
  'ii',
  'iu',
  'ei',
  'ov',
  'ev',
  'e',
  'a',
  'u',
  'i',
  'o',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 4;

// Endings by their last letter, longest first, so a word is only checked against endings that can fit.
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const e of ENDINGS) ENDINGS_BY_LAST.set(e.at(-1)!, [...(ENDINGS_BY_LAST.get(e.at(-1)!) ?? []), e]);
const endingsOf = (token: string) => ENDINGS_BY_LAST.get(token.at(-1) ?? '') ?? [];

/** The word with one ending taken off, when one fits. */
export function stem(token: string): string {
  for (const ending of endingsOf(token)) {
    if (token.length - ending.length >= MIN_STEM && token.endsWith(ending)) return token.slice(0, -ending.length);
  }
  return token;
}

/**
 * Every form the word may have been before endings were added: one or two endings off, longest
 * first. "ауданындағы" → audanindagi, audan…; "Кайрате" → kairate, kairat.
 */
export function baseForms(token: string): string[] {
  const forms = new Set<string>();
  for (const ending of endingsOf(token)) {
    if (token.length - ending.length < MIN_STEM - 1 || !token.endsWith(ending)) continue;
    const once = token.slice(0, -ending.length);
    forms.add(once);
    for (const second of endingsOf(once)) {
      if (once.length - second.length >= MIN_STEM && once.endsWith(second)) forms.add(once.slice(0, -second.length));
    }
  }
  forms.delete(token);
  return [...forms];
}
