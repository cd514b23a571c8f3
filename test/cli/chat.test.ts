// The offline chat in scripted mode, as the README shows it, and typed (or pasted, or piped) lines.
import { afterAll, describe, expect, it } from 'vitest';
import { runScript, tempStore } from '../helpers.ts';

const { env, cleanup } = tempStore('chat.db');
afterAll(cleanup);

describe('npm run chat', () => {
  it('plays a scripted conversation and prints each reply with numbered buttons', () => {
    const r = runScript(
      'chat',
      ['--lang', 'kk', '--say', 'Қайрат-2', '--press', 'Талғар ауданы', '--say', '/language'],
      env,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('› Қайрат-2');
    expect(r.out).toContain('«Қайрат-2» индустриялық аймағы');
    expect(r.out).toMatch(/\[\d\] 📍 Талғар ауданы/);
    expect(r.out).toContain('› [Талғар ауданы]');
    expect(r.out).toContain('Тілді таңдаңыз:');
  });

  it('prints JSON lines with --json', () => {
    const r = runScript('chat', ['--lang', 'ru', '--json', '--say', 'Valtherm', '--press', '1'], env);
    expect(r.code, r.err).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; text: string; buttons: string[][] });
    expect(lines[0]).toMatchObject({ type: 'message', input: { kind: 'say', value: 'Valtherm' } });
    expect(lines[0]!.text).toContain('11,6 млрд ₸');
    expect(lines.at(-1)!.type).toBe('edit');
  });

  it('answers every line typed ahead, in order, in the user’s language, and says so of a button not there', () => {
    const r = runScript('chat', ['--lang', 'kk'], env, 'шелек\n\n🙂\nasdfgh qwerty\n42\n');
    expect(r.code, r.err).toBe(0);
    const shelek = r.out.indexOf('«Шелек» индустриялық аймағы');
    const prompt = r.out.indexOf('Аймақтың, компанияның немесе ауданның атауын');
    const miss = r.out.indexOf('«asdfgh qwerty» бойынша ештеңе табылмады');
    const noButton = r.out.indexOf('no button 42');
    expect([shelek, prompt, miss, noButton].every((i) => i > 0)).toBe(true);
    expect(shelek < prompt && prompt < miss && miss < noButton).toBe(true);
  });

  it('refuses a button that is not there and bad arguments, with exit code 1', () => {
    expect(runScript('chat', ['--say', '/start', '--press', '42'], env).code).toBe(1);
    const bad = runScript('chat', ['--lang', 'de'], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--lang takes kk, ru or en');
  });
});
