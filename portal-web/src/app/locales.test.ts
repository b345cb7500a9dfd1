import { describe, expect, it } from 'vitest';
import { errorMessageKeys } from '../shared/lib/errors';
import { LANGUAGES, toLanguage } from '../shared/lib/language';
import { resources } from './locales';

type Tree = { readonly [key: string]: string | Tree };

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]` */
function flatten(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

// Identical in both languages on purpose (names, language endonyms).
const SAME_IN_BOTH = new Set(['common:appName', 'common:language.tr', 'common:language.en']);

const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

describe.each(namespaces)('translations of namespace %s', (ns) => {
  const en = new Map(flatten(resources.en[ns] as Tree));
  const tr = new Map(flatten(resources.tr[ns] as Tree));

  it('has the same keys in Turkish and English', () => {
    expect([...tr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(LANGUAGES)('has a non-empty string for every key in %s', (language) => {
    for (const [key, value] of flatten(resources[language][ns] as Tree)) {
      expect(typeof value, `${language}:${ns}:${key}`).toBe('string');
      expect((value as string).trim(), `${language}:${ns}:${key}`).not.toBe('');
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    for (const [key, english] of en) {
      const turkish = tr.get(key);
      if (typeof english !== 'string' || typeof turkish !== 'string') continue;
      expect(variables(turkish), `${ns}:${key}`).toEqual(variables(english));
    }
  });

  it('has Turkish text that is not just a copy of the English', () => {
    for (const [key, english] of en) {
      if (SAME_IN_BOTH.has(`${ns}:${key}`)) continue;
      expect(tr.get(key), `${ns}:${key}`).not.toBe(english);
    }
  });
});

describe('every namespace exists in every language', () => {
  it.each(LANGUAGES)('%s', (language) => {
    expect(Object.keys(resources[language]).sort()).toEqual([...namespaces].sort());
  });
});

describe('error messages', () => {
  it.each(LANGUAGES)('exist in %s for every error code', (language) => {
    const common = new Map(flatten(resources[language].common as Tree));
    for (const key of Object.values(errorMessageKeys)) {
      expect(common.get(key), `${language}:${key}`).toBeTruthy();
    }
  });
});

describe('toLanguage', () => {
  it.each([
    ['tr-TR', 'tr'],
    ['TR', 'tr'],
    ['en_GB', 'en'],
    ['en', 'en'],
    ['de-DE', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, expected) => {
    expect(toLanguage(input)).toBe(expected);
  });
});
