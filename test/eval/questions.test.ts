// Scoring whole questions: the file is read strictly, an answer is right when `must` matches and
// `must_not` does not, and a figure is focused only in a short message; the command scores the bot.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge, readQuestions, summarize } from '../../src/eval/questions.ts';
import { runScript, tempDir } from '../helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const HEADER = '#lang\tquestion\tmust\tmust_not\tcategory\tsource';
const file = (name: string, ...rows: string[]) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, [HEADER, ...rows].join('\n'));
  return path;
};

describe('question files', () => {
  it('name the file, line and field of what is wrong', () => {
    expect(() => readQuestions(file('a.tsv', 'ru\tвопрос\t(\t\tfact\t-'))).toThrow(/a\.tsv:2: must: Invalid regular/);
    expect(() => readQuestions(file('b.tsv', 'de\tFrage\tx\t\tfact\t-'))).toThrow(/b\.tsv:2: lang: "de" is not/);
    expect(() => readQuestions(file('c.tsv', 'ru\tвопрос'))).toThrow(/c\.tsv:2: expected lang, question/);
  });

  it('judge an answer right, and a figure focused only in a short message', () => {
    const [q] = readQuestions(file('d.tsv', 'ru\tсколько?\t(?<!\\d)203(?!\\d)\tничего не нашл\tfact\t004'));
    const short = { text: 'Участников: 203 (2026)', buttons: [] };
    const card = { text: `Участников: 203\n${'…'.repeat(1000)}`, buttons: [] };
    expect(judge(q!, [short])).toEqual({ right: true, focused: true });
    expect(judge(q!, [card])).toEqual({ right: true, focused: false });
    expect(judge(q!, [{ text: 'Ничего не нашлось', buttons: ['203'] }])).toEqual({ right: false, focused: false });
    const summary = summarize([
      { question: q!, verdict: judge(q!, [short]) },
      { question: q!, verdict: judge(q!, [card]) },
    ]);
    expect(summary.all).toEqual({ total: 2, right: 2 });
    expect(summary.figures).toEqual({ right: 2, focused: 1 });
  });

  it('are scored on the real bot by npm run eval:questions', () => {
    const path = file(
      'e.tsv',
      'ru\tчто такое Шелек\tШелек\tничего не нашл\tcard\t-',
      'en\tbest plov recipe\tnothing found\t\tnegative\t-',
      'kk\tПИТ Алатау қанша қатысушы\t(?<!\\d)203(?!\\d)\tтабылмады\tfact\t004',
    );
    const r = runScript('eval:questions', [path], process.env);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/\| all \| \d\/3 = /);
    expect(r.out).toContain('| category card | 1/1 = 1.00 |');
    expect(r.out).toContain('| language en | 1/1 = 1.00 |');
  }, 60_000);
});
