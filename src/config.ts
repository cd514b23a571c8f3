// One typed configuration from the environment, validated at start: a bad or missing value names
// the variable, and nothing starts.
import { z } from 'zod';
import { DEFAULT_DATABASE_PATH } from './store/paths.ts';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const telegramId = z
  .string()
  .trim()
  .regex(/^-?\d{1,20}$/, 'must be a Telegram id (a whole number)')
  .transform(Number);

/** A number given as text: its form, its range, and the value when the variable is unset. */
const number = (
  form: RegExp,
  formError: string,
  inRange: (n: number) => boolean,
  rangeError: string,
  fallback: number,
) => z.string().regex(form, formError).transform(Number).refine(inRange, rangeError).default(fallback);

const schema = z.object({
  BOT_TOKEN: z
    .string({ error: 'is required (the token @BotFather gave the bot)' })
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'does not look like a bot token ("123456:ABC…")'),
  BOT_API_ROOT: z.url({ error: 'must be a URL such as http://127.0.0.1:8081' }).optional(),
  DATABASE_PATH: z.string().trim().min(1, 'must not be empty').default(DEFAULT_DATABASE_PATH),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ADMIN_IDS: z
    .string()
    .trim()
    .default('')
    .transform((s, ctx) => {
      const ids: number[] = [];
      for (const part of s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const parsed = telegramId.safeParse(part);
        if (!parsed.success) {
          ctx.addIssue({
            code: 'custom',
            message: `"${part}" is not a Telegram user id; give ids separated by commas`,
          });
          return z.NEVER;
        }
        ids.push(parsed.data);
      }
      return ids;
    }),
  STAFF_CHAT_ID: telegramId.optional(),
  BROADCAST_RATE: number(
    /^\d+(\.\d+)?$/,
    'must be a number of messages a second',
    (n) => n > 0 && n <= 30,
    'must be above 0 and at most 30 (Telegram allows about 30 a second)',
    25,
  ),
  /** Updates one user may send in USER_RATE_WINDOW_MS before the rest are dropped (one "slow down" answer). */
  USER_RATE_LIMIT: number(/^\d{1,5}$/, 'must be a whole number', (n) => n >= 1, 'must be at least 1', 8),
  USER_RATE_WINDOW_MS: number(
    /^\d{1,6}$/,
    'must be a number of milliseconds',
    (n) => n >= 100,
    'must be at least 100',
    2000,
  ),
  /** Webhook mode when set: Telegram posts updates to this address. */
  WEBHOOK_URL: z.url({ error: 'must be the https address Telegram posts updates to' }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16 to 256 letters, digits, "_" or "-"')
    .optional(),
  PORT: number(
    /^\d{1,5}$/,
    'must be a port number',
    (n) => n > 0 && n < 65536,
    'must be a port number from 1 to 65535',
    8080,
  ),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty variables count as unset, as in most shells' `VAR=` lines of .env files.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  // A webhook without a secret would take updates from anyone who finds its address.
  if (parsed.data.WEBHOOK_URL && !parsed.data.WEBHOOK_SECRET)
    throw new ConfigError('WEBHOOK_SECRET', 'is required with WEBHOOK_URL');
  return parsed.data;
}
