// Whole questions and what a right answer must contain (TSV: lang, question, must, must_not,
// category, source), and how an answer is scored: right when `must` matches and `must_not` does not;
// a figure answer is focused when a message of at most FOCUSED_CHARS matches `must` on its own.
import { readFileSync } from 'node:fs';
import { isLang, type Lang } from '../dataset/schema.ts';

export interface Question {
  lang: Lang;
  question: string;
  must: RegExp;
  mustNot: RegExp | undefined;
  category: string;
  source: string;
  line: number;
}

/** One message of an answer as the user sees it: its text and the labels of its buttons. */
export interface AnswerMessage {
  text: string;
  buttons: string[];
}

export interface Verdict {
  right: boolean;
  /** For figures: the matching message is short enough to be the answer, not a whole card. */
  focused: boolean;
}

export const FOCUSED_CHARS = 1000;
/** The category of figure questions, whose answers are also judged for focus. */
export const FIGURE = 'fact';

export class QuestionFileError extends Error {}

export function readQuestions(path: string): Question[] {
  const out: Question[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (!line.trim() || line.startsWith('#')) return;
      const at = `${path}:${i + 1}`;
      const [lang, question, must, mustNot, category, source] = line.split('\t');
      if (!lang || !question || !must || mustNot === undefined || !category) {
        throw new QuestionFileError(`${at}: expected lang, question, must, must_not, category and source`);
      }
      if (!isLang(lang)) throw new QuestionFileError(`${at}: lang: "${lang}" is not kk, ru or en`);
      const regex = (field: string, text: string) => {
        try {
          return new RegExp(text, 'iu');
        } catch (err) {
          throw new QuestionFileError(`${at}: ${field}: ${(err as Error).message}`);
        }
      };
      out.push({
        lang,
        question,
        must: regex('must', must),
        mustNot: mustNot.trim() ? regex('must_not', mustNot) : undefined,
        category: category.trim(),
        source: source ?? '',
        line: i + 1,
      });
    });
  return out;
}

const shown = (m: AnswerMessage) => [m.text, ...m.buttons].join('\n');

export function judge(q: Question, answer: AnswerMessage[]): Verdict {
  const all = answer.map(shown).join('\n');
  const right = q.must.test(all) && !(q.mustNot?.test(all) ?? false);
  const focused = right && answer.some((m) => m.text.length <= FOCUSED_CHARS && q.must.test(shown(m)));
  return { right, focused };
}

export interface Tally {
  total: number;
  right: number;
}

export interface Summary {
  all: Tally;
  byCategory: Map<string, Tally>;
  byLang: Map<string, Tally>;
  /** Right figure answers, and how many of them were focused. */
  figures: { right: number; focused: number };
}

export function summarize(results: Array<{ question: Question; verdict: Verdict }>): Summary {
  const add = (map: Map<string, Tally>, key: string, right: boolean) => {
    const t = map.get(key) ?? { total: 0, right: 0 };
    t.total++;
    if (right) t.right++;
    map.set(key, t);
  };
  const summary: Summary = {
    all: { total: 0, right: 0 },
    byCategory: new Map(),
    byLang: new Map(),
    figures: { right: 0, focused: 0 },
  };
  for (const { question, verdict } of results) {
    summary.all.total++;
    if (verdict.right) summary.all.right++;
    add(summary.byCategory, question.category, verdict.right);
    add(summary.byLang, question.lang, verdict.right);
    if (question.category === FIGURE && verdict.right) {
      summary.figures.right++;
      if (verdict.focused) summary.figures.focused++;
    }
  }
  return summary;
}
