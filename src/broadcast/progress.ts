// The staff member's progress message of each broadcast, edited every few seconds while it runs
// (sent, blocked, failed, remaining, ETA, with Pause/Resume and Cancel), and a summary at the end
// (with a button to send it again to those it failed to reach).
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Api } from 'grammy';
import { GrammyError, InlineKeyboard } from 'grammy';
import { encodeAction } from '../cards/actions.ts';
import type { Lang } from '../dataset/schema.ts';
import type { Db } from '../store/db.ts';
import { broadcasts, users } from '../store/schema.ts';
import { progress, secondsLeft, type BroadcastStatus, type Progress } from './queue.ts';

export function setProgressMessage(db: Db, id: number, chatId: number, messageId: number): void {
  db.update(broadcasts)
    .set({ progressChatId: chatId, progressMessageId: messageId })
    .where(eq(broadcasts.id, id))
    .run();
}

type Translate = (lang: Lang, key: string, vars?: Record<string, string | number>) => string;

/**
 * A broadcast's status as staff see it: its figures, who blocked the bot (never sent to again) and
 * what failed (can be sent again); Pause or Resume and Cancel while it runs, and once it is done
 * with failures, a button that sends it again to those only.
 */
export function statusMessage(
  b: { id: number; status: BroadcastStatus },
  p: Progress,
  eta: number,
  t: (key: string, vars?: Record<string, string | number>) => string,
): { text: string; keyboard: InlineKeyboard | undefined; finished: boolean } {
  const finished = b.status === 'done' || b.status === 'cancelled';
  const lines = [
    t(finished ? 'broadcast-summary' : 'broadcast-progress', {
      id: b.id,
      status: t(`broadcast-status-${b.status}`),
      sent: p.sent,
      blocked: p.blocked,
      failed: p.failed,
      remaining: p.pending,
      eta,
    }),
  ];
  const keyboard = new InlineKeyboard();
  if (finished) {
    if (p.blocked > 0) lines.push(t('broadcast-summary-blocked', { blocked: p.blocked }));
    if (b.status === 'done' && p.failed > 0) {
      lines.push(t('broadcast-summary-failed', { failed: p.failed }));
      keyboard.text(
        t('broadcast-resend', { count: p.failed }),
        encodeAction({ type: 'broadcast', id: b.id, op: 'resend' }),
      );
    }
  } else {
    keyboard.text(
      t(b.status === 'paused' ? 'broadcast-resume' : 'broadcast-pause'),
      encodeAction({ type: 'broadcast', id: b.id, op: b.status === 'paused' ? 'resume' : 'pause' }),
    );
    keyboard.text(t('broadcast-cancel'), encodeAction({ type: 'broadcast', id: b.id, op: 'cancel' }));
  }
  return {
    text: lines.join('\n'),
    keyboard: keyboard.inline_keyboard.flat().length > 0 ? keyboard : undefined,
    finished,
  };
}

export class ProgressReporter {
  private shown = new Map<number, string>();
  private started = new Map<number, { at: number; doneThen: number }>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly api: Api,
    private readonly translate: Translate,
    private readonly everyMs = 3000,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => {
      this.ticking = this.tick().catch(() => undefined);
    }, this.everyMs);
  }

  /** Stops, after the update under way (so nothing touches the store once it is closed). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.ticking;
  }

  /** Brings every progress message up to date once. */
  async tick(): Promise<void> {
    const rows = this.db
      .select({ b: broadcasts, lang: users.language })
      .from(broadcasts)
      .leftJoin(users, eq(users.id, broadcasts.createdBy))
      .where(and(isNotNull(broadcasts.progressMessageId), isNotNull(broadcasts.progressChatId)))
      .all();
    for (const { b, lang } of rows) {
      const p = progress(this.db, b.id);
      const done = p.sent + p.blocked + p.failed;
      const first = this.started.get(b.id) ?? { at: Date.now(), doneThen: done };
      this.started.set(b.id, first);
      const eta = secondsLeft(p, first);
      const { text, keyboard, finished } = statusMessage(b, p, eta, (key, vars) =>
        this.translate(lang ?? 'ru', key, vars),
      );
      if (this.shown.get(b.id) === text) continue;
      try {
        // A finished broadcast's message loses its buttons, but for sending again what failed.
        await this.api.editMessageText(b.progressChatId!, b.progressMessageId!, text, {
          reply_markup: keyboard ?? { inline_keyboard: [] },
        });
        this.shown.set(b.id, text);
        if (finished) this.forget(b.id);
      } catch (err) {
        // Tried again next time (a 429, the network); a message that is gone stops being updated.
        if (err instanceof GrammyError && err.error_code === 400) this.forget(b.id);
      }
    }
  }

  private forget(id: number): void {
    this.db.update(broadcasts).set({ progressMessageId: null }).where(eq(broadcasts.id, id)).run();
    this.shown.delete(id);
    this.started.delete(id);
  }
}
