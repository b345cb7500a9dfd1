import enAccount from '../../locales/en/account.json';
import enAuth from '../../locales/en/auth.json';
import enCommon from '../../locales/en/common.json';
import enDocuments from '../../locales/en/documents.json';
import trAccount from '../../locales/tr/account.json';
import trAuth from '../../locales/tr/auth.json';
import trCommon from '../../locales/tr/common.json';
import trDocuments from '../../locales/tr/documents.json';
import type { Language } from './language';

/** The texts both apps show word for word: the shared components' own strings. */
export const sharedResources = {
  en: { common: enCommon, auth: enAuth, account: enAccount, documents: enDocuments },
  tr: { common: trCommon, auth: trAuth, account: trAccount, documents: trDocuments },
} as const satisfies Record<Language, Record<string, object>>;

/**
 * Texts the shared components show but each app words its own way ("Back to the dashboard",
 * "Back to home"). `withSharedResources` does not compile for an app that lacks one.
 */
export interface AppWording {
  common: {
    notFound: { home: string };
    forbidden: { body: string };
  };
  auth: {
    login: { emailPlaceholder: string };
  };
}

type SharedResources = typeof sharedResources;

/** `A` and `B` in one tree; where both have a branch, it holds the keys of both. */
export type DeepMerge<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A
    ? K extends keyof B
      ? A[K] extends object
        ? B[K] extends object
          ? DeepMerge<A[K], B[K]>
          : B[K]
        : B[K]
      : A[K]
    : K extends keyof B
      ? B[K]
      : never;
};

export type WithShared<App extends Record<Language, object>> = {
  [L in Language]: DeepMerge<SharedResources[L], App[L]>;
};

function isTree(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, extra: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] = isTree(current) && isTree(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

/**
 * The app's i18n resources: the shared texts with the app's own merged in, namespace by
 * namespace (`common.nav.label` is shared, `common.nav.dashboard` the admin app's). An app
 * never redefines a shared key; the translation checks in `@plannivo/web-kit/testing` fail if
 * it does.
 */
export function withSharedResources<
  const App extends Record<Language, Record<string, object>> & Record<Language, AppWording>,
>(app: App): WithShared<App> {
  const merged: Record<string, unknown> = {};
  for (const language of Object.keys(app) as Language[]) {
    merged[language] = deepMerge(sharedResources[language], app[language]);
  }
  return merged as WithShared<App>;
}
