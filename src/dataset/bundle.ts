// The whole dataset as one YAML file, for staff to download (/export), edit and send back (/import).
// Its sections are the files of db/seed/; a broken record is named by section, record and field.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { writeDataset } from './export.ts';
import { DatasetError, loadDataset, type Dataset } from './load.ts';

const SECTIONS = ['sources', 'districts', 'zones', 'companies'] as const;

export function toBundle(data: Dataset): string {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
  try {
    writeDataset(dir, data);
    const bundle: Record<string, unknown> = {};
    for (const s of SECTIONS) bundle[s] = parse(readFileSync(join(dir, `${s}.yaml`), 'utf8'));
    bundle.facts = Object.fromEntries(
      data.sources.map((src) => [
        src.id,
        (parse(readFileSync(join(dir, 'facts', `${src.id}.yaml`), 'utf8')) as { facts: unknown[] }).facts,
      ]),
    );
    return `# The dataset: edit and send back to the bot with /import.\n${stringify(bundle, { lineWidth: 0 })}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads a bundle; a problem is a DatasetError naming `name`, the section, the record and the field. */
export function fromBundle(text: string, name: string): Dataset {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new DatasetError(name, 'file', '(syntax)', `is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new DatasetError(name, 'file', '(top level)', `must have the sections ${[...SECTIONS, 'facts'].join(', ')}`);
  const bundle = raw as Record<string, unknown>;
  const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
  try {
    for (const s of SECTIONS) writeFileSync(join(dir, `${s}.yaml`), stringify(bundle[s] ?? null));
    const facts = bundle.facts;
    if (typeof facts !== 'object' || facts === null || Array.isArray(facts))
      throw new DatasetError(name, 'facts', '(section)', 'must map each source id to its list of facts');
    const factsDir = join(dir, 'facts');
    mkdirSync(factsDir);
    for (const [source, list] of Object.entries(facts))
      writeFileSync(join(factsDir, `${source.replace(/[^a-z0-9-]/g, '_')}.yaml`), stringify({ source, facts: list }));
    try {
      return loadDataset(dir);
    } catch (err) {
      if (!(err instanceof DatasetError)) throw err;
      // "…/zones.yaml" becomes "<name> › zones"; "…/facts/x.yaml" becomes "<name> › facts › x".
      const section = err.file
        .replace(/\\/g, '/')
        .replace(/^.*?((facts\/)?[^/]+)\.yaml$/, '$1')
        .replace('/', ' › ');
      throw new DatasetError(`${name} › ${section}`, err.record, err.field, err.problem);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
