import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  isListType,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBareSchema } from '../graphql/schema.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../modules/api-keys/schema.js';
import { ROLES, type Role } from '../modules/identity/schema.js';
import { startTestApp, type SignedIn, type TestApp } from '../test/harness.js';

type KeyCaller = `key:${ApiKeyScope}`;
type Caller = 'anonymous' | Role | KeyCaller;
const KEYS: readonly KeyCaller[] = API_KEY_SCOPES.map((s) => `key:${s}` as const);
const CALLERS: Caller[] = ['anonymous', ...ROLES, ...KEYS];
const EVERYONE: readonly Caller[] = CALLERS;
const SIGNED_IN: readonly Caller[] = ROLES;
const STAFF: readonly Caller[] = ['ADMIN', 'MANAGER', 'INSTRUCTOR'];
const MANAGEMENT: readonly Caller[] = ['ADMIN', 'MANAGER'];
const ADMIN: readonly Caller[] = ['ADMIN'];

/**
 * Who may call each root field: the policy written down a second time, independently of
 * auth/permissions.ts, so a wrong rule there fails here. A new root field fails the first
 * test until it is added.
 */
const EXPECTED: Record<string, readonly Caller[]> = {
  'Query.me': EVERYONE,
  'Query.pendingLegalDocuments': EVERYONE,
  'Query.currentLegalDocuments': EVERYONE,
  'Query.invitation': EVERYONE,
  'Query.mySessions': SIGNED_IN,
  'Query.locations': [...SIGNED_IN, 'key:READ'],
  'Query.location': [...SIGNED_IN, 'key:READ'],
  'Query.customers': [...MANAGEMENT, 'key:READ'],
  'Query.customer': [...SIGNED_IN, 'key:READ'],
  'Query.customerMatches': [...MANAGEMENT, 'key:READ'],
  'Query.services': [...SIGNED_IN, 'key:READ'],
  'Query.packages': [...SIGNED_IN, 'key:READ'],
  'Query.instructors': [...SIGNED_IN, 'key:READ'],
  'Query.instructor': [...SIGNED_IN, 'key:READ'],
  'Query.myInstructorProfile': STAFF,
  'Query.instructorCandidates': MANAGEMENT,
  'Query.availability': [...SIGNED_IN, 'key:READ'],
  'Query.instructorMatches': STAFF,
  'Query.equipment': [...SIGNED_IN, 'key:READ'],
  'Query.equipmentCategories': [...SIGNED_IN, 'key:READ'],
  'Query.equipmentItem': [...SIGNED_IN, 'key:READ'],
  'Query.inventory': [...STAFF, 'key:READ'],
  'Query.maintenanceWindows': [...STAFF, 'key:READ'],
  'Query.maintenanceRules': [...MANAGEMENT, 'key:READ'],
  'Query.maintenanceTasks': [...MANAGEMENT, 'key:READ'],
  'Query.maintenanceTask': [...MANAGEMENT, 'key:READ'],
  'Query.rooms': [...SIGNED_IN, 'key:READ'],
  'Query.sizingSuggestions': SIGNED_IN,
  'Query.auditLog': ADMIN,
  'Query.users': ADMIN,
  'Query.user': ADMIN,
  'Query.invitations': ADMIN,
  'Query.apiKeys': ADMIN,
  'Query.legalDocuments': ADMIN,
  'Query.booking': [...SIGNED_IN, 'key:READ'],
  'Query.bookings': [...SIGNED_IN, 'key:READ'],
  'Query.myWaitlist': SIGNED_IN,
  'Query.rentals': SIGNED_IN,
  'Query.payments': ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER', 'key:READ'],
  'Query.wallet': ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER', 'key:READ'],
  'Query.fxRates': MANAGEMENT,
  'Mutation.recordPayment': [...MANAGEMENT, 'key:PAYMENTS_WRITE'],
  'Mutation.topUpWallet': [...MANAGEMENT, 'key:PAYMENTS_WRITE'],
  'Mutation.refundPayment': MANAGEMENT,
  'Mutation.setFxRate': MANAGEMENT,
  'Mutation.convertWalletCurrency': MANAGEMENT,
  'Query.rental': SIGNED_IN,
  'Query.rentableEquipment': MANAGEMENT,
  'Query.financeDashboard': MANAGEMENT,
  'Query.discrepancies': MANAGEMENT,
  'Query.discrepancy': MANAGEMENT,
  'Query.discrepancyBookingChoices': MANAGEMENT,
  'Query.reconciliationRuns': MANAGEMENT,
  'Query.reconciliationReport': MANAGEMENT,
  'Query.notifications': SIGNED_IN,
  'Query.customerPackages': [...SIGNED_IN, 'key:READ'],
  'Query.myPackages': SIGNED_IN,
  'Query.vouchers': MANAGEMENT,
  'Query.invoices': MANAGEMENT,
  'Query.invoice': SIGNED_IN,
  'Query.myInvoices': SIGNED_IN,
  'Mutation.login': EVERYONE,
  'Mutation.logout': EVERYONE,
  'Mutation.registerCustomer': EVERYONE,
  'Mutation.requestPasswordReset': EVERYONE,
  'Mutation.resetPassword': EVERYONE,
  'Mutation.acceptInvitation': EVERYONE,
  'Mutation.acceptLegalDocuments': SIGNED_IN,
  'Mutation.setMarketingConsent': SIGNED_IN,
  'Mutation.setOnboardingStep': SIGNED_IN,
  'Mutation.setMyLocale': SIGNED_IN,
  'Mutation.revokeSession': SIGNED_IN,
  'Mutation.revokeOtherSessions': SIGNED_IN,
  'Mutation.changePassword': SIGNED_IN,
  'Mutation.createLocation': ADMIN,
  'Mutation.updateLocation': MANAGEMENT,
  'Mutation.createCustomer': [...MANAGEMENT, 'key:CUSTOMERS_WRITE'],
  'Mutation.updateCustomer': [...SIGNED_IN, 'key:CUSTOMERS_WRITE'],
  'Mutation.importCustomers': MANAGEMENT,
  'Mutation.importPackages': MANAGEMENT,
  'Mutation.importEquipment': MANAGEMENT,
  'Mutation.addDependent': [...SIGNED_IN, 'key:CUSTOMERS_WRITE'],
  'Mutation.mergeCustomers': MANAGEMENT,
  'Mutation.removeCustomerDocument': ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER'],
  'Mutation.createService': MANAGEMENT,
  'Mutation.updateService': MANAGEMENT,
  'Mutation.createPackage': MANAGEMENT,
  'Mutation.updatePackage': MANAGEMENT,
  'Mutation.setPackageActive': MANAGEMENT,
  'Mutation.createInstructor': MANAGEMENT,
  'Mutation.updateInstructor': MANAGEMENT,
  'Mutation.setInstructorHours': MANAGEMENT,
  'Mutation.setInstructorActive': MANAGEMENT,
  'Mutation.addCertification': MANAGEMENT,
  'Mutation.updateCertification': MANAGEMENT,
  'Mutation.removeCertification': MANAGEMENT,
  'Mutation.addTimeOff': STAFF,
  'Mutation.removeTimeOff': STAFF,
  'Mutation.createEquipment': MANAGEMENT,
  'Mutation.updateEquipment': MANAGEMENT,
  'Mutation.retireEquipment': MANAGEMENT,
  'Mutation.addEquipmentNote': MANAGEMENT,
  'Mutation.scheduleMaintenance': MANAGEMENT,
  'Mutation.cancelMaintenance': MANAGEMENT,
  'Mutation.createMaintenanceRule': MANAGEMENT,
  'Mutation.updateMaintenanceRule': MANAGEMENT,
  'Mutation.setMaintenanceRuleActive': MANAGEMENT,
  'Mutation.deleteMaintenanceRule': MANAGEMENT,
  'Mutation.runMaintenanceScan': MANAGEMENT,
  'Mutation.createRepairTask': STAFF,
  'Mutation.completeMaintenanceTask': MANAGEMENT,
  'Mutation.cancelMaintenanceTask': MANAGEMENT,
  'Mutation.scheduleTaskWindow': MANAGEMENT,
  'Mutation.createRoom': MANAGEMENT,
  'Mutation.createBooking': ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER', 'key:BOOKINGS_WRITE'],
  'Mutation.createRecurringBookings': [...MANAGEMENT, 'key:BOOKINGS_WRITE'],
  'Mutation.updateBooking': [...STAFF, 'key:BOOKINGS_WRITE'],
  'Mutation.cancelBooking': ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER', 'key:BOOKINGS_WRITE'],
  'Mutation.setBookingStatus': [...STAFF, 'key:BOOKINGS_WRITE'],
  'Mutation.deleteBooking': MANAGEMENT,
  'Mutation.restoreBooking': MANAGEMENT,
  'Mutation.joinWaitlist': ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER'],
  'Mutation.acceptWaitlistOffer': ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER'],
  'Mutation.leaveWaitlist': ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER'],
  'Mutation.checkOutRental': MANAGEMENT,
  'Mutation.checkInRental': MANAGEMENT,
  'Mutation.issueInvoice': MANAGEMENT,
  'Mutation.resendInvoice': MANAGEMENT,
  'Mutation.runReconciliation': MANAGEMENT,
  'Mutation.resolveDiscrepancy': MANAGEMENT,
  'Mutation.dismissDiscrepancy': MANAGEMENT,
  'Mutation.sellPackage': MANAGEMENT,
  'Mutation.issueVoucher': MANAGEMENT,
  'Mutation.redeemVoucher': ['ADMIN', 'MANAGER', 'STUDENT', 'CUSTOMER'],
  'Mutation.markNotificationsRead': SIGNED_IN,
  'Mutation.publishLegalDocument': ADMIN,
  'Mutation.inviteStaff': ADMIN,
  'Mutation.resendInvitation': ADMIN,
  'Mutation.revokeInvitation': ADMIN,
  'Mutation.updateUser': ADMIN,
  'Mutation.deactivateUser': ADMIN,
  'Mutation.reactivateUser': ADMIN,
  'Mutation.createApiKey': ADMIN,
  'Mutation.revokeApiKey': ADMIN,
  'Subscription.locationChanged': STAFF,
  'Subscription.bookingChanged': SIGNED_IN,
  'Subscription.notificationReceived': SIGNED_IN,
};

