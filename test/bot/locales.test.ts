// Every string a user sees lives in locales/ in every language: a missing or unused key fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_KINDS, STAFF_STATUSES } from '../../src/cards/actions.ts';
import { GUIDE_SECTORS, PRIORITIES } from '../../src/guide/rank.ts';
import { APPLICATION_STATUSES, BROADCAST_STATUSES } from '../../src/store/schema.ts';
import { LABELLED_UNITS, RATE_UNITS, SHOWN_QUALIFIERS } from '../../src/cards/format.ts';
import { REGIME_KINDS } from '../../src/cards/render.ts';
import { COMMANDS, STAFF_COMMANDS } from '../../src/bot/commands.ts';
import { LOCALES_DIR } from '../../src/bot/i18n.ts';
import { LISTED } from '../../src/understand/list.ts';
import { COUNTRIES, DISTRICT_KINDS, LANGS, METRICS, SECTORS, STATUSES, ZONE_KINDS } from '../../src/dataset/schema.ts';
import { REPO } from '../helpers.ts';

function keysOf(lang: string): Set<string> {
  const text = readFileSync(join(LOCALES_DIR, `${lang}.ftl`), 'utf8');
  return new Set([...text.matchAll(/^([a-z][A-Za-z0-9_-]*) =/gm)].map((m) => m[1]!));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [readFileSync(join(dir, e.name), 'utf8')]
        : [],
  );
}

const code = sources(join(REPO, 'src')).join('\n');
/** Keys built at run time from a prefix and a value of a closed set. */
const DYNAMIC: Record<string, readonly string[]> = {
  'metric-': METRICS,
  'status-': STATUSES,
  'card-regime-': REGIME_KINDS,
  'kind-': [...ZONE_KINDS, ...DISTRICT_KINDS, 'company'],
  'sector-': SECTORS,
  'unit-': LABELLED_UNITS,
  'rate-': RATE_UNITS,
  'qualifier-': SHOWN_QUALIFIERS,
  'list-': LIST_KINDS,
  'list-of-': LISTED,
  'command-': [...COMMANDS, ...STAFF_COMMANDS],
  'country-': COUNTRIES,
  'guide-sector-': GUIDE_SECTORS,
  'invest-priority-': PRIORITIES,
  'invest-where-': ['city', 'near', 'region', 'any'],
  'guide-echo-sector-': GUIDE_SECTORS,
  'guide-echo-where-': ['city', 'near', 'region', 'any'],
  'guide-echo-priority-': PRIORITIES,
  'why-in-': ['city', 'region'],
  'apply-field-': ['name', 'company', 'contact', 'description', 'zone'],
  'apply-kind-': ['invest', 'park'],
  'status-button-': STAFF_STATUSES,
  'request-status-': APPLICATION_STATUSES,
  'staff-status-': APPLICATION_STATUSES,
  'topic-': ['sez', 'parks'],
  'broadcast-version-': LANGS,
  'broadcast-audience-': ['all', 'lang-kk', 'lang-ru', 'lang-en', 'topic-sez', 'topic-parks'],
  'broadcast-status-': BROADCAST_STATUSES,
  'import-': ['added', 'changed', 'removed'],
  'import-problem-': [
    ...['unreadable', 'sections', 'facts-section', 'not-list', 'too-large', 'twice', 'no-target', 'loop'],
    ...['same-scope', 'required', 'type', 'one-of', 'empty', 'min', 'max', 'format', 'unknown-fields', 'rule'],
    'invalid',
  ],
};

describe('locales', () => {
  const languages = ['kk', 'ru', 'en'];
  const en = keysOf('en');

  it('have the same keys in Kazakh, Russian and English', () => {
    for (const lang of languages) expect([...keysOf(lang)].sort(), lang).toEqual([...en].sort());
  });

  it('have every key the code asks for', () => {
    const literal = [
      ...code.matchAll(/\bt\(\s*'([a-z][a-z0-9_-]*)'/g),
      ...code.matchAll(/(?:i18n\.t|translate)\([^,]+,\s*'([a-z][a-z0-9_-]*)'/g),
      // Reasons of the guide's ranking name their locale key.
      ...code.matchAll(/key: '([a-z][a-z0-9_-]*)'/g),
    ].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(40);
    const dynamic = Object.entries(DYNAMIC).flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`));
    for (const lang of languages) {
      const keys = keysOf(lang);
      expect(
        [...new Set([...literal, ...dynamic])].filter((k) => !keys.has(k)),
        lang,
      ).toEqual([]);
    }
  });

  it('have no key the code never uses', () => {
    const dynamicPrefixes = Object.keys(DYNAMIC);
    const unused = [...en].filter(
      (key) =>
        !code.includes(`'${key}'`) &&
        !dynamicPrefixes.some((p) => key.startsWith(p) && DYNAMIC[p]!.includes(key.slice(p.length))),
    );
    expect(unused).toEqual([]);
  });

  // A variable counts wherever it is used: shown, selected on, or passed to a function (SUFFIX).
  it('use the same placeables in every language', () => {
    const placeables = (lang: string) => {
      const text = readFileSync(join(LOCALES_DIR, `${lang}.ftl`), 'utf8');
      const out = new Map<string, string>();
      let key = '';
      for (const line of text.split('\n')) {
        const m = /^([a-z][A-Za-z0-9_-]*) =/.exec(line);
        if (m) key = m[1]!;
        if (key)
          out.set(
            key,
            [...(out.get(key) ?? '').split(','), ...[...line.matchAll(/\$([a-z][a-z0-9]*)/g)].map((x) => x[1]!)]
              .filter(Boolean)
              .sort()
              .join(','),
          );
      }
      return out;
    };
    const base = placeables('en');
    for (const lang of ['kk', 'ru']) {
      const other = placeables(lang);
      for (const [key, vars] of base)
        expect(new Set(other.get(key)?.split(',')), `${lang} ${key}`).toEqual(new Set(vars.split(',')));
    }
  });
});
