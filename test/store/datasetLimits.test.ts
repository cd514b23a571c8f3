// A dataset past its limits is refused with the numbers (the bot could not serve it within its heap);
// one at the limit, sent as one file, is read.
import { describe, expect, it } from 'vitest';
import { grownDataset } from '../../src/bench/dataset.ts';
import { fromBundle, toBundle } from '../../src/dataset/bundle.ts';
import { DATASET_LIMITS, loadDataset } from '../../src/dataset/load.ts';
import { SEED_DIR } from '../../src/store/paths.ts';

const base = loadDataset(SEED_DIR);
const entities = base.districts.length + base.zones.length + base.companies.length;

describe('the limits of a dataset', () => {
  it('reads a bundle with as many entities as allowed', () => {
    const data = fromBundle(toBundle(grownDataset(base, DATASET_LIMITS.entities - entities)), 'dataset.yaml');
    expect(data.companies.length).toBe(DATASET_LIMITS.entities - base.districts.length - base.zones.length);
  });

  it('refuses one entity more, naming the count and the limit', () => {
    const text = toBundle(grownDataset(base, DATASET_LIMITS.entities - entities + 1));
    expect(() => fromBundle(text, 'dataset.yaml')).toThrow(
      `dataset.yaml › companies: record file: field "(size)": the dataset has ${DATASET_LIMITS.entities + 1} districts, zones and companies; at most ${DATASET_LIMITS.entities} are accepted`,
    );
  });

  it('refuses more aliases and keywords than allowed', () => {
    const text = toBundle(grownDataset(base, 2_000, Math.ceil(DATASET_LIMITS.names / 2_000)));
    expect(() => fromBundle(text, 'dataset.yaml')).toThrow(/aliases and keywords; at most 20000 are accepted/);
  });
});
