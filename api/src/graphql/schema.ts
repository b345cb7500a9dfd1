import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { applyPermissions } from '../auth/permissions.js';
import { ApiKeyResolver } from '../modules/api-keys/resolver.js';
import { AuditResolver } from '../modules/audit/resolver.js';
import { AvailabilityResolver } from '../modules/availability/resolver.js';
import {
  PackageItemResolver,
  PackageResolver,
  ServiceResolver,
} from '../modules/catalog/resolver.js';
import {
  BookingResolver,
  CancellationQuoteResolver,
  WaitlistResolver,
} from '../modules/bookings/resolver.js';
import { NotificationResolver } from '../modules/notifications/resolver.js';
import { CustomerResolver } from '../modules/customers/resolver.js';
import {
  CustomerDocumentResolver,
  CustomerDocumentsResolver,
} from '../modules/documents/resolver.js';
import {
  EquipmentEventResolver,
  EquipmentResolver,
  EquipmentUseResolver,
  InventorySnapshotResolver,
  MaintenanceWindowResolver,
} from '../modules/equipment/resolver.js';
import { FinanceResolver } from '../modules/finance/resolver.js';
import { InvitationResolver } from '../modules/identity/invitation.resolver.js';
import { InvoiceResolver, PaymentReceiptResolver } from '../modules/invoices/resolver.js';
import { CertificationResolver, InstructorResolver } from '../modules/instructors/resolver.js';
import { UserResolver } from '../modules/identity/user.resolver.js';
import { ImportResolver } from '../modules/imports/resolver.js';
import { LegalResolver } from '../modules/legal/resolver.js';
import { IdentityResolver } from '../modules/identity/resolver.js';
import { LocationResolver } from '../modules/locations/resolver.js';
import {
  EquipmentMaintenanceResolver,
  MaintenanceRuleResolver,
  MaintenanceTaskResolver,
} from '../modules/maintenance/resolver.js';
import { RoomResolver } from '../modules/locations/rooms.resolver.js';
import {
  DiscrepancyResolver,
  ReconciliationRunResolver,
} from '../modules/reconciliation/resolver.js';
import { RentalItemResolver, RentalResolver } from '../modules/rentals/resolver.js';
import { SizingResolver } from '../modules/sizing/resolver.js';
import { BookingMoneyResolver, PaymentResolver } from '../modules/payments/resolver.js';
import { WalletResolver } from '../modules/money/resolver.js';
import {
  CustomerPackageItemResolver,
  CustomerPackageResolver,
  CustomerPackagesResolver,
  PackageSaleResolver,
  PackageUsageResolver,
  VoucherResolver,
  VoucherSaleResolver,
} from '../modules/packages/resolver.js';
import { DateTimeScalar } from './scalars.js';

/**
 * Subscriptions subscribe through `ctx.deps.platform.events` (per app, Redis or in-process),
 * never through type-graphql `topics`; this guard makes a stray `topics` fail loudly.
 */
const topicsNotSupported = {
  publish: () => {
    throw new Error('publish through ctx.deps.platform.events, not the type-graphql pubSub');
  },
  subscribe: () => {
    throw new Error('use `subscribe:` with ctx.deps.platform.events instead of `topics`');
  },
};

export const resolvers = [
  BookingMoneyResolver,
  PaymentResolver,
  WalletResolver,
  CustomerPackageResolver,
  CustomerPackageItemResolver,
  CustomerPackagesResolver,
  PackageSaleResolver,
  PackageUsageResolver,
  VoucherResolver,
  VoucherSaleResolver,
  ApiKeyResolver,
  AuditResolver,
  BookingResolver,
  CancellationQuoteResolver,
  AvailabilityResolver,
  CertificationResolver,
  CustomerResolver,
  CustomerDocumentResolver,
  CustomerDocumentsResolver,
  EquipmentResolver,
  EquipmentEventResolver,
  EquipmentUseResolver,
  FinanceResolver,
  InventorySnapshotResolver,
  IdentityResolver,
  ImportResolver,
  InstructorResolver,
  InvitationResolver,
  InvoiceResolver,
  PaymentReceiptResolver,
  LegalResolver,
  LocationResolver,
  NotificationResolver,
  MaintenanceWindowResolver,
  MaintenanceRuleResolver,
  MaintenanceTaskResolver,
  EquipmentMaintenanceResolver,
  PackageItemResolver,
  PackageResolver,
  DiscrepancyResolver,
  ReconciliationRunResolver,
  RentalItemResolver,
  RentalResolver,
  RoomResolver,
  ServiceResolver,
  SizingResolver,
  UserResolver,
  WaitlistResolver,
] as const;

/** The schema as clients see it, before permissions: used to emit schema/schema.graphql. */
export function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    pubSub: topicsNotSupported,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}

/** The executable schema: the bare schema with the permission rules applied. */
export async function buildExecutableSchema(): Promise<GraphQLSchema> {
  return applyPermissions(await buildBareSchema());
}
