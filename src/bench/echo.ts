// The baseline of npm run bench: a bare grammY bot that echoes every text, polling with grammY's
// runner with the same settings as the real bot. Started in the bench's process, or as its own process when this
// file is run (BOT_API_ROOT, BOT_TOKEN), as the real bot is.
import { run, type RunnerHandle } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { pathToFileURL } from 'node:url';

export function startEcho(token: string, apiRoot: string): RunnerHandle {
  const bot = new Bot(token, { client: { apiRoot } });
  bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
  return run(bot, { sink: { concurrency: 50 } });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { BOT_API_ROOT: apiRoot, BOT_TOKEN: token } = process.env;
  if (!apiRoot || !token) {
    console.error('echo bot: BOT_API_ROOT and BOT_TOKEN are required');
    process.exit(2);
  }
  const runner = startEcho(token, apiRoot);
  process.once('SIGTERM', () => void runner.stop().then(() => process.exit(0)));
}
