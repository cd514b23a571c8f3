// npm run build (and so npm start): the bot bundled into dist/main.js.
import { bundle } from '../local/startCommand.ts';
import { runCli } from './run.ts';

runCli(async () => {
  console.log(`built ${await bundle()}`);
});
