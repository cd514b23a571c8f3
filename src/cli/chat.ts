// npm run chat — talk to the real bot in the terminal, offline: the bot runs against the local Bot
// API emulator on the store at DATABASE_PATH. Messages and their buttons are shown numbered; type a
// button's number or label to press it on the newest message, or "message.button" (2.3) on an earlier
// one. Scripted: npm run -s chat -- --lang kk --say "Қайрат-2" --press 2 [--press 1.3] [--json] [--staff]
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isLang } from '../dataset/schema.ts';
import type { BotMessage, InlineButton } from '../local/emulator.ts';
import { bareLabel, ChatUser, NoButtonError, startLocalBot, type LocalBot } from '../local/harness.ts';
import { databasePath } from '../store/open.ts';
import { runCli, UsageError } from './run.ts';

const USAGE =
  'usage: npm run chat [-- --staff]  |  npm run -s chat -- [--lang kk|ru|en] [--staff] [--json] (--say "<text>" | --press <button number, message.button or label>)…';

type Step = { kind: 'say' | 'press'; value: string };

/** A wrong --press is a mistake in the script: it stops the run with this exit code (a usage error). */
const NO_BUTTON_EXIT = 2;

runCli(async () => {
  const { lang, json, staff, steps } = parseCommandLine();
  const adminIds = adminIdsOf(process.env.ADMIN_IDS);
  // The interactive user is always the same one, so a chosen language is remembered between chats;
  // each scripted run is a new user, so --lang is what it says.
  const id = steps.length > 0 ? 200_000_000 + Math.floor(Math.random() * 1e8) : 100_001;
  const local = await startLocalBot({
    databasePath: databasePath(),
    logLevel: logLevel(),
    // A script or a pipe answers far faster than a person: it is not held to a person's rate.
    ...(steps.length > 0 || !process.stdin.isTTY ? { userRateLimit: 10_000 } : {}),
    // --staff makes this user an admin, and this chat the staff chat, so applications and their
    // status buttons show up here too; ADMIN_IDS and STAFF_CHAT_ID from the environment still count.
    ...(staff || adminIds.length > 0 ? { adminIds: staff ? [...adminIds, id] : adminIds } : {}),
    ...staffChat(staff ? id : undefined),
  });
  const user = new ChatUser(local, { id, first_name: 'Offline', username: 'offline_user', language_code: lang });
  const chat = new Transcript(local, user, json);
  try {
    if (steps.length === 0) return await converse(chat);
    for (const step of steps) {
      try {
        await chat.perform(step);
      } catch (err) {
        if (!(err instanceof NoButtonError)) throw err;
        console.error(`error: --press ${step.value}: ${err.message}`);
        process.exitCode = NO_BUTTON_EXIT;
        return;
      }
    }
  } finally {
    await local.stop();
  }
});

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

/** ADMIN_IDS as the bot reads it: Telegram ids separated by commas. */
function adminIdsOf(value: string | undefined): number[] {
  const ids = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.some((s) => !/^\d{1,15}$/.test(s)))
    throw new UsageError(`ADMIN_IDS: expected Telegram ids separated by commas, found ${JSON.stringify(value)}`);
  return ids.map(Number);
}

/** STAFF_CHAT_ID from the environment wins; else --staff's own chat. */
function staffChat(own: number | undefined): { staffChatId?: number } {
  const value = process.env.STAFF_CHAT_ID?.trim();
  if (value) {
    if (!/^-?\d{1,15}$/.test(value))
      throw new UsageError(`STAFF_CHAT_ID: expected a Telegram chat id, found ${JSON.stringify(value)}`);
    return { staffChatId: Number(value) };
  }
  return own === undefined ? {} : { staffChatId: own };
}

function logLevel(): 'silent' | 'error' | 'warn' | 'info' | 'debug' {
  const level = process.env.LOG_LEVEL;
  return level === 'error' || level === 'warn' || level === 'info' || level === 'debug' ? level : 'silent';
}

/** The conversation as the terminal shows it: the bot's messages numbered as they first appear. */
class Transcript {
  /** Each bot message's number (from 1) by its message_id; numbers stay when a message is deleted. */
  private readonly numbers = new Map<number, number>();

