import { withSharedResources } from '@plannivo/web-kit/i18n';
import enAudit from '../../locales/en/audit.json';
import enAuth from '../../locales/en/auth.json';
import enCommon from '../../locales/en/common.json';
import enDashboard from '../../locales/en/dashboard.json';
import enLocations from '../../locales/en/locations.json';
import trAudit from '../../locales/tr/audit.json';
import trAuth from '../../locales/tr/auth.json';
import trCommon from '../../locales/tr/common.json';
import trDashboard from '../../locales/tr/dashboard.json';
import trLocations from '../../locales/tr/locations.json';

/** The admin app's own texts; the ones both apps share come from web-kit. */
export const appResources = {
  en: {
    common: enCommon,
    auth: enAuth,
    dashboard: enDashboard,
    locations: enLocations,
    audit: enAudit,
  },
  tr: {
    common: trCommon,
    auth: trAuth,
    dashboard: trDashboard,
    locations: trLocations,
    audit: trAudit,
  },
};

// Both languages are bundled: a few kilobytes cost less than one more round trip.
export const resources = withSharedResources(appResources);