const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** A value of `type` good enough to get past parsing; services may still refuse it. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  switch (type.name) {
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-06-01T10:00:00.000Z';
    case 'LocalDate':
      return '2026-06-01';
    case 'JSONObject':
      return {};
    default:
      return 'tr';
  }
}

interface Operation {
  field: string;
  kind: 'query' | 'mutation' | 'subscription';
  query: string;
  variables: Record<string, unknown>;
}

function operationFor(
  rootType: GraphQLObjectType,
  fieldName: string,
  overrides: Record<string, unknown>,
): Operation {
  const field = rootType.getFields()[fieldName]!;
  const args = field.args.filter((a) => isNonNullType(a.type) || a.name in overrides);
  const variables = Object.fromEntries(
    args.map((a) => [a.name, overrides[a.name] ?? sample(a.type)]),
  );
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const kind = rootType.name.toLowerCase() as Operation['kind'];
  return {
    field: `${rootType.name}.${fieldName}`,
    kind,
    query: `${kind} Probe${defs ? `(${defs})` : ''} { ${fieldName}${call}${selection} }`,
    variables,
  };
}

let t: TestApp;
const users = new Map<Caller, SignedIn | null>();
let operations: Operation[] = [];

beforeAll(async () => {
  t = await startTestApp();
  users.set('anonymous', null);
  for (const role of ROLES) users.set(role, await t.signIn(role));
  for (const scope of API_KEY_SCOPES) {
    const token = await t.apiKey([scope]);
    users.set(`key:${scope}`, { token, userId: '', email: '', password: '' });
  }
  const schema = await buildBareSchema();
  const probeUser = users.get('STUDENT')!;
  for (const type of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]) {
    if (!type) continue;
    for (const name of Object.keys(type.getFields())) {
      // Real credentials, so an allowed login is a success rather than a wrong password.
      const overrides: Record<string, unknown> =
        name === 'login' ? { email: probeUser.email, password: probeUser.password } : {};
      // A new TERMS version would put every caller behind the consent gate (tested apart).
      if (name === 'publishLegalDocument') {
        overrides.input = { kind: 'MARKETING', title: 'Probe', body: 'Probe' };
      }
      operations.push(operationFor(type, name, overrides));
    }
  }
  // logout ends the caller's session: probe it last.
  operations = [
    ...operations.filter((o) => o.field !== 'Mutation.logout'),
    ...operations.filter((o) => o.field === 'Mutation.logout'),
  ];
}, 120_000);
afterAll(() => t.stop());

