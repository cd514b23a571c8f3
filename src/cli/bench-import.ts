// npm run bench:import — the largest imports the bot takes, measured on the bot as npm start runs it
// (bundled, its heap limits): for bundles of BENCH_IMPORT_COMPANIES extra companies each (shaped like
// the real ones: names in two scripts, a keyword, an investment), a staff member sends the file and
// applies it while another user searches one message after another. Reported: the file's size, the
// time to the difference and to applied, the longest wait of the other user's searches meanwhile
// (the bot's thread held up), the process's peak RSS; then the bot started again on that store:
// time to its first answer and RSS after it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grownDataset } from '../bench/dataset.ts';
import { toBundle } from '../dataset/bundle.ts';
import { loadDataset } from '../dataset/load.ts';
import { BotApiEmulator, type BotMessage, type EmulatedUser } from '../local/emulator.ts';
import { OFFLINE_TOKEN } from '../local/harness.ts';
import { bundle, startCommand } from '../local/startCommand.ts';
import { openStore } from '../store/open.ts';
import { REPO_ROOT, SEED_DIR } from '../store/paths.ts';
import { runCli } from './run.ts';

const SIZES = (process.env.BENCH_IMPORT_COMPANIES ?? '1000,2500,4930,5000').split(',').map((n) => Number(n.trim()));
/** Aliases of each extra company besides its names and keyword (BENCH_IMPORT_ALIASES), to reach the file limit. */
const ALIASES = Number(process.env.BENCH_IMPORT_ALIASES ?? 0);
const STAFF: EmulatedUser = { id: 1, first_name: 'Staff', language_code: 'en' };
const OTHER: EmulatedUser = { id: 2, first_name: 'Other', language_code: 'ru' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

runCli(async () => {
  await bundle();
  const base = loadDataset(SEED_DIR);
  const rows: string[][] = [];
  for (const extra of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
    try {
      const path = join(dir, 'bench.db');
      openStore(path).close();
      const text = toBundle(grownDataset(base, extra, ALIASES));
      const imported = await importAsStaff(path, text);
      const restart = imported.outcome.startsWith('Applied') ? await startAndAnswer(path) : undefined;
      rows.push([
        `${extra}`,
        `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB`,
        imported.outcome.slice(0, 60).replace(/\n/g, ' '),
        `${imported.diffMs.toFixed(0)} / ${imported.applyMs.toFixed(0)} ms`,
        `${imported.searches} searches, longest ${imported.longestSearchMs.toFixed(0)} ms`,
        `${imported.peakRssMb.toFixed(0)} MB`,
        restart
          ? `${restart.firstAnswerMs.toFixed(0)} ms, ${restart.rssMb.toFixed(0)} MB (peak ${restart.peakMb.toFixed(0)})`
          : '—',
      ]);
      console.error(rows.at(-1)!.join(' | '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const head = [
    'extra companies',
    'file',
    'outcome',
    'difference / applied',
    'other user meanwhile',
    'peak RSS',
    'restart: first answer, RSS',
  ];
  console.log(`| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
});

function launch(path: string, url: string): ChildProcess {
  const { command, args } = startCommand();
  return spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      BOT_TOKEN: OFFLINE_TOKEN,
      BOT_API_ROOT: url,
      DATABASE_PATH: path,
      ADMIN_IDS: String(STAFF.id),
      USER_RATE_LIMIT: '1000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function memory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rssMb: kb('VmRSS'), peakMb: kb('VmHWM') };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Waits for a new message in a chat, past `seen` of them; throws if the bot died. */
async function reply(emulator: BotApiEmulator, child: ChildProcess, chat: number, seen: number): Promise<BotMessage> {
  for (;;) {
    const message = emulator.chat(chat)[seen];
    if (message) return message;
    if (child.exitCode !== null) throw new Error(`the bot exited with code ${child.exitCode}`);
    await sleep(1);
  }
}

async function importAsStaff(path: string, text: string) {
  const emulator = new BotApiEmulator();
  const child = launch(path, await emulator.start());
  try {
    // Started once it answers.
    emulator.sendText(OTHER, 'Шелек');
    await reply(emulator, child, OTHER.id, 0);
    let importing = true;
    let longestSearchMs = 0;
    let searches = 0;
    const other = (async () => {
      while (importing) {
        const seen = emulator.chat(OTHER.id).length;
        const at = performance.now();
        emulator.sendText(OTHER, searches % 2 ? 'Valtherm' : 'Шелек');
        await reply(emulator, child, OTHER.id, seen);
        longestSearchMs = Math.max(longestSearchMs, performance.now() - at);
        searches++;
      }
    })();
    const started = performance.now();
    let seen = emulator.chat(STAFF.id).length;
    emulator.sendDocument(STAFF, 'dataset.yaml', text);
    const diff = await reply(emulator, child, STAFF.id, seen);
    const diffMs = performance.now() - started;
    let applyMs = 0;
    let outcome = diff.text;
    const apply = diff.buttons.flat().find((b) => b.text.includes('Apply'));
    if (apply?.callback_data) {
      seen = emulator.chat(STAFF.id).length;
      const at = performance.now();
      emulator.press(STAFF, diff, apply.callback_data);
      outcome = (await reply(emulator, child, STAFF.id, seen)).text;
      applyMs = performance.now() - at;
    }
    importing = false;
    await other;
    return { outcome, diffMs, applyMs, searches, longestSearchMs, peakRssMb: memory(child.pid!).peakMb };
  } finally {
    await stop(child);
    await emulator.stop();
  }
}

async function startAndAnswer(path: string) {
  const emulator = new BotApiEmulator();
  const started = performance.now();
  const child = launch(path, await emulator.start());
  try {
    emulator.sendText(OTHER, 'Valtherm');
    await reply(emulator, child, OTHER.id, 0);
    return { firstAnswerMs: performance.now() - started, ...memory(child.pid!) };
  } finally {
    await stop(child);
    await emulator.stop();
  }
}
