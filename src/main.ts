// npm start: the bot with long polling. Configuration comes from the environment (see .env.example).
import { existsSync } from 'node:fs';
import { createLogger, StartError, startApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';

async function main(): Promise<void> {
  // A .env file in the working directory fills in what the environment leaves unset.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  let app;
  try {
    app = await startApp(config, { logger });
  } catch (err) {
    if (err instanceof StartError) {
      logger.fatal(err.message);
      process.exit(1);
    }
    throw err;
  }
  // Polling that fails for good (a revoked token, a second instance) ends the process, logged.
  void app.runner?.task()?.catch(async (err: unknown) => {
    app.logger.fatal({ err }, 'polling stopped');
    await app.stop().catch(() => undefined);
    process.exit(1);
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'stopping');
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