/** The access error of calling `op` as `caller`, or null when access was granted. */
async function accessError(op: Operation, caller: Caller): Promise<string | null> {
  const token = users.get(caller)?.token;
  if (op.kind !== 'subscription') {
    const res = await t.gql(op.query, op.variables, { token });
    const code = res.errors?.find((e) => e.path?.[0] === op.field.split('.')[1])?.extensions.code;
    return code && DENIED.has(code) ? code : null;
  }
  // A subscription is refused at once, or stays open: wait briefly for a refusal (long
  // enough for a refusal to arrive on a loaded two-core machine).
  const client = t.ws(token);
  try {
    return await new Promise<string | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 1500);
      client.subscribe(
        { query: op.query, variables: op.variables },
        {
          next: (result) => {
            const code = result.errors?.[0]?.extensions?.code;
            clearTimeout(timer);
            resolve(typeof code === 'string' && DENIED.has(code) ? code : null);
          },
          error: (error) => {
            clearTimeout(timer);
            const code = (error as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code;
            resolve(code && DENIED.has(code) ? code : null);
          },
          complete: () => {},
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('the role × operation matrix', () => {
  it('has an expectation for every root field of the schema', () => {
    expect(operations.map((o) => o.field).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('grants exactly the expected callers and refuses everyone else with UNAUTHENTICATED or FORBIDDEN', async () => {
    const mismatches: string[] = [];
    for (const op of operations) {
      for (const caller of CALLERS) {
        const error = await accessError(op, caller);
        const allowed = EXPECTED[op.field]!.includes(caller);
        if (allowed && error)
          mismatches.push(`${op.field} as ${caller}: expected access, got ${error}`);
        if (!allowed && !error)
          mismatches.push(`${op.field} as ${caller}: expected refusal, got access`);
        if (!allowed && error === 'FORBIDDEN' && caller === 'anonymous') {
          mismatches.push(`${op.field} as anonymous: expected UNAUTHENTICATED, got FORBIDDEN`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
