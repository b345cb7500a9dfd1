import { describe, expect, it } from 'vitest';
import { passwordRefusalKeys } from '../auth/passwordRefusal';
import { errorMessageKeys } from '../errors';
import { LANGUAGES, type Language } from '../i18n/language';
import { sharedResources, withSharedResources, type AppWording } from '../i18n/resources';

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
const SAME_IN_BOTH = new Set([
  'common:appName',
  'common:language.tr',
  'common:language.en',
  // "(7/12)": only numbers.
  'auth:password.lengthCount',
]);

type Resources = Record<Language, Record<string, object>>;

/**
 * Vitest suites that keep translations in step: both languages have the same keys, no empty
 * text, the same `{{variables}}`, Turkish that is not a leftover English copy, and a message
 * for every error code. Without `app` they check the shared texts alone; with an app's own
 * texts they check what that app ships (shared merged with its own) and that the app
 * redefines no shared key.
 */
export function describeTranslations(
  app?: Record<Language, Record<string, object>> & Record<Language, AppWording>,
) {
  const resources: Resources = app ? withSharedResources(app) : sharedResources;
  const namespaces = Object.keys(resources.en);

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

  describe('refused password messages', () => {
    it.each(LANGUAGES)('exist in %s for every refusal code', (language) => {
      const auth = new Map(flatten(resources[language].auth as Tree));
      for (const key of Object.values(passwordRefusalKeys)) {
        expect(auth.get(key), `${language}:${key}`).toBeTruthy();
      }
    });
  });

  if (app) {
    describe('app texts', () => {
      it.each(LANGUAGES)('redefine no shared key in %s', (language) => {
        const shared = sharedResources[language] as Record<string, Tree>;
        // `a.b` in the app against `a` or `a.b.c` in the shared texts would clash just the same.
        const clashes = (key: string, other: string) =>
          key === other || key.startsWith(`${other}.`) || other.startsWith(`${key}.`);
        const redefined = Object.entries(app[language] as Record<string, Tree>).flatMap(
          ([ns, tree]) => {
            const sharedKeys = flatten(shared[ns] ?? {}).map(([key]) => key);
            return flatten(tree)
              .filter(([key]) => sharedKeys.some((other) => clashes(key, other)))
              .map(([key]) => `${ns}:${key}`);
          },
        );
        expect(redefined).toEqual([]);
      });
    });
  }
}
