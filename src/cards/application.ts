// An application as people read it: the applicant's review before filing, and the staff post with
// its status buttons and history.
import { STAFF_STATUSES } from './actions.ts';
import type { Translate } from './format.ts';
import { escapeHtml, type Button, type Rendered } from './render.ts';

export interface ApplicationFields {
  name: string;
  company: string | null;
  contact: string;
  description: string;
  /** The zone applied for, by name. */
  zone: string | undefined;
  /** What the guide before it was told (answersLine). */
  answers: string;
}

/** One line per field, in the reader's language. */
export function applicationLines(t: Translate, a: ApplicationFields): string[] {
  return [
    `${t('apply-field-name')}: ${a.name}`,
    `${t('apply-field-company')}: ${a.company ?? t('apply-company-none')}`,
    `${t('apply-field-contact')}: ${a.contact}`,
    `${t('apply-field-description')}: ${a.description}`,
    ...(a.zone ? [`${t('apply-field-zone')}: ${a.zone}`] : []),
    ...(a.answers ? [a.answers] : []),
  ];
}

export interface StaffPost extends ApplicationFields {
  id: number;
  ref: string;
  kind: 'invest' | 'park';
  status: string;
  userId: number;
  language: string;
  /** Status changes after filing: who (as Telegram names them) and when (UTC). */
  events: Array<{ status: string; by: string; at: string }>;
}

/** The message staff see in their chat, with Take / Contacted / Done / Reject. */
export function staffPost(t: Translate, a: StaffPost): Rendered {
  const head = `📨 <b>${escapeHtml(a.ref)}</b> — ${escapeHtml(t(`apply-kind-${a.kind}`))} · ${escapeHtml(t(`staff-status-${a.status}`))}`;
  const lines = [
    ...applicationLines(t, a),
    `Telegram: tg://user?id=${a.userId} · ${a.language}`,
    ...a.events.map((e) => `— ${t(`staff-status-${e.status}`)}: ${e.by}, ${e.at.slice(0, 16).replace('T', ' ')} UTC`),
  ];
  const buttons: Button[][] = [
    STAFF_STATUSES.map((status) => ({
      text: t(`status-button-${status}`),
      action: { type: 'status', application: a.id, status },
    })),
  ];
  return { text: [head, ...lines.map(escapeHtml)].join('\n'), buttons };
}
