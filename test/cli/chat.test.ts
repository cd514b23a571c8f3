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

  it('answers a long pipe line by line, without the flood limit, and presses a label typed without its icon', () => {
    const lines = [
      'привет',
      'ПИТ',
      'Кайрат',
      'Кайрат-2',
      'Береке',
      'Талгар',
      'Конаев',
      'Алатау',
      'Сункар',
      'Таскарасу',
    ];
    const r = runScript('chat', ['--lang', 'ru'], env, [...lines, 'ПИТ Алатау', 'История', ''].join('\n'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toContain('Слишком много сообщений');
    expect(r.out).toContain('«Таскарасу»');
    expect(r.out).not.toContain('По запросу «История» ничего не нашлось');
    expect(r.out).toMatch(/\[message \d+, edited\]\n.*история данных/);
  });

  it('presses a button of an earlier message by "message.button", or by a label found there', () => {
    const r = runScript('chat', ['--say', 'ПИТ Алатау', '--say', 'Кайрат', '--press', '1.2'], env);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('[message 2]');
    expect(r.out).toMatch(/› \[1\.2\]\n\[message 1, edited\]\n⭐ Условия СЭЗ/);
    const byLabel = runScript('chat', ['--say', 'ПИТ Алатау', '--say', 'Кайрат', '--press', 'Условия СЭЗ'], env);
    expect(byLabel.code, byLabel.err).toBe(0);
    expect(byLabel.out).toContain('[message 1, edited]\n⭐ Условия СЭЗ');
  });

  it('makes the user staff with --staff (and honours ADMIN_IDS): /help lists the staff commands', () => {
    const r = runScript('chat', ['--staff', '--say', '/help'], env);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Для сотрудников:\n/broadcast');
    expect(runScript('chat', ['--say', '/help'], env).out).not.toContain('/broadcast');
    expect(runScript('chat', ['--say', '/stats'], { ...env, ADMIN_IDS: 'x' }).err).toContain('ADMIN_IDS');
  });

  it('stops at a button that is not there with a clear error and exit code 2; bad arguments exit 1', () => {
    for (const press of ['42', '7.1', 'Нет такой кнопки']) {
      const r = runScript('chat', ['--say', '/start', '--press', press], env);
      expect(r.code, press).toBe(2);
      expect(r.err, press).toMatch(/^error: --press .*(no button|there is no message 7)/);
      expect(r.err, press).not.toContain('    at ');
    }
    const bad = runScript('chat', ['--lang', 'de'], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--lang takes kk, ru or en');
  });
});
