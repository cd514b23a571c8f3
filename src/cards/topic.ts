// The answer to a question about the regime: the topic's short text, its sources with their dates,
// and whom to confirm with, since the bot informs and gives no legal or tax advice.
import type { Lang, TopicRecord } from '../dataset/schema.ts';
import { sourceDate, type Translate } from './format.ts';
import { escapeHtml, type Rendered } from './render.ts';

export function renderTopic(topic: TopicRecord, lang: Lang, t: Translate): Rendered {
  const sources = topic.sources.map((s) => `${s.publisher[lang]}, ${sourceDate(s, t)}`).join('; ');
  return {
    text: [
      `📘 <b>${escapeHtml(topic.title[lang])}</b>`,
      escapeHtml(topic.answer[lang]),
      `<i>${escapeHtml(t('topic-sources', { sources }))}</i>`,
      `<i>${escapeHtml(t('topic-not-advice', { who: topic.confirm[lang] }))}</i>`,
    ].join('\n\n'),
    buttons: [[{ text: t('button-menu'), action: { type: 'menu', item: 'main' } }]],
  };
}