  constructor(
    readonly local: LocalBot,
    readonly user: ChatUser,
    readonly json: boolean,
  ) {}

  async perform(step: Step, echo = true): Promise<void> {
    const { user, local } = this;
    const before = new Map(user.messages.map((m) => [m.message_id, snapshot(m)]));
    const notices = local.emulator.callbackAnswers.length;
    if (step.kind === 'say') await user.say(step.value);
    else await this.press(step.value);
    if (!this.json && echo) console.log(`\n› ${step.kind === 'press' ? `[${step.value}]` : step.value}`);
    for (const answer of local.emulator.callbackAnswers.slice(notices)) {
      if (answer.text) this.print(step, { type: 'notice', text: answer.text, buttons: [] });
    }
    for (const m of user.messages) {
      const old = before.get(m.message_id);
      if (old === undefined) this.print(step, { type: 'message', text: plain(m.text), buttons: m.buttons }, m);
      else if (old !== snapshot(m)) this.print(step, { type: 'edit', text: plain(m.text), buttons: m.buttons }, m);
    }
  }

  /** "3": button 3 of the newest message with buttons; "2.3": button 3 of message 2; else a label. */
  private async press(value: string): Promise<void> {
    const at = /^(\d+)\.(\d+)$/.exec(value);
    if (at) {
      const message = this.message(Number(at[1]));
      if (!message) throw new NoButtonError(`there is no message ${at[1]} (messages are numbered from 1 as shown)`);
      await this.user.press(Number(at[2]), message);
    } else await this.user.press(/^\d+$/.test(value) ? Number(value) : value);
  }

  private message(number: number): BotMessage | undefined {
    const id = [...this.numbers].find(([, n]) => n === number)?.[0];
    return this.user.messages.find((m) => m.message_id === id);
  }

  /** A typed line that presses a button rather than says something: a number, "2.3", or a label on screen. */
  presses(line: string): boolean {
    if (/^\d+(\.\d+)?$/.test(line)) return true;
    const labels = this.user.withButtons?.buttons.flat().filter((b) => b.callback_data) ?? [];
    return labels.some((b) => b.text === line || bareLabel(b.text) === bareLabel(line));
  }

  private print(
    step: Step,
    reply: { type: string; text: string; buttons: InlineButton[][] },
    message?: BotMessage,
  ): void {
    let number: number | undefined;
    if (message) {
      number = this.numbers.get(message.message_id) ?? this.numbers.size + 1;
      this.numbers.set(message.message_id, number);
    }
    if (this.json) {
      console.log(
        JSON.stringify({
          input: step,
          type: reply.type,
          ...(number !== undefined ? { message: number } : {}),
          text: reply.text,
          buttons: reply.buttons.map((row) => row.map((b) => b.text)),
        }),
      );
      return;
    }
    if (number !== undefined) console.log(`[message ${number}${reply.type === 'edit' ? ', edited' : ''}]`);
    console.log(reply.type === 'notice' ? `(${reply.text})` : reply.text);
    let n = 0;
    for (const row of reply.buttons) {
      console.log(
        `  ${row.map((b) => `[${++n}] ${b.text}${b.callback_data ? '' : b.url ? ' (link)' : ' (shares in another chat)'}`).join('   ')}`,
      );
    }
  }
}

async function converse(chat: Transcript): Promise<void> {
  console.log(
    'Offline chat with the bot. Type a message; a number or a label presses a button of the newest message, "2.3" button 3 of message 2; Ctrl-D ends.',
  );
  await chat.perform({ kind: 'say', value: '/start' });
  // Made only now, and iterated at once: lines typed ahead wait in stdin until they are read.
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  rl.setPrompt('\n> ');
  rl.prompt();
  // Lines are read as they come and wait their turn: pasted or piped lines are all answered, in order.
  for await (const raw of rl) {
    const line = raw.trim();
    if (line) {
      try {
        await chat.perform({ kind: chat.presses(line) ? 'press' : 'say', value: line }, false);
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
