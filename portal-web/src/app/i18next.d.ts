import 'i18next';
import type { resources } from './locales';

// Typed keys over the shared texts and this app's own: `t('nav.dashboard')` compiles, a typo
// does not. English is the reference shape; a test checks that Turkish has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
