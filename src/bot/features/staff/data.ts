// Data updates by staff in the chat: /export sends the dataset as one YAML file; the file sent back
// (after /import, or any time) is validated, shown as a difference, and applied in one transaction
// on Apply. Followers of zones whose figures changed can then be told with one tap. Data changed
// outside the bot is picked up too.
import { Composer, InlineKeyboard, InputFile } from 'grammy';
import { encodeAction } from '../../../cards/actions.ts';
import { nameOf } from '../../../cards/render.ts';
import { toBundle } from '../../../dataset/bundle.ts';
import { exportDataset } from '../../../dataset/export.ts';
import { recipients } from '../../../broadcast/queue.ts';
import { METRICS, STATUSES } from '../../../dataset/schema.ts';
import { runImport, type ImportOutcome } from '../../../store/imports.ts';
import { IMPORTED, type FieldChange, type SeedReport } from '../../../store/seed.ts';
import { onAction } from '../../buttons.ts';
import type { BotContext } from '../../context.ts';
import { isStaff, staffOnly } from '../../middlewares/roles.ts';

/**
 * The largest file taken (today's export is about 140 KB; one at the dataset's limits about 2–3 MB):
 * what the import's worker parses within its heap (npm run bench:import).
 */
export const MAX_IMPORT_FILE = 4 * 1024 * 1024;

export const dataUpdates = new Composer<BotContext>();

const privateChats = dataUpdates.chatType('private');

privateChats.command('export', staffOnly, async (ctx) => {
  const bundle = toBundle(exportDataset(ctx.deps.store.db));
  await ctx.replyWithDocument(
    new InputFile(Buffer.from(bundle), `dataset-${new Date().toISOString().slice(0, 10)}.yaml`),
    { caption: ctx.t('export-caption') },
  );
});

privateChats.command('import', staffOnly, async (ctx) => {
  await ctx.reply(ctx.t('import-send'));
});

privateChats.on('message:document', async (ctx, next) => {
  const doc = ctx.message.document;
  if (!isStaff(ctx) || !/\.ya?ml$/i.test(doc.file_name ?? '')) return next();
  if ((doc.file_size ?? 0) > MAX_IMPORT_FILE) return void (await ctx.reply(ctx.t('import-too-large')));
  const text = await download(ctx, doc.file_id);
  if (text === undefined) return void (await ctx.reply(ctx.t('import-download-failed')));
  const name = doc.file_name ?? 'dataset.yaml';
  const outcome = await runImport(ctx.deps.store.path, { kind: 'plan', name, text }, ctx.deps.importHold);
  if (outcome.kind === 'rejected') return void (await ctx.reply(rejection(ctx, outcome)));
  if (outcome.kind !== 'planned') throw new Error(`an import plan answered ${outcome.kind}`);
  const diff = outcome.report;
  if (diff.changes.length === 0) return void (await ctx.reply(ctx.t('import-no-changes')));
  // The file itself stays with Telegram: Apply downloads it again.
  (await ctx.session).pendingImport = { name, fileId: doc.file_id, shown: outcome.digest };
  await ctx.reply(describe(ctx, diff, name), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t('import-apply'), encodeAction({ type: 'import', apply: true }))
      .text(ctx.t('import-drop'), encodeAction({ type: 'import', apply: false })),
  });
});

onAction(dataUpdates, 'notify', staffOnly, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter('broadcast', `zone:${ctx.action.slug}`);
});

onAction(dataUpdates, 'import', staffOnly, async (ctx) => {
  const { action } = ctx;
  const session = await ctx.session;
  const pending = session.pendingImport;
  session.pendingImport = undefined;
  if (!pending) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  await ctx.answerCallbackQuery();
  if (!action.apply) return void (await ctx.reply(ctx.t('import-dropped')));
  const text = await download(ctx, pending.fileId);
  if (text === undefined) return void (await ctx.reply(ctx.t('import-download-failed')));
  const fingerprint = `${IMPORTED}${new Date().toISOString()}`;
  const before = ctx.deps.fingerprint;
  // The data this import writes is not read again on this thread when other updates notice the
  // change (followDataChanges): the worker builds its catalogue.
  ctx.deps.fingerprint = fingerprint;
  // Validated again, and the difference compared with the one shown: another import may have come between.
  const outcome = await runImport(ctx.deps.store.path, {
    kind: 'apply',
    name: pending.name,
    text,
    shown: pending.shown,
    fingerprint,
  });
  if (outcome.kind !== 'applied') {
    ctx.deps.fingerprint = before;
    return void (await ctx.reply(ctx.t('import-outdated')));
  }
  const applied = outcome.report;
  // Search and cards see the new data at once.
  Object.assign(ctx.deps, outcome.catalogue);
  const zones = [
    ...new Set(applied.changes.filter((c) => c.table === 'facts').map((c) => c.key.split('|')[0]!)),
  ].filter((slug) => ctx.deps.refs.get(slug)?.kind === 'zone');
  const keyboard = new InlineKeyboard();
  for (const slug of zones) {
    const followers = recipients(ctx.deps.store.db, { kind: 'topic', topic: `zone:${slug}` }).length;
    if (followers > 0)
      keyboard
        .text(
          ctx.t('import-notify', { zone: nameOf(ctx.deps.refs.get(slug)!, ctx.lang), count: followers }),
          encodeAction({ type: 'notify', slug }),
        )
        .row();
  }
  await ctx.reply(
    ctx.t('import-applied', { added: applied.inserted, changed: applied.updated, removed: applied.deleted }),
    { reply_markup: keyboard },
  );
});

