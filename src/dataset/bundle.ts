// The whole dataset as one YAML file, for staff to download (/export), edit and send back (/import).
// Its sections are the files of db/seed/; a broken record is named by section, record and field.
import { stringify } from 'yaml';
import { datasetFiles } from './export.ts';
import { DatasetError, parseYaml, validateDataset, type Dataset, type RawSection } from './load.ts';

const SECTIONS = ['sources', 'districts', 'zones', 'companies'] as const;

export function toBundle(data: Dataset): string {
  const bundle: Record<string, unknown> = {};
  const facts: Record<string, unknown> = {};
  for (const { file, value } of datasetFiles(data)) {
    const fact = /^facts\/(.+)\.yaml$/.exec(file);
    if (fact) facts[fact[1]!] = (value as { facts: unknown[] }).facts;
    else bundle[file.replace(/\.yaml$/, '')] = value;
  }
  bundle.facts = facts;
  return `# The dataset: edit and send back to the bot with /import.\n${stringify(bundle, { lineWidth: 0 })}`;
}

/**
 * Reads a bundle; a problem is a DatasetError naming `name`, the section (› zones, › facts › <source>),
 * the record and the field.
 */
export function fromBundle(text: string, name: string): Dataset {
  const raw = parseYaml(text, name);
  const sections = [...SECTIONS, 'facts'].join(', ');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new DatasetError(name, 'file', '(top level)', `must have the sections ${sections}`, {
      code: 'sections',
      sections,
    });
  const bundle = raw as Record<string, unknown>;
  const section = (s: string): RawSection => ({ file: `${name} › ${s}`, value: bundle[s] ?? null });
  const facts = bundle.facts;
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts))
    throw new DatasetError(name, 'facts', '(section)', 'must map each source id to its list of facts', {
      code: 'facts-section',
    });
  return validateDataset({
    sources: section('sources'),
    districts: section('districts'),
    zones: section('zones'),
    companies: section('companies'),
    // In the order of their ids, as the files of a folder are read.
    facts: Object.entries(facts)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([source, list]) => ({ file: `${name} › facts › ${source}`, value: { source, facts: list } })),
  });
}
