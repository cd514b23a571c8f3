// Figures found by what they say and measure: the words of their notes in any language and script,
// rare words weighing more than common ones, the metric named, the unit asked.
import { describe, expect, it } from 'vitest';
import { factIndex, keysOf, rankFacts, type FactInput } from '../../src/understand/facts.ts';

const fact = (entity: string, metric: string, scope: string, unit: string, note: string): FactInput => ({
  entity,
  metric,
  scope,
  unit,
  asOf: '2025-01-01',
  value: 1,
  note: { ru: note, kk: note, en: note },
});
const index = factIndex([
  fact('z', 'jobs', '', 'jobs', 'постоянные рабочие места'),
  fact('z', 'jobs', 'new-2025', 'jobs', 'рабочие места на 11 новых проектах 2025 года'),
  fact('z', 'capacity', 'stage-1', 'km_per_year', 'первая очередь: кабельная продукция'),
  fact('z', 'capacity', 'stage-2', 't_per_year', 'вторая очередь: завод медной катанки'),
  fact('y', 'area', 'allotted', 'ha', 'Екі жылда инвесторларға берілген жер учаскелері'),
]);
const ranked = (question: string, metrics: string[] = [], within = (_: string) => true) =>
  rankFacts(index, keysOf(question), new Set(metrics), within).map(
    (r) => `${r.doc.entity}:${r.doc.metric}|${r.doc.scope}`,
  );

describe('rankFacts', () => {
  it('puts first the figure whose note has the question’s words', () => {
    expect(ranked('сколько рабочих мест на новых проектах', ['jobs'])[0]).toBe('z:jobs|new-2025');
  });

  it('weighs the unit asked: tonnes are the plant of tonnes, not of kilometres', () => {
    expect(ranked('сколько тонн в год', ['capacity'])[0]).toBe('z:capacity|stage-2');
  });

  it('finds a figure by its note typed without Kazakh letters, with other endings', () => {
    expect(ranked('инвесторларга канша гектар жер берилди')[0]).toBe('y:area|allotted');
  });

  it('keeps to the entities asked, and counts a metric named however it was spelt', () => {
    expect(ranked('сколко', ['jobs'], (e) => e === 'z')).toEqual(['z:jobs|', 'z:jobs|new-2025']);
    expect(ranked('погода завтра')).toEqual([]);
  });
});
