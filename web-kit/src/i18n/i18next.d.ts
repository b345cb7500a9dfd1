import 'i18next';
import type { AppWording, DeepMerge, sharedResources } from './resources';

// Typed keys while checking web-kit on its own: the shared texts plus what every app must word
// itself. Inside an app, the app's own declaration (its merged resources) applies instead:
// nothing imports this file, so an app's program never sees it.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: DeepMerge<(typeof sharedResources)['en'], AppWording>;
  }
}
