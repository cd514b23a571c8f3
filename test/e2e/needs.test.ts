// A need typed as a message that also asks a question a topic answers: the answer first, then the
// guide with what the message said, in each language.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startLocalBot, type LocalBot } from '../../src/local/harness.ts';
import { tempDir } from '../helpers.ts';

/** Scripted users answer far faster than people: not held to a person's rate here. */
const FAST = 10_000;

let tmp: ReturnType<typeof tempDir>;
let local: LocalBot;
let nextId = 8000;
const newUser = (language_code: string) => new ChatUser(local, { id: nextId++, first_name: 'Aru', language_code });

beforeAll(async () => {
  tmp = tempDir();
  local = await startLocalBot({ databasePath: join(tmp.dir, 'needs.db'), userRateLimit: FAST });
});
afterAll(async () => {
  await local.stop();
  tmp.cleanup();
});

describe('a need that also asks', () => {
  it.each([
    ['ru', 'хочу открыть производство чипсов в СЭЗ, будут ли льготы?', 'Налоговые льготы', 'Из вашего сообщения'],
    [
      'kk',
      'тамак онимдерин ондиретин зауыт салгым келеди, кандай женилдиктер бар',
      'салық жеңілдіктері',
      'Хабарламаңыздан түсінгенім',
    ],
    [
      'en',
      'we want to build a factory in Almaty region, what tax benefits are there?',
      'tax benefits',
      'From your message',
    ],
  ])('%s: %s — the topic, then the guide', async (lang, text, topic, guide) => {
    const u = newUser(lang);
    await u.say(text);
    const said = u.messages.map((m) => m.text);
    const answer = said.findIndex((t) => t.startsWith('📘') && t.toLowerCase().includes(topic.toLowerCase()));
    const started = said.findIndex((t) => t.startsWith(guide));
    expect(answer, said.join('\n---\n')).toBeGreaterThanOrEqual(0);
    expect(started).toBeGreaterThan(answer);
  });

  it('a need that asks nothing more starts its guide alone', async () => {
    const u = newUser('ru');
    await u.say('хочу молочный завод на 3 га в области');
    expect(u.messages.some((m) => m.text.startsWith('📘'))).toBe(false);
    expect(u.messages.at(-2)!.text).toContain('Из вашего сообщения');
  });
});
