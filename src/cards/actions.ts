// What a button does, and its compact form in Telegram's callback data (at most 64 bytes). Data
// coming back from Telegram is parsed and checked here; anything else is `undefined`, never a throw.
import { LANGS, SLUG, TOPIC, type Lang } from '../dataset/schema.ts';
import { SHORTLIST_CODE } from '../guide/shortlist.ts';

export const LIST_KINDS = ['sez', 'industrial_zone', 'small_industrial_park', 'other', 'districts'] as const;
export type ListKind = (typeof LIST_KINDS)[number];
export const MENU_ITEMS = [
  'main',
  'zones',
  'search',
  'compare',
  'help',
  'language',
  'invest',
  'parks',
  'requests',
] as const;
export const STAFF_STATUSES = ['taken', 'contacted', 'done', 'rejected'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export const BROADCAST_OPS = ['pause', 'resume', 'cancel', 'resend'] as const;
export type BroadcastOp = (typeof BROADCAST_OPS)[number];
export type MenuItem = (typeof MENU_ITEMS)[number];

export type Action =
  | { type: 'card'; slug: string }
  /** A card sent as a new message, below the guide's answer that named it (which stays). */
  | { type: 'open'; slug: string }
  | { type: 'facts'; slug: string; page: number }
  | { type: 'history'; slug: string }
  | { type: 'companies'; slug: string; page: number }
  /** The zones of a place and of its districts. */
  | { type: 'zones'; slug: string; page: number }
  | { type: 'sez'; slug: string }
  /** The regime of an industrial zone or a small park, from its topic, for the zone's card. */
  | { type: 'conditions'; slug: string }
  | { type: 'list'; kind: ListKind; page: number }
  | { type: 'menu'; item: MenuItem }
  | { type: 'lang'; lang: Lang }
  /** Adds a zone to the comparison, or takes it out. */
  | { type: 'compare'; slug: string }
  | { type: 'compareShow' }
  | { type: 'compareClear' }
  /** The comparison's screen of zones to pick from, at a page; a pick there adds or takes out one. */
  | { type: 'comparePicker'; page: number }
  | { type: 'comparePick'; slug: string; page: number }
  /** With three zones picked: puts `slug` in place of `out`, or keeps the three. */
  | { type: 'compareReplace'; slug: string; out: string }
  | { type: 'compareCancel' }
  | { type: 'apply'; slug: string }
  /** A page (from 1) of the investor guide's shortlist, by its code (src/guide/shortlist.ts). */
  | { type: 'fits'; code: string; page: number }
  /** The whole shortlist as one message to keep or forward. */
  | { type: 'fitsList'; code: string }
  /** Follows a topic (zone:<slug>, district:<slug>, sez, parks), or stops following it. */
  | { type: 'follow'; topic: string }
  | { type: 'broadcast'; id: number; op: BroadcastOp }
  /** Applies or drops the import waiting for confirmation. */
  | { type: 'import'; apply: boolean }
  /** Opens the broadcast composer for the followers of a zone. */
  | { type: 'notify'; slug: string }
  | { type: 'status'; application: number; status: StaffStatus }
  /** Back and Cancel under a guide's question. */
  | { type: 'back' }
  | { type: 'cancel' }
  /** An answer to a guide's question by button: the question's code and the answer. */
  | { type: 'answer'; question: string; value: string };

export type GuideAction = Extract<Action, { type: 'back' | 'cancel' | 'answer' }>;

export function isGuideAction(a: Action | undefined): a is GuideAction {
  return a?.type === 'back' || a?.type === 'cancel' || a?.type === 'answer';
}

const QUESTION = /^[a-z]{1,3}$/;
/** An answer's value: a word or a slug (the whole data stays within Telegram's 64 bytes). */
const ANSWER = /^[a-z0-9_-]{1,60}$/;

const MAX_PAGE = 999;

export function encodeAction(a: Action): string {
  switch (a.type) {
    case 'card':
      return `c:${a.slug}`;
    case 'open':
      return `e:${a.slug}`;
    case 'facts':
      return `f:${a.slug}:${a.page}`;
    case 'history':
      return `h:${a.slug}`;
    case 'companies':
      return `p:${a.slug}:${a.page}`;
    case 'zones':
      return `z:${a.slug}:${a.page}`;
    case 'sez':
      return `s:${a.slug}`;
    case 'conditions':
      return `u:${a.slug}`;
    case 'list':
      return `l:${a.kind}:${a.page}`;
    case 'menu':
      return `m:${a.item}`;
    case 'lang':
      return `g:${a.lang}`;
    case 'compare':
      return `k:${a.slug}`;
    case 'compareShow':
      return 'k:show';
    case 'compareClear':
      return 'k:clear';
    case 'compareCancel':
      return 'k:cancel';
    case 'comparePicker':
      return `kl:${a.page}`;
    case 'comparePick':
      return `kp:${a.slug}:${a.page}`;
    case 'compareReplace':
      return `kr:${a.slug}:${a.out}`;
    case 'apply':
      return `a:${a.slug}`;
    case 'fits':
      return `r:${a.page}:${a.code}`;
    case 'fitsList':
      return `q:${a.code}`;
    case 'follow':
      return `o:${a.topic}`;
    case 'broadcast':
      return `b:${a.id}:${a.op}`;
    case 'import':
      return `i:${a.apply ? 'apply' : 'drop'}`;
    case 'notify':
      return `n:${a.slug}`;
    case 'status':
      return `t:${a.application}:${a.status}`;
    case 'back':
      return 'v:back';
    case 'cancel':
      return 'v:cancel';
    case 'answer':
      return `v:${a.question}:${a.value}`;
  }
}

export function decodeAction(data: string | undefined): Action | undefined {
  if (!data || data.length > 64) return undefined;
  const [code, first, second, ...rest] = data.split(':');
  if (rest.length > 0 || first === undefined) return undefined;
  const slug = SLUG.test(first) ? first : undefined;
  const page = second !== undefined && /^\d{1,3}$/.test(second) ? Number(second) : undefined;
  const noSecond = second === undefined;
  switch (code) {
    case 'c':
      return slug && noSecond ? { type: 'card', slug } : undefined;
    case 'e':
      return slug && noSecond ? { type: 'open', slug } : undefined;
    case 'h':
      return slug && noSecond ? { type: 'history', slug } : undefined;
    case 's':
      return slug && noSecond ? { type: 'sez', slug } : undefined;
    case 'u':
      return slug && noSecond ? { type: 'conditions', slug } : undefined;
    case 'f':
      return slug && page !== undefined && page <= MAX_PAGE ? { type: 'facts', slug, page } : undefined;
    case 'p':
      return slug && page !== undefined && page <= MAX_PAGE ? { type: 'companies', slug, page } : undefined;
    case 'z':
      return slug && page !== undefined && page <= MAX_PAGE ? { type: 'zones', slug, page } : undefined;
    case 'l':
      return isOneOf(LIST_KINDS, first) && page !== undefined ? { type: 'list', kind: first, page } : undefined;
    case 'm':
      return isOneOf(MENU_ITEMS, first) && noSecond ? { type: 'menu', item: first } : undefined;
    case 'g':
      return isOneOf(LANGS, first) && noSecond ? { type: 'lang', lang: first } : undefined;
    case 'k':
      if (!noSecond) return undefined;
      if (first === 'show') return { type: 'compareShow' };
      if (first === 'clear') return { type: 'compareClear' };
      if (first === 'cancel') return { type: 'compareCancel' };
      return slug ? { type: 'compare', slug } : undefined;
    case 'kl':
      return noSecond && /^\d{1,3}$/.test(first) ? { type: 'comparePicker', page: Number(first) } : undefined;
    case 'kp':
      return slug && page !== undefined ? { type: 'comparePick', slug, page } : undefined;
    case 'kr':
      return slug && second !== undefined && SLUG.test(second)
        ? { type: 'compareReplace', slug, out: second }
        : undefined;
    case 'a':
      return slug && noSecond ? { type: 'apply', slug } : undefined;
    case 'r':
      return /^\d{1,3}$/.test(first) && second !== undefined && SHORTLIST_CODE.test(second)
        ? { type: 'fits', page: Number(first), code: second }
        : undefined;
    case 'q':
      return noSecond && SHORTLIST_CODE.test(first) ? { type: 'fitsList', code: first } : undefined;
    case 'b':
      return /^\d{1,9}$/.test(first) && second !== undefined && isOneOf(BROADCAST_OPS, second)
        ? { type: 'broadcast', id: Number(first), op: second }
        : undefined;
    case 'i':
      return noSecond && (first === 'apply' || first === 'drop')
        ? { type: 'import', apply: first === 'apply' }
        : undefined;
    case 'n':
      return slug && noSecond ? { type: 'notify', slug } : undefined;
    case 'o': {
      const topic = second === undefined ? first : `${first}:${second}`;
      return TOPIC.test(topic) ? { type: 'follow', topic } : undefined;
    }
    case 't':
      return /^\d{1,9}$/.test(first) && second !== undefined && isOneOf(STAFF_STATUSES, second)
        ? { type: 'status', application: Number(first), status: second }
        : undefined;
    case 'v':
      if (noSecond) return first === 'back' ? { type: 'back' } : first === 'cancel' ? { type: 'cancel' } : undefined;
      return second !== undefined && QUESTION.test(first) && ANSWER.test(second)
        ? { type: 'answer', question: first, value: second }
        : undefined;
    default:
      return undefined;
  }
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
