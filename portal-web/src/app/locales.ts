import { withSharedResources } from '@plannivo/web-kit/i18n';
import enAuth from '../../locales/en/auth.json';
import enBooking from '../../locales/en/booking.json';
import enCommon from '../../locales/en/common.json';
import enDocuments from '../../locales/en/documents.json';
import enHome from '../../locales/en/home.json';
import enMyBookings from '../../locales/en/myBookings.json';
import enOnboarding from '../../locales/en/onboarding.json';
import enPackages from '../../locales/en/packages.json';
import enProfile from '../../locales/en/profile.json';
import enReceipts from '../../locales/en/receipts.json';
import trAuth from '../../locales/tr/auth.json';
import trBooking from '../../locales/tr/booking.json';
import trCommon from '../../locales/tr/common.json';
import trDocuments from '../../locales/tr/documents.json';
import trHome from '../../locales/tr/home.json';
import trMyBookings from '../../locales/tr/myBookings.json';
import trOnboarding from '../../locales/tr/onboarding.json';
import trPackages from '../../locales/tr/packages.json';
import trProfile from '../../locales/tr/profile.json';
import trReceipts from '../../locales/tr/receipts.json';

/** The portal's own texts; the ones both apps share come from web-kit. */
export const appResources = {
  en: {
    common: enCommon,
    auth: enAuth,
    home: enHome,
    onboarding: enOnboarding,
    profile: enProfile,
    documents: enDocuments,
    booking: enBooking,
    myBookings: enMyBookings,
    receipts: enReceipts,
    packages: enPackages,
  },
  tr: {
    common: trCommon,
    auth: trAuth,
    home: trHome,
    onboarding: trOnboarding,
    profile: trProfile,
    documents: trDocuments,
    booking: trBooking,
    myBookings: trMyBookings,
    receipts: trReceipts,
    packages: trPackages,
  },
};

// Both languages are bundled: a few kilobytes cost less than one more round trip on a beach.
export const resources = withSharedResources(appResources);
