import { withSharedResources } from '@plannivo/web-kit/i18n';
import enAuth from '../../locales/en/auth.json';
import enCommon from '../../locales/en/common.json';
import enDocuments from '../../locales/en/documents.json';
import enHome from '../../locales/en/home.json';
import enOnboarding from '../../locales/en/onboarding.json';
import enProfile from '../../locales/en/profile.json';
import trAuth from '../../locales/tr/auth.json';
import trCommon from '../../locales/tr/common.json';
import trDocuments from '../../locales/tr/documents.json';
import trHome from '../../locales/tr/home.json';
import trOnboarding from '../../locales/tr/onboarding.json';
import trProfile from '../../locales/tr/profile.json';

/** The portal's own texts; the ones both apps share come from web-kit. */
export const appResources = {
  en: {
    common: enCommon,
    auth: enAuth,
    home: enHome,
    onboarding: enOnboarding,
    profile: enProfile,
    documents: enDocuments,
  },
  tr: {
    common: trCommon,
    auth: trAuth,
    home: trHome,
    onboarding: trOnboarding,
    profile: trProfile,
    documents: trDocuments,
  },
};

// Both languages are bundled: a few kilobytes cost less than one more round trip on a beach.
export const resources = withSharedResources(appResources);