/** The text of a file a user sent, or undefined when Telegram does not give it. */
async function download(ctx: BotContext, fileId: string): Promise<string | undefined> {
  const file = await ctx.api.getFile(fileId);
  const response = await fetch(ctx.deps.fileUrl(file.file_path ?? ''));
  return response.ok ? await response.text() : undefined;
}

function describe(ctx: BotContext, diff: SeedReport, name: string): string {
  const count = (table: string, change: string) =>
    diff.changes.filter((c) => c.table === table && c.change === change).length;
  const lines = [ctx.t('import-diff', { name })];
  for (const table of ['entities', 'aliases', 'facts', 'sources']) {
    const [a, c, r] = [count(table, 'added'), count(table, 'changed'), count(table, 'removed')];
    if (a + c + r > 0) lines.push(ctx.t('import-diff-line', { table, added: a, changed: c, removed: r }));
  }
  for (const change of diff.changes.filter((x) => x.table === 'facts' || x.table === 'entities').slice(0, 15)) {
    const [slug = '', metric = '', scope = '', asOf = ''] = change.key.split('|');
    const entity = ctx.deps.refs.get(slug);
    const what = [
      entity ? nameOf(entity, ctx.lang) : slug,
      ...(change.table === 'facts' ? [metricName(ctx, metric), scope, asOf] : []),
    ].filter(Boolean);
    const values = (change.fields ?? []).map((f) => fieldChange(ctx, metric, f));
    lines.push(
      `• ${ctx.t(`import-${change.change}`)}: ${what.join(' · ')}${values.length ? `: ${values.join('; ')}` : ''}`,
    );
  }
  return lines.join('\n');
}

function metricName(ctx: BotContext, metric: string): string {
  return (METRICS as readonly string[]).includes(metric) ? ctx.t(`metric-${metric}`) : metric;
}

/** The fields of the data file by the store's column names; the value itself goes without a name. */
const FIELD_NAMES: Record<string, string> = {
  valueNum: '',
  valueText: '',
  asOf: 'as_of',
  sourceId: 'source',
  noteRu: 'note.ru',
  noteKk: 'note.kk',
  noteEn: 'note.en',
  nameRu: 'name.ru',
  nameKk: 'name.kk',
  nameEn: 'name.en',
};

/** «строится → работает», «note.ru: "…" → "…"»: a value as staff wrote it, a status in words. */
function fieldChange(ctx: BotContext, metric: string, f: FieldChange): string {
  const shown = (v: string | number | null) => {
    if (v === null) return '—';
    if (metric === 'status' && (STATUSES as readonly unknown[]).includes(v)) return ctx.t(`status-${v}`);
    const text = String(v);
    return typeof v === 'number'
      ? text
      : ctx.t('import-quoted', { text: text.length > 60 ? `${text.slice(0, 59)}…` : text });
  };
  const label = FIELD_NAMES[f.field] ?? f.field;
  return `${label ? `${label}: ` : ''}${shown(f.before)} → ${shown(f.after)}`;
}

/** Where the file is broken and what is wrong, in the staff member's language. */
function rejection(ctx: BotContext, outcome: Extract<ImportOutcome, { kind: 'rejected' }>): string {
  const { file, record, field, reason } = outcome;
  // A problem of the whole file or section names no record; "(syntax)" and the like are no fields.
  const place = ['file', 'folder', 'facts'].includes(record) ? file : ctx.t('import-where-record', { file, record });
  const where = field.startsWith('(') ? place : ctx.t('import-where-field', { place, field });
  let problem: string;
  if (reason.code === 'syntax')
    problem =
      reason.line !== undefined
        ? ctx.t('import-problem-syntax-at', { line: reason.line, column: reason.column ?? 1 })
        : ctx.t('import-problem-syntax');
  else {
    const { code, ...rest } = reason;
    const vars: Record<string, string | number> = { ...rest, statuses: STATUSES.join(', ') };
    problem = ctx.t(`import-problem-${code}`, vars);
  }
  return ctx.t('import-rejected', { where, problem });
}
