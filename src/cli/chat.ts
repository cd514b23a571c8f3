// npm run chat — talk to the real bot in the terminal, offline: the bot runs against the local Bot
// API emulator on the store at DATABASE_PATH. Buttons are shown numbered; type a number or a label
// to press one (of any message: the newest that has it). Scripted: npm run -s chat -- --lang kk
// --say "Қайрат-2" --press 2 [--json]. --staff makes the user an admin; ADMIN_IDS and STAFF_CHAT_ID
// are taken from the environment as the bot takes them.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isLang } from '../dataset/schema.ts';
import type { BotMessage, InlineButton } from '../local/emulator.ts';
import { ChatUser, startLocalBot, type LocalBot } from '../local/harness.ts';
import { databasePath } from '../store/open.ts';
import { runCli, UsageError } from './run.ts';

const USAGE =
  'usage: npm run chat  |  npm run -s chat -- [--lang kk|ru|en] [--staff] [--json] (--say "<text>" | --press <number or label>)…';

type Step = { kind: 'say' | 'press'; value: string };

runCli(async () => {
  const { lang, json, staff, steps } = parseCommandLine();
  // The interactive user is always the same one, so a chosen language is remembered between chats;
  // each scripted run is a new user, so --lang is what it says.
  const id = steps.length > 0 ? 200_000_000 + Math.floor(Math.random() * 1e8) : 100_001;
  const staffChatId = numbers(process.env.STAFF_CHAT_ID, 'STAFF_CHAT_ID')[0];
  // A script, or lines piped in, answer far faster than a person: they are not held to a person's rate.
  const local = await startLocalBot({
    databasePath: databasePath(),
    logLevel: logLevel(),
    adminIds: [...numbers(process.env.ADMIN_IDS, 'ADMIN_IDS'), ...(staff ? [id] : [])],
    ...(staffChatId !== undefined ? { staffChatId } : {}),
    ...(steps.length > 0 || !process.stdin.isTTY ? { userRateLimit: 10_000 } : {}),
  });
  const user = new ChatUser(local, { id, first_name: 'Offline', username: 'offline_user', language_code: lang });
  try {
    if (steps.length > 0) {
      for (const step of steps) await perform(local, user, step, json);
    } else {
      await converse(local, user);
    }
  } finally {
    await local.stop();
  }
});

/** Telegram ids written comma-separated, as ADMIN_IDS is. */
function numbers(value: string | undefined, name: string): number[] {
  const ids = (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (ids.some((v) => !/^-?\d+$/.test(v))) throw new UsageError(`${name} takes Telegram ids separated by commas`);
  return ids.map(Number);
}

function parseCommandLine(): { lang: string; json: boolean; staff: boolean; steps: Step[] } {
  let parsed;
  try {
    parsed = parseArgs({
      tokens: true,
      options: {
        lang: { type: 'string' },
        json: { type: 'boolean' },
        staff: { type: 'boolean' },
        say: { type: 'string', multiple: true },
        press: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const lang = parsed.values.lang ?? 'ru';
  if (!isLang(lang)) throw new UsageError(`--lang takes kk, ru or en\n${USAGE}`);
  // The order of --say and --press on the command line is the order of the conversation.
  const steps: Step[] = [];
  for (const token of parsed.tokens) {
    if (token.kind === 'option' && (token.name === 'say' || token.name === 'press'))
      steps.push({ kind: token.name, value: token.value ?? '' });
  }
  return { lang, json: parsed.values.json ?? false, staff: parsed.values.staff ?? false, steps };
}

function logLevel(): 'silent' | 'error' | 'warn' | 'info' | 'debug' {
  const level = process.env.LOG_LEVEL;
  return level === 'error' || level === 'warn' || level === 'info' || level === 'debug' ? level : 'silent';
}

async function perform(local: LocalBot, user: ChatUser, step: Step, json: boolean, echo = true): Promise<void> {
  const before = new Map(user.messages.map((m) => [m.message_id, snapshot(m)]));
  const notices = local.emulator.callbackAnswers.length;
  if (step.kind === 'say') await user.say(step.value);
  else {
    const number = /^\d+$/.test(step.value) ? Number(step.value) : undefined;
    try {
      await user.press(number ?? step.value);
    } catch (err) {
      // A button not there is the script's mistake: one line, not a stack.
      if (err instanceof Error && err.message.startsWith('no button')) throw new UsageError(err.message);
      throw err;
    }
  }
  if (!json && echo) console.log(`\n› ${step.kind === 'press' ? `[${step.value}]` : step.value}`);
  for (const answer of local.emulator.callbackAnswers.slice(notices)) {
    if (answer.text) print(json, step, { type: 'notice', text: answer.text, buttons: [] });
  }
  for (const m of user.messages) {
    const old = before.get(m.message_id);
    if (old === undefined) print(json, step, { type: 'message', text: plain(m.text), buttons: m.buttons });
    else if (old !== snapshot(m)) print(json, step, { type: 'edit', text: plain(m.text), buttons: m.buttons });
  }
}

function print(json: boolean, step: Step, reply: { type: string; text: string; buttons: InlineButton[][] }): void {
  if (json) {
    console.log(
      JSON.stringify({
        input: step,
        type: reply.type,
        text: reply.text,
        buttons: reply.buttons.map((row) => row.map((b) => b.text)),
      }),
    );
    return;
  }
  console.log(reply.type === 'notice' ? `(${reply.text})` : reply.text);
  let n = 0;
  for (const row of reply.buttons) {
    console.log(
      `  ${row.map((b) => `[${++n}] ${b.text}${b.callback_data ? '' : b.url ? ' (link)' : ' (shares in another chat)'}`).join('   ')}`,
    );
  }
}

async function converse(local: LocalBot, user: ChatUser): Promise<void> {
  console.log('Offline chat with the bot. Type a message; a number or a label presses a button; Ctrl-D ends.');
  await perform(local, user, { kind: 'say', value: '/start' }, false);
  // Made only now, and iterated at once: lines typed ahead wait in stdin until they are read.
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  rl.setPrompt('\n> ');
  rl.prompt();
  // Lines are read as they come and wait their turn: pasted or piped lines are all answered, in order.
  for await (const raw of rl) {
    const line = raw.trim();
    if (line) {
      // A number, or a button's label with or without its icon, presses it.
      const presses = /^\d+$/.test(line) || user.hasButton(line);
      try {
        await perform(local, user, { kind: presses ? 'press' : 'say', value: line }, false, false);
      } catch (err) {
        console.log(`(${(err as Error).message})`);
      }
    }
    rl.prompt();
  }
}

function snapshot(m: BotMessage): string {
  return JSON.stringify([m.text, m.buttons]);
}

/** Telegram HTML as a terminal shows it. */
function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
