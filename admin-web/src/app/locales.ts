import { withSharedResources } from '@plannivo/web-kit/i18n';
import enAgenda from '../../locales/en/agenda.json';
import enApiKeys from '../../locales/en/apiKeys.json';
import enAudit from '../../locales/en/audit.json';
import enAuth from '../../locales/en/auth.json';
import enBookingWizard from '../../locales/en/bookingWizard.json';
import enCalendar from '../../locales/en/calendar.json';
import enCatalog from '../../locales/en/catalog.json';
import enCommon from '../../locales/en/common.json';
import enCustomers from '../../locales/en/customers.json';
import enDashboard from '../../locales/en/dashboard.json';
import enEquipment from '../../locales/en/equipment.json';
import enFinance from '../../locales/en/finance.json';
import enImports from '../../locales/en/imports.json';
import enInstructors from '../../locales/en/instructors.json';
import enInvoices from '../../locales/en/invoices.json';
import enInvitations from '../../locales/en/invitations.json';
import enLegal from '../../locales/en/legal.json';
import enLocations from '../../locales/en/locations.json';
import enMaintenance from '../../locales/en/maintenance.json';
import enPackages from '../../locales/en/packages.json';
import enPayments from '../../locales/en/payments.json';
import enReconciliation from '../../locales/en/reconciliation.json';
import enRentals from '../../locales/en/rentals.json';
import enUsers from '../../locales/en/users.json';
import trAgenda from '../../locales/tr/agenda.json';
import trApiKeys from '../../locales/tr/apiKeys.json';
import trAudit from '../../locales/tr/audit.json';
import trAuth from '../../locales/tr/auth.json';
import trBookingWizard from '../../locales/tr/bookingWizard.json';
import trCalendar from '../../locales/tr/calendar.json';
import trCatalog from '../../locales/tr/catalog.json';
import trCommon from '../../locales/tr/common.json';
import trCustomers from '../../locales/tr/customers.json';
import trDashboard from '../../locales/tr/dashboard.json';
import trEquipment from '../../locales/tr/equipment.json';
import trFinance from '../../locales/tr/finance.json';
import trImports from '../../locales/tr/imports.json';
import trInstructors from '../../locales/tr/instructors.json';
import trInvoices from '../../locales/tr/invoices.json';
import trInvitations from '../../locales/tr/invitations.json';
import trLegal from '../../locales/tr/legal.json';
import trLocations from '../../locales/tr/locations.json';
import trMaintenance from '../../locales/tr/maintenance.json';
import trPackages from '../../locales/tr/packages.json';
import trPayments from '../../locales/tr/payments.json';
import trReconciliation from '../../locales/tr/reconciliation.json';
import trRentals from '../../locales/tr/rentals.json';
import trUsers from '../../locales/tr/users.json';

/** The admin app's own texts; the ones both apps share come from web-kit. */
export const appResources = {
  en: {
    common: enCommon,
    auth: enAuth,
    dashboard: enDashboard,
    locations: enLocations,
    maintenance: enMaintenance,
    packages: enPackages,
    payments: enPayments,
    reconciliation: enReconciliation,
    catalog: enCatalog,
    customers: enCustomers,
    equipment: enEquipment,
    finance: enFinance,
    imports: enImports,
    instructors: enInstructors,
    invoices: enInvoices,
    audit: enAudit,
    users: enUsers,
    invitations: enInvitations,
    apiKeys: enApiKeys,
    legal: enLegal,
    bookingWizard: enBookingWizard,
    agenda: enAgenda,
    calendar: enCalendar,
    rentals: enRentals,
  },
  tr: {
    common: trCommon,
    auth: trAuth,
    dashboard: trDashboard,
    locations: trLocations,
    maintenance: trMaintenance,
    packages: trPackages,
    payments: trPayments,
    reconciliation: trReconciliation,
    catalog: trCatalog,
    customers: trCustomers,
    equipment: trEquipment,
    finance: trFinance,
    imports: trImports,
    instructors: trInstructors,
    invoices: trInvoices,
    audit: trAudit,
    users: trUsers,
    invitations: trInvitations,
    apiKeys: trApiKeys,
    legal: trLegal,
    bookingWizard: trBookingWizard,
    agenda: trAgenda,
    calendar: trCalendar,
    rentals: trRentals,
  },
};

// Both languages are bundled: a few kilobytes cost less than one more round trip.
export const resources = withSharedResources(appResources);
