// The staff member's progress message of each broadcast, edited every few seconds while it runs
// (sent, blocked, failed, remaining, ETA, with Pause/Resume and Cancel), and a summary at the end.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Api } from 'grammy';
import { GrammyError, InlineKeyboard } from 'grammy';
import { encodeAction } from '../cards/actions.ts';
import type { Lang } from '../dataset/schema.ts';
import type { Db } from '../store/db.ts';
import { broadcasts, users } from '../store/schema.ts';
import { progress, secondsLeft } from './queue.ts';

export function setProgressMessage(db: Db, id: number, chatId: number, messageId: number): void {
  db.update(broadcasts)
    .set({ progressChatId: chatId, progressMessageId: messageId })
    .where(eq(broadcasts.id, id))
    .run();
}

type Translate = (lang: Lang, key: string, vars?: Record<string, string | number>) => string;

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
      const t = (key: string, vars?: Record<string, string | number>) => this.translate(lang ?? 'ru', key, vars);
      const finished = b.status === 'done' || b.status === 'cancelled';
      const text = t(finished ? 'broadcast-summary' : 'broadcast-progress', {
        id: b.id,
        status: t(`broadcast-status-${b.status}`),
        sent: p.sent,
        blocked: p.blocked,
        failed: p.failed,
        remaining: p.pending,
        eta,
      });
      if (this.shown.get(b.id) === text) continue;
      const keyboard = new InlineKeyboard();
      if (!finished) {
        keyboard.text(
          t(b.status === 'paused' ? 'broadcast-resume' : 'broadcast-pause'),
          encodeAction({ type: 'broadcast', id: b.id, op: b.status === 'paused' ? 'resume' : 'pause' }),
        );
        keyboard.text(t('broadcast-cancel'), encodeAction({ type: 'broadcast', id: b.id, op: 'cancel' }));
      }
      try {
        // A finished broadcast's message loses its buttons.
        await this.api.editMessageText(b.progressChatId!, b.progressMessageId!, text, {
          reply_markup: finished ? { inline_keyboard: [] } : keyboard,
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
