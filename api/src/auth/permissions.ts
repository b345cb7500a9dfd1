import { GraphQLError, type GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddleware } from 'graphql-middleware';
import { allow, rule, shield } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import type { GraphQLContext } from '../graphql/context.js';
import { ROLES } from '../modules/identity/schema.js';
import { MANAGEMENT_ROLES, STAFF_ROLES, type ApiKeyScope, type Role } from './viewer.js';

const unauthenticated = () =>
  new GraphQLError('Sign in to continue', { extensions: { code: 'UNAUTHENTICATED' } });
const forbidden = () =>
  new GraphQLError('You are not allowed to do this', { extensions: { code: 'FORBIDDEN' } });
export const consentRequired = () =>
  new GraphQLError('Accept the current terms to continue', {
    extensions: { code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' },
  });

/**
 * Who may call a field: signed-in users with one of `roles`, API keys holding one of
 * `scopes`. A user who has not accepted the current terms is refused with CONSENT_REQUIRED
 * unless `beforeConsent` is set (the few operations that let them read and accept them).
 */
const access = (options: {
  roles?: readonly Role[];
  scopes?: readonly ApiKeyScope[];
  beforeConsent?: boolean;
}) => {
  const roles = options.roles ?? [];
  const scopes = options.scopes ?? [];
  const name = `access:${roles.join(',')}|${scopes.join(',')}|${options.beforeConsent ? 'pre' : ''}`;
  // Shield caches results by rule name: one instance per name.
  let existing = accessRules.get(name);
  if (!existing) {
    // Rules only read the caller: cache per request.
    existing = rule(name, { cache: 'contextual' })(async (_parent, _args, ctx: GraphQLContext) => {
      if (ctx.apiKey) return ctx.apiKey.scopes.some((s) => scopes.includes(s)) || forbidden();
      if (!ctx.viewer) return unauthenticated();
      if (!roles.includes(ctx.viewer.role)) return forbidden();
      if (!options.beforeConsent && (await ctx.consentPending())) return consentRequired();
      return true;
    });
    accessRules.set(name, existing);
  }
  return existing;
};
const accessRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

const signedIn = access({ roles: ROLES });
const signedInBeforeConsent = access({ roles: ROLES, beforeConsent: true });
const isStaff = access({ roles: STAFF_ROLES });
const isManagement = access({ roles: MANAGEMENT_ROLES });
const isAdmin = access({ roles: ['ADMIN'] });
/** Management, and students or customers acting for themselves. */
const MANAGEMENT_STUDENTS: readonly Role[] = ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER'];

/**
 * Which callers may use each root field. Every field of Query, Mutation and Subscription is
 * listed (a test checks it); anything missing is denied. Row ownership is checked in the
 * services. Subscribing is not guarded by shield (graphql-middleware skips `subscribe`):
 * each subscription checks its caller itself (auth/guards.ts); the rule here guards the
 * event resolution.
 */
export const permissionRules = {
  Query: {
    me: allow,
    pendingLegalDocuments: allow,
    currentLegalDocuments: allow,
    invitation: allow,
    mySessions: signedIn,
    locations: access({ roles: ROLES, scopes: ['READ'] }),
    location: access({ roles: ROLES, scopes: ['READ'] }),
    customers: access({ roles: MANAGEMENT_ROLES, scopes: ['READ'] }),
    customer: access({ roles: ROLES, scopes: ['READ'] }),
    customerMatches: access({ roles: MANAGEMENT_ROLES, scopes: ['READ'] }),
    services: access({ roles: ROLES, scopes: ['READ'] }),
    packages: access({ roles: ROLES, scopes: ['READ'] }),
    instructors: access({ roles: ROLES, scopes: ['READ'] }),
    instructor: access({ roles: ROLES, scopes: ['READ'] }),
    myInstructorProfile: isStaff,
    instructorCandidates: isManagement,
    // Slots are a catalog question; the service keeps customerIds to the caller's scope.
    availability: access({ roles: ROLES, scopes: ['READ'] }),
    instructorMatches: isStaff,
    // The gear and the rooms are a catalog: the portal's booking wizard shows them too.
    equipment: access({ roles: ROLES, scopes: ['READ'] }),
    equipmentCategories: access({ roles: ROLES, scopes: ['READ'] }),
    equipmentItem: access({ roles: ROLES, scopes: ['READ'] }),
    // What is free, in use and in maintenance: an operations view for staff.
    inventory: access({ roles: STAFF_ROLES, scopes: ['READ'] }),
    maintenanceWindows: access({ roles: STAFF_ROLES, scopes: ['READ'] }),
    // The maintenance board is management's; READ keys may follow it.
    maintenanceRules: access({ roles: MANAGEMENT_ROLES, scopes: ['READ'] }),
    maintenanceTasks: access({ roles: MANAGEMENT_ROLES, scopes: ['READ'] }),
    maintenanceTask: access({ roles: MANAGEMENT_ROLES, scopes: ['READ'] }),
    rooms: access({ roles: ROLES, scopes: ['READ'] }),
    // Students size themselves in the portal; it reads the gear catalog only.
    sizingSuggestions: signedIn,
    // Rows are scoped in the bookings service: students see their own, instructors theirs.
    booking: access({ roles: ROLES, scopes: ['READ'] }),
    bookings: access({ roles: ROLES, scopes: ['READ'] }),
    myWaitlist: signedIn,
    // Staff read every rental; a student or customer their own (scoped in the service).
    rentals: signedIn,
    payments: access({ roles: MANAGEMENT_STUDENTS, scopes: ['READ'] }),
    wallet: access({ roles: MANAGEMENT_STUDENTS, scopes: ['READ'] }),
    fxRates: isManagement,
    // Staff read a customer's packages; a student their own and dependents' (scoped in the service).
    customerPackages: access({ roles: ROLES, scopes: ['READ'] }),
    myPackages: signedIn,
    vouchers: isManagement,
    rental: signedIn,
    rentableEquipment: isManagement,
    notifications: signedIn,
    // Issued documents: management reads all; a student or customer their own in the portal.
    invoices: isManagement,
    invoice: signedIn,
    myInvoices: signedIn,
    // Revenue, receivables and utilisation: the people who run the school (modules/finance).
    financeDashboard: isManagement,
    // Reconciliation of the ledger and its discrepancies: management (modules/reconciliation).
    discrepancies: isManagement,
    discrepancy: isManagement,
    discrepancyBookingChoices: isManagement,
    reconciliationRuns: isManagement,
    reconciliationReport: isManagement,
    auditLog: isAdmin,
    users: isAdmin,
    user: isAdmin,
    invitations: isAdmin,
    apiKeys: isAdmin,
    legalDocuments: isAdmin,
  },
  Mutation: {
    login: allow,
    logout: allow,
    registerCustomer: allow,
    requestPasswordReset: allow,
    resetPassword: allow,
    acceptInvitation: allow,
    acceptLegalDocuments: signedInBeforeConsent,
    setMyLocale: signedIn,
    setMarketingConsent: signedIn,
    setOnboardingStep: signedIn,
    revokeSession: signedIn,
    revokeOtherSessions: signedIn,
    changePassword: signedIn,
    createLocation: isAdmin,
    updateLocation: isManagement,
    createCustomer: access({ roles: MANAGEMENT_ROLES, scopes: ['CUSTOMERS_WRITE'] }),
    updateCustomer: access({ roles: ROLES, scopes: ['CUSTOMERS_WRITE'] }),
    importCustomers: isManagement,
    importPackages: isManagement,
    importEquipment: isManagement,
    addDependent: access({ roles: ROLES, scopes: ['CUSTOMERS_WRITE'] }),
    mergeCustomers: isManagement,
    // Instructors and API keys read documents with the record but never change them.
    removeCustomerDocument: access({ roles: ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER'] }),
    createService: isManagement,
    updateService: isManagement,
    createPackage: isManagement,
    updatePackage: isManagement,
    setPackageActive: isManagement,
    createInstructor: isManagement,
    updateInstructor: isManagement,
    setInstructorHours: isManagement,
    setInstructorActive: isManagement,
    addCertification: isManagement,
    updateCertification: isManagement,
    removeCertification: isManagement,
    addTimeOff: isStaff,
    removeTimeOff: isStaff,
    createEquipment: isManagement,
    updateEquipment: isManagement,
    retireEquipment: isManagement,
    addEquipmentNote: isManagement,
    scheduleMaintenance: isManagement,
    cancelMaintenance: isManagement,
    createMaintenanceRule: isManagement,
    updateMaintenanceRule: isManagement,
    setMaintenanceRuleActive: isManagement,
    deleteMaintenanceRule: isManagement,
    runMaintenanceScan: isManagement,
    // Whoever finds the damage reports it: instructors on the beach too.
    createRepairTask: isStaff,
    completeMaintenanceTask: isManagement,
    cancelMaintenanceTask: isManagement,
    scheduleTaskWindow: isManagement,
    createRoom: isManagement,
    // Students book for themselves and their dependents (checked in the service).
    createBooking: access({ roles: MANAGEMENT_STUDENTS, scopes: ['BOOKINGS_WRITE'] }),
    createRecurringBookings: access({ roles: MANAGEMENT_ROLES, scopes: ['BOOKINGS_WRITE'] }),
    // Instructors may change the notes of the lessons they teach (checked in the service).
    updateBooking: access({ roles: STAFF_ROLES, scopes: ['BOOKINGS_WRITE'] }),
    cancelBooking: access({ roles: MANAGEMENT_STUDENTS, scopes: ['BOOKINGS_WRITE'] }),
    setBookingStatus: access({ roles: STAFF_ROLES, scopes: ['BOOKINGS_WRITE'] }),
    deleteBooking: isManagement,
    restoreBooking: isManagement,
    joinWaitlist: access({ roles: MANAGEMENT_STUDENTS }),
    acceptWaitlistOffer: access({ roles: MANAGEMENT_STUDENTS }),
    leaveWaitlist: access({ roles: MANAGEMENT_STUDENTS }),
    checkOutRental: isManagement,
    checkInRental: isManagement,
    issueInvoice: isManagement,
    resendInvoice: isManagement,
    recordPayment: access({ roles: MANAGEMENT_ROLES, scopes: ['PAYMENTS_WRITE'] }),
    topUpWallet: access({ roles: MANAGEMENT_ROLES, scopes: ['PAYMENTS_WRITE'] }),
    refundPayment: isManagement,
    runReconciliation: isManagement,
    resolveDiscrepancy: isManagement,
    dismissDiscrepancy: isManagement,
    setFxRate: isManagement,
    sellPackage: isManagement,
    issueVoucher: isManagement,
    // Students redeem for themselves or a dependent, management for anyone (checked in the service).
    redeemVoucher: access({ roles: MANAGEMENT_STUDENTS }),
    convertWalletCurrency: isManagement,
    markNotificationsRead: signedIn,
    publishLegalDocument: isAdmin,
    inviteStaff: isAdmin,
    resendInvitation: isAdmin,
    revokeInvitation: isAdmin,
    updateUser: isAdmin,
    deactivateUser: isAdmin,
    reactivateUser: isAdmin,
    createApiKey: isAdmin,
    revokeApiKey: isAdmin,
  },
  Subscription: {
    locationChanged: isStaff,
    bookingChanged: signedIn,
    notificationReceived: signedIn,
  },
  // Object fields with a rule of their own; the rest of the type is reached through a
  // guarded root field.
  LegalDocument: { '*': allow, acceptanceCount: isAdmin },
} satisfies IRules;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The schema with the permission rules applied. Shield would wrap every field of every type
 * (halving throughput, see docs/architecture.md); only the root types, and any object type
 * named in the rules, get its middleware. Object fields are reached only through a guarded
 * root field, and the services scope the rows they return.
 */
export function applyPermissions(schema: GraphQLSchema): GraphQLSchema {
  const generator = shield(permissionRules, {
    fallbackRule: rule('deny')(() => forbidden()),
    allowExternalErrors: true,
    fallbackError: forbidden,
  });
  const middleware = generator.generate(schema) as Record<string, unknown>;
  const guarded = Object.fromEntries(
    Object.entries(middleware).filter(([type]) => ROOT_TYPES.has(type) || type in permissionRules),
  );
  return applyMiddleware(schema, guarded as IMiddleware);
}
