import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { runScript, tempStore } from '../helpers.ts';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc';

describe('configuration', () => {
  it('reads a valid environment, with defaults', () => {
    const c = loadConfig({
      BOT_TOKEN: TOKEN,
      ADMIN_IDS: '12, 34',
      STAFF_CHAT_ID: '-1001234',
      BOT_API_ROOT: 'http://127.0.0.1:8081',
    });
    expect(c).toEqual({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: 'http://127.0.0.1:8081',
      DATABASE_PATH: 'data/bot.db',
      LOG_LEVEL: 'info',
      ADMIN_IDS: [12, 34],
      STAFF_CHAT_ID: -1001234,
      BROADCAST_RATE: 25,
      PORT: 8080,
      USER_RATE_LIMIT: 8,
      USER_RATE_WINDOW_MS: 2000,
    });
  });

  it.each([
    [{}, 'BOT_TOKEN'],
    [{ BOT_TOKEN: 'nonsense' }, 'BOT_TOKEN'],
    [{ BOT_TOKEN: TOKEN, BOT_API_ROOT: 'localhost' }, 'BOT_API_ROOT'],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ BOT_TOKEN: TOKEN, ADMIN_IDS: '12, bob' }, 'ADMIN_IDS'],
    [{ BOT_TOKEN: TOKEN, STAFF_CHAT_ID: 'staff' }, 'STAFF_CHAT_ID'],
  ])('names the variable that is wrong: %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });

  it('stops npm start before anything starts, naming the variable', () => {
    const { env, cleanup } = tempStore('never.db');
    try {
      const r = runScript('start', [], { ...env, BOT_TOKEN: '', LOG_LEVEL: 'silent' });
      expect(r.code).toBe(2);
      expect(r.err).toContain('configuration error: BOT_TOKEN');
    } finally {
      cleanup();
    }
  });
});
