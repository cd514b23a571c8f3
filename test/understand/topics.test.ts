// Topics of the regime: read strictly from their data file, and found by the words people ask with.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetError, loadDataset, loadTopics } from '../../src/dataset/load.ts';
import { SEED_DIR } from '../../src/store/paths.ts';
import { matchTopic, topicIndex } from '../../src/understand/topics.ts';
import { tempDir } from '../helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const NIPT = '[{ ref: S6, name: { ru: nipt.kz, kk: nipt.kz, en: nipt.kz }, date: undated }]';
const topic = (slug: string, words: string, sources = NIPT, answer = 'О') => `
- slug: ${slug}
  title: { ru: Т, kk: Т, en: T }
  words: ${words}
  answer: { ru: "${answer}", kk: "${answer}", en: "${answer}" }
  confirm: { ru: У, kk: К, en: C }
  sources: ${sources}`;
const write = (text: string) => {
  writeFileSync(join(tmp.dir, 'topics.yaml'), text);
  return tmp.dir;
};

describe('topics', () => {
  it('are refused without a source, naming the file, record and field', () => {
    const dir = write(topic('sez-vat', 'ндс vat ққс', '[]'));
    expect(() => loadTopics(dir)).toThrow(DatasetError);
    expect(() => loadTopics(dir)).toThrow(/topics\.yaml: record #1 \(sez-vat\): field "sources": must name the source/);
    expect(() =>
      loadTopics(write(topic('a', 'x', '[{ ref: S1, name: { ru: н, kk: н, en: n }, date: June 2019 }]'))),
    ).toThrow(/field "sources\.0\.date"/);
    // A name in one language only is refused: Russian and Kazakh answers would print it in English.
    expect(() => loadTopics(write(topic('a', 'x', '[{ ref: S1, name: Order No. 693, date: "2019" }]')))).toThrow(
      /topics\.yaml: record #1 \(a\): field "sources\.0\.name"/,
    );
    expect(() =>
      loadTopics(write(topic('a', 'x', '[{ ref: S1, name: { ru: приказ № 693, en: Order No. 693 }, date: "2019" }]'))),
    ).toThrow(/field "sources\.0\.name\.kk"/);
    expect(() => loadTopics(write(topic('a', 'x', '[{ ref: S1, source: no-such-source }]')))).toThrow(
      /record #1 \(a\): field "sources\.0\.source": no source with id "no-such-source"/,
    );
    expect(() => loadTopics(write(topic('a', 'x') + topic('a', 'y')))).toThrow(/"a" is used twice/);
  });

  it('are found by the stems of their words in any script, short ones as whole words only', () => {
    const index = topicIndex(
      loadTopics(write(topic('sez-vat', 'ндс vat ққс') + topic('sez-benefits', 'льгот жеңілдік benefit налог салық'))),
    );
    expect(matchTopic(index, 'НДС в СЭЗ')).toMatchObject({ slug: 'sez-vat', words: 1 });
    expect(matchTopic(index, 'AEA-da qqs bar ma')).toMatchObject({ slug: 'sez-vat', words: 1 });
    expect(matchTopic(index, 'какие льготы и налоги в СЭЗ?')).toMatchObject({ slug: 'sez-benefits', words: 2 });
    expect(matchTopic(index, 'АЭА жеңілдіктері')).toMatchObject({ slug: 'sez-benefits', words: 1 });
    expect(matchTopic(index, 'ндсник')).toBeUndefined();
    expect(matchTopic(index, 'СЭЗ Алатау')).toBeUndefined();
  });

  it('are found by the words of their answers too, rare words weighing more', () => {
    const index = topicIndex(
      loadTopics(
        write(
          topic('sez-stages', 'этап', undefined, 'Договор подписывают за 10 дней, в реестр вносят за 5 дней.') +
            topic('sez-documents', 'документ', undefined, 'К заявке прилагают анкету и устав.'),
        ),
      ),
    );
    expect(matchTopic(index, 'за сколько дней подписывают договор?')).toMatchObject({ slug: 'sez-stages', words: 0 });
    expect(matchTopic(index, 'какие документы и анкету прилагают')).toMatchObject({ slug: 'sez-documents' });
    expect(matchTopic(index, 'погода')).toBeUndefined();
  });

  it('of the product load', () => expect(loadTopics(SEED_DIR).length).toBeGreaterThanOrEqual(15));

  it('name a source of sources.yaml as the cards do, and an undated article as undated', () => {
    const sources = loadDataset(SEED_DIR).sources;
    const listed = loadTopics(SEED_DIR).flatMap((t) => t.sources);
    const article001 = listed.find((s) => s.ref === 'seed001')!;
    expect(article001).toMatchObject({ date: '', dataTo: '2025-05' });
    expect(article001.publisher).toEqual(sources.find((s) => s.id === 'almaty-industry-2025')!.publisher);
    expect(listed.find((s) => s.ref === 'seed002')!.publisher.kk).toBe(
      'Алматы қаласы әкімдігінің қоғаммен байланыс қызметі',
    );
    // One outlet, one name: a source named here alone is never another name of a publisher the cards name.
    for (const s of listed) {
      const same = sources.find((x) => x.publisher.en === s.publisher.en);
      if (same) expect(s.publisher, s.ref).toEqual(same.publisher);
    }
  });
});
