// npm run -s broadcast -- --text "…" [--audience all|topic:<topic>|lang:kk|ru|en] [--yes]
// npm run -s broadcast -- --resume
// npm run -s broadcast -- --resend <id>
// Queues a broadcast in the store at DATABASE_PATH and sends it through BOT_API_ROOT (or Telegram)
// at BROADCAST_RATE; --resume finishes broadcasts left unfinished (a crash, a restart); --resend
// sends a finished one again to the recipients it failed to reach. A running bot that holds the
// queue sends them itself, and this waits for it. Prints progress and a summary line; exits 1 if
// any message failed for good.
import { parseArgs } from 'node:util';
import { Api } from 'grammy';
import { clientOptions } from '../bot/api.ts';
import {
  broadcastStatus,
  createBroadcast,
  parseAudience,
  possibleDuplicates,
  progress,
  recipients,
  resendFailed,
  secondsLeft,
  unfinishedBroadcasts,
  type Progress,
} from '../broadcast/queue.ts';
import { BroadcastWorker } from '../broadcast/worker.ts';
import { loadConfig } from '../config.ts';
import { openStore } from '../store/open.ts';
import { confirm, runCli, UsageError } from './run.ts';

const USAGE =
  'usage: npm run -s broadcast -- --text "<message>" [--audience all|topic:<topic>|lang:kk|ru|en] [--yes]  |  npm run -s broadcast -- --resume  |  npm run -s broadcast -- --resend <id>';

runCli(async () => {
  let values;
  try {
    values = parseArgs({
      options: {
        text: { type: 'string' },
        audience: { type: 'string' },
        yes: { type: 'boolean' },
        resume: { type: 'boolean' },
        resend: { type: 'string' },
      },
    }).values;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  if ([values.resume, values.text, values.resend].filter((v) => v !== undefined).length !== 1)
    throw new UsageError(USAGE);
  const resend = values.resend === undefined ? undefined : Number(values.resend);
  if (resend !== undefined && !(Number.isSafeInteger(resend) && resend > 0))
    throw new UsageError(`--resend takes a broadcast's number\n${USAGE}`);
  const audience = parseAudience(values.audience ?? 'all');
  if (!audience)
    throw new UsageError(`--audience takes all, topic:<zone:slug|district:slug|sez|parks> or lang:kk|ru|en\n${USAGE}`);
  const text = values.text?.trim();
  if (text !== undefined && (text.length === 0 || text.length > 4096))
    throw new UsageError('--text must have 1 to 4096 characters');

  const config = loadConfig();
  const store = openStore(config.DATABASE_PATH);
  try {
    let ids: number[];
    if (text !== undefined) {
      const count = recipients(store.db, audience).length;
      if (!values.yes && !(await confirm(`Send to ${count} recipients (${values.audience ?? 'all'})? [y/N] `))) {
        console.log('not sent');
        return;
      }
      ids = [createBroadcast(store.db, { default: { text } }, audience, null).id];
    } else if (resend !== undefined) {
      if (!broadcastStatus(store.db, resend)) throw new UsageError(`no broadcast #${resend}`);
      const count = resendFailed(store.db, resend);
      // Run twice, or while it is still sending: nobody is queued a second time.
      if (count === 0) {
        console.log(
          `broadcast #${resend}: nothing to send again (not finished, or every message delivered or blocked)`,
        );
        return;
      }
      console.log(`broadcast #${resend}: sending again to ${count} recipients it failed to reach`);
      ids = [resend];
    } else {
      ids = unfinishedBroadcasts(store.db);
    }
    const api = new Api(config.BOT_TOKEN, clientOptions(config.BOT_API_ROOT));
    const worker = new BroadcastWorker(store.db, api, {
      rate: config.BROADCAST_RATE,
      name: 'command line',
      onWaiting: (holder) => console.log(`another sender holds the queue (${holder}): it sends, this waits`),
    });
    const started = Date.now();
    const report = () => {
      const p = sum(ids.map((id) => progress(store.db, id)));
      const eta = secondsLeft(p, { at: started, doneThen: 0 });
      console.log(
        `broadcast ${ids.join(',') || '-'}: sent ${p.sent}, blocked ${p.blocked}, failed ${p.failed}, remaining ${p.pending}, ETA ${eta}s`,
      );
    };
    const timer = setInterval(report, 2000);
    const stop = () => void worker.stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      await worker.start(true);
    } finally {
      clearInterval(timer);
    }
    report();
    const p = sum(ids.map((id) => progress(store.db, id)));
    console.log(
      `sent ${p.sent}, blocked ${p.blocked}, failed ${p.failed}, duplicates at most ${possibleDuplicates(store.db, ids)}`,
    );
    // Failed for good, or stopped with messages still to send (--resume finishes them).
    if (p.failed > 0 || p.pending > 0) process.exitCode = 1;
  } finally {
    store.close();
  }
});

function sum(list: Progress[]): Progress {
  return list.reduce(
    (a, p) => ({
      total: a.total + p.total,
      sent: a.sent + p.sent,
      blocked: a.blocked + p.blocked,
      failed: a.failed + p.failed,
      pending: a.pending + p.pending,
    }),
    {
      total: 0,
      sent: 0,
      blocked: 0,
      failed: 0,
      pending: 0,
    },
  );
}
