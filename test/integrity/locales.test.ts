import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EU_LANGUAGES } from '../../src/domain/questionnaire/schema';
import { root } from './bundled-files';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const read = (language: string): Map<string, string> | undefined => {
  const file = join(root, 'locales', language, 'translation.json');
  return existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree) : undefined;
};
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();
const pluralBase = (key: string) => {
  const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return m ? m[1] : undefined;
};

const en = read('en') as Map<string, string>;
/** Keys without plural suffix, and the plural keys' bases. */
const enPlain = [...en.keys()].filter((k) => pluralBase(k) === undefined);
const enPlurals = [...new Set([...en.keys()].flatMap((k) => pluralBase(k) ?? []))];

/** What a language must have: every plain key, and every plural base in each CLDR category of the language. */
function expectedKeys(language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return [...enPlain, ...enPlurals.flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
}

it('has a folder for each of the 24 official EU languages and no other', () => {
  const folders = readdirSync(join(root, 'locales'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  expect(folders.sort()).toEqual([...EU_LANGUAGES].sort());
});

it('English plural keys use English categories only', () => {
  for (const base of enPlurals)
    expect(
      [`${base}_one`, `${base}_other`].every((k) => en.has(k)),
      base,
    ).toBe(true);
});

describe.each(EU_LANGUAGES.filter((l) => l !== 'en'))('interface strings in %s', (language) => {
  const strings = read(language) ?? new Map<string, string>();

  it('has every key, in every plural category of the language, and no extra key', () => {
    const expected = expectedKeys(language);
    const actual = [...strings.keys()].sort();
    expect({
      missing: expected.filter((k) => !strings.has(k)),
      extra: actual.filter((k) => !expected.includes(k)),
    }).toEqual({ missing: [], extra: [] });
  });

  it('keeps the placeholders of the English text and translates every string', () => {
    const problems: string[] = [];
    for (const [key, text] of strings) {
      const base = pluralBase(key);
      const source = base === undefined ? en.get(key) : (en.get(`${base}_other`) ?? '');
      if (source === undefined) continue;
      const want = placeholders(source).filter(
        (p) => !(base !== undefined && p === 'count' && !key.endsWith('_other')),
      );
      const have = placeholders(text).filter((p) => !(base !== undefined && p === 'count' && !key.endsWith('_other')));
      if (want.join() !== have.join())
        problems.push(`${key}: placeholders ${have.join(',')} instead of ${want.join(',')}`);
      if (text.trim() === '') problems.push(`${key}: empty`);
    }
    expect(problems).toEqual([]);
  });
});
