// CPU the bot spends on one whole question, from the update to its answer rendered: the real bot and
// store, with the Bot API answered in this process by a grammY transformer, so that neither HTTP nor
// the emulator is charged to the question. Each question is asked by a new user (a session created,
// the user recorded) after a warm-up over the same questions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import { readQuestions } from '../eval/questions.ts';
import { startLocalBot } from '../local/harness.ts';

/** The question files measured: the dev set's format, the project's own held-out sets. */
export const QUESTION_FILES = ['test/fixtures/questions-holdout.tsv', 'test/fixtures/questions-holdout2.tsv'];

/** Methods whose answer is a message; every other method answers `true`. */
const SENDS = new Set(['sendMessage', 'editMessageText', 'sendDocument', 'sendPhoto']);

export interface QuestionCpu {
  /** Milliseconds of CPU (user + system) per question, in the order asked. */
  perQuestion: number[];
  questions: number;
}

export async function questionCpu(files: string[], rounds = 5): Promise<QuestionCpu> {
  const questions = files.flatMap((f) => readQuestions(f));
  const dir = mkdtempSync(join(tmpdir(), 'bench-questions-'));
  const local = await startLocalBot({ databasePath: join(dir, 'bench.db'), userRateLimit: 10_000 });
  try {
    await local.app.runner?.stop();
    const { bot } = local.app;
    let messageId = 1;
    const answerHere: Transformer = async (prev, method, payload) => {
      if (method === 'getMe' || method === 'getUpdates') return prev(method, payload);
      const chat = 'chat_id' in payload ? { id: Number(payload.chat_id), type: 'private' as const } : undefined;
      const result = SENDS.has(method) ? { message_id: messageId++, date: 0, chat, text: '' } : true;
      // The transformer stands for the Bot API: its answers have the shape grammY expects of it.
      return { ok: true, result } as Awaited<ReturnType<typeof prev>>;
    };
    bot.api.config.use(answerHere);
    let userId = 70_000_000;
    let updateId = 1;
    const ask = async (text: string, lang: string): Promise<number> => {
      const id = userId++;
      const update: Update = {
        update_id: updateId++,
        message: {
          message_id: 1,
          date: Math.floor(Date.now() / 1000),
          chat: { id, type: 'private', first_name: 'B' },
          from: { id, is_bot: false, first_name: 'B', language_code: lang },
          text,
        },
      };
      const before = process.cpuUsage();
      await bot.handleUpdate(update);
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    };
    // The first answers load code and fill V8's caches: a bot runs for months.
    for (const q of questions) await ask(q.question, q.lang);
    const perQuestion: number[] = [];
    for (let r = 0; r < rounds; r++) for (const q of questions) perQuestion.push(await ask(q.question, q.lang));
    return { perQuestion, questions: questions.length };
  } finally {
    await local.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
