// Bot API calls made while a person waits: failures are retried, a few times only.
import { HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { HTTP_RETRIES, interactiveRetry } from '../../src/bot/api.ts';

type Prev = Parameters<ReturnType<typeof interactiveRetry>>[0];

function counting(answer: (call: number) => unknown): { prev: Prev; calls: () => number } {
  let calls = 0;
  const prev = (async () => answer(++calls)) as unknown as Prev;
  return { prev, calls: () => calls };
}

describe('interactiveRetry', () => {
  it('gives a request that keeps failing (network, timeout) up after a bounded number of retries', async () => {
    const { prev, calls } = counting(() => {
      throw new HttpError('Network request for sendMessage failed', new Error('ECONNREFUSED'));
    });
    await expect(interactiveRetry(0)(prev, 'sendMessage', { chat_id: 1, text: 'x' })).rejects.toBeInstanceOf(HttpError);
    expect(calls()).toBe(1 + HTTP_RETRIES);
  });

  it('answers once a retried request goes through', async () => {
    const { prev, calls } = counting((n) => {
      if (n === 1) throw new HttpError('timed out', new Error('timeout'));
      return { ok: true, result: true };
    });
    await expect(interactiveRetry(0)(prev, 'sendChatAction', { chat_id: 1, action: 'typing' })).resolves.toEqual({
      ok: true,
      result: true,
    });
    expect(calls()).toBe(2);
  });

  it('does not retry a refusal', async () => {
    const { prev, calls } = counting(() => ({
      ok: false,
      error_code: 400,
      description: 'Bad Request: chat not found',
    }));
    const answer = await interactiveRetry(0)(prev, 'sendMessage', { chat_id: 1, text: 'x' });
    expect(answer).toMatchObject({ ok: false, error_code: 400 });
    expect(calls()).toBe(1);
  });
});
