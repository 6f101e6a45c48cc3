import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, type Locale } from '#shared/i18n/locales.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const localesDir = join(repoRoot, 'src/shared/i18n/locales');

/** CLDR plural categories each language needs in its catalogue. */
const REQUIRED_PLURAL_FORMS: Record<Locale, readonly string[]> = {
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  fr: ['one', 'many', 'other'],
  en: ['one', 'other'],
};
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Flat): Flat {
  if (typeof value === 'string') into.set(prefix, value);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else into.set(prefix, String(value));
  return into;
}

function load(kind: 'ui' | 'errors', locale: Locale): Flat {
  const file =
    kind === 'ui'
      ? join(localesDir, `${locale}.json`)
      : join(localesDir, 'errors', `${locale}.json`);
  return flatten(JSON.parse(readFileSync(file, 'utf8')), '', new Map());
}

const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const baseKeys = (flat: Flat) => new Set([...flat.keys()].map(baseKey));
const pluralBases = (flat: Flat) =>
  new Set([...flat.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map(baseKey));

/** Interpolated variables and markup tags of all forms of one key, which translations must keep. */
function placeholders(flat: Flat, base: string): string[] {
  const found = new Set<string>();
  for (const [key, text] of flat) {
    if (baseKey(key) !== base) continue;
    for (const match of text.matchAll(/\{\{\s*(\w+)/g))
      if (match[1] !== 'count') found.add(`{{${match[1] ?? ''}}}`);
    for (const match of text.matchAll(/<\/?(\w+)>/g)) found.add(`<${match[1] ?? ''}>`);
  }
  return [...found].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === localesDir ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe.each(['ui', 'errors'] as const)('the %s catalogues', (kind) => {
  const catalogues = Object.fromEntries(
    LOCALE_CODES.map((locale) => [locale, load(kind, locale)]),
  ) as Record<Locale, Flat>;
  const reference = catalogues.en;

  it.each(LOCALE_CODES)('has every key of the others in %s', (locale) => {
    const all = new Set(LOCALE_CODES.flatMap((other) => [...baseKeys(catalogues[other])]));
    const missing = [...all].filter((key) => !baseKeys(catalogues[locale]).has(key));
    expect(missing, `keys missing in ${kind}/${locale}`).toEqual([]);
  });

  it.each(LOCALE_CODES)('has every plural form %s needs', (locale) => {
    const plurals = new Set(LOCALE_CODES.flatMap((other) => [...pluralBases(catalogues[other])]));
    const missing = [...plurals].flatMap((base) =>
      REQUIRED_PLURAL_FORMS[locale]
        .map((form) => `${base}_${form}`)
        .filter((key) => !catalogues[locale].has(key)),
    );
    expect(missing, `plural forms missing in ${kind}/${locale}`).toEqual([]);
  });

  it.each(LOCALE_CODES)('has no empty strings in %s', (locale) => {
    const empty = [...catalogues[locale]]
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(LOCALE_CODES)('keeps the placeholders and tags of English in %s', (locale) => {
    const differing = [...baseKeys(reference)].filter(
      (base) =>
        placeholders(reference, base).join() !== placeholders(catalogues[locale], base).join(),
    );
    expect(differing, `placeholders differ in ${kind}/${locale}`).toEqual([]);
  });
});

describe('the UI catalogue', () => {
  it('has no key that the source never uses', () => {
    const sources = sourceFiles(join(repoRoot, 'src')).map((path) => readFileSync(path, 'utf8'));
    const unused = [...baseKeys(load('ui', 'en'))].filter((key) => {
      const quoted = new RegExp(`['"\`]${key.replaceAll('.', '\\.')}['"\`]`);
      return !sources.some((source) => quoted.test(source));
    });
    expect(unused, `unused keys (searched ${relative(repoRoot, join(repoRoot, 'src'))}/)`).toEqual(
      [],
    );
  });
});
