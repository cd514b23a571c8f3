// npm run eval:questions -- <file.tsv>: the real bot scored on whole questions through the emulator.
// Each question comes from a new user whose Telegram language is the row's, after /start; the answer
// is every message (edits applied) and button label the bot sends that chat for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judge, readQuestions, summarize, FIGURE, QuestionFileError, type Tally } from '../eval/questions.ts';
import { ChatUser, startLocalBot } from '../local/harness.ts';
import { runCli, UsageError } from './run.ts';

const share = (t: Tally) => `${t.right}/${t.total} = ${(t.total ? t.right / t.total : 0).toFixed(2)}`;

runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new UsageError('usage: npm run eval:questions -- <file.tsv>');
  let questions;
  try {
    questions = readQuestions(file);
  } catch (err) {
    if (err instanceof QuestionFileError) throw new UsageError(err.message);
    throw err;
  }
  const dir = mkdtempSync(join(tmpdir(), 'eval-questions-'));
  const local = await startLocalBot({ databasePath: join(dir, 'eval.db'), userRateLimit: 10_000 });
  try {
    const results = [];
    for (const [i, question] of questions.entries()) {
      const u = new ChatUser(local, { id: 50_000_000 + i, first_name: 'Eval', language_code: question.lang });
      await u.say('/start');
      const from = u.messages.length;
      await u.say(question.question);
      const answer = u.messages
        .slice(from)
        .map((m) => ({ text: m.text, buttons: m.buttons.flat().map((b) => b.text) }));
      results.push({ question, answer, verdict: judge(question, answer) });
    }
    const summary = summarize(results);
    const rows = [
      ['all', share(summary.all)],
      ...[...summary.byCategory].sort().map(([k, t]) => [`category ${k}`, share(t)]),
      ...[...summary.byLang].sort().map(([k, t]) => [`language ${k}`, share(t)]),
      [
        `${FIGURE} answers focused (a message of at most 1,000 characters)`,
        share({ total: summary.figures.right, right: summary.figures.focused }),
      ],
    ];
    console.log(`| ${file} | right |\n|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
    const misses = results.filter((r) => !r.verdict.right);
    if (misses.length) console.log(`\nmisses (${misses.length}):`);
    for (const { question, answer } of misses) {
      const said = answer
        .map((m) => m.text)
        .join(' ⏎ ')
        .replace(/\s+/g, ' ');
      console.log(
        `- ${question.line} [${question.lang} ${question.category}] ${question.question}\n    → ${said.slice(0, 160)}`,
      );
    }
  } finally {
    await local.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
