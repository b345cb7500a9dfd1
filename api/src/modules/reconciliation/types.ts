import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Money } from '../money/types.js';
import {
  DISCREPANCY_ACTIONS,
  DISCREPANCY_RESOLUTIONS,
  NOTE_MAX,
  RECONCILIATION_TRIGGERS,
  type DiscrepancyAction,
  type DiscrepancyResolution,
  type ReconciliationTrigger,
} from './rules.js';
import {
  DISCREPANCY_KINDS,
  DISCREPANCY_STATUSES,
  type DiscrepancyKind,
  type DiscrepancyStatus,
} from './schema.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DiscrepancyKindEnum = enumOf(DISCREPANCY_KINDS);
registerEnumType(DiscrepancyKindEnum, {
  name: 'DiscrepancyKind',
  description:
    'UNBALANCED_JOURNAL, WALLET_DRIFT, UNLINKED_PAYMENT (money on account, no booking), UNPAID_COMPLETED_BOOKING (owed 24 h after completion), DUPLICATE_PAYMENT',
});
export const DiscrepancyStatusEnum = enumOf(DISCREPANCY_STATUSES);
registerEnumType(DiscrepancyStatusEnum, {
  name: 'DiscrepancyStatus',
  description: 'OPEN; RESOLVED (by staff, or no longer found by a run); DISMISSED',
});
export const DiscrepancyResolutionEnum = enumOf(DISCREPANCY_RESOLUTIONS);
registerEnumType(DiscrepancyResolutionEnum, { name: 'DiscrepancyResolution' });
export const DiscrepancyActionEnum = enumOf(DISCREPANCY_ACTIONS);
registerEnumType(DiscrepancyActionEnum, {
  name: 'DiscrepancyAction',
  description:
    'LINK_TO_BOOKING and MOVE_TO_WALLET move an unlinked payment’s credit (ALLOCATION entry); MARK_RESOLVED records what was done (note required)',
});
export const ReconciliationTriggerEnum = enumOf(RECONCILIATION_TRIGGERS);
registerEnumType(ReconciliationTriggerEnum, { name: 'ReconciliationTrigger' });

@ObjectType({ description: 'A customer a discrepancy names, with the money of theirs involved' })
export class DiscrepancyCustomer {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Money)
  amount: Money;
}

@ObjectType({ description: 'A payment a duplicate-payment discrepancy names' })
export class DiscrepancyPayment {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Money)
  amount: Money;

  @Field(() => String, { description: 'CASH, CARD, BANK_TRANSFER or WALLET' })
  method: string;

  @Field(() => String)
  idempotencyKey: string;
}

@ObjectType({
  description: 'The figures a discrepancy was found with; which fields are set depends on its kind',
})
export class DiscrepancyDetails {
  @Field(() => ID, { nullable: true, description: 'UNBALANCED_JOURNAL: the entry' })
  journalId: string | null;

  @Field(() => String, { nullable: true, description: 'UNBALANCED_JOURNAL: the kind of entry' })
  journalKind: string | null;

  @Field(() => Date, { nullable: true, description: 'UNBALANCED_JOURNAL: when the entry happened' })
  occurredAt: Date | null;

  @Field(() => Money, {
    nullable: true,
    description: 'UNBALANCED_JOURNAL: what the lines sum to (debits positive)',
  })
  offBy: Money | null;

  @Field(() => ID, { nullable: true })
  customerId: string | null;

  @Field(() => String, { nullable: true })
  customerName: string | null;

  @Field(() => Money, {
    nullable: true,
    description: 'WALLET_DRIFT: the balance the lines sum to',
  })
  expected: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: "WALLET_DRIFT: the running balance on the wallet's latest line (null: none)",
  })
  recorded: Money | null;

  @Field(() => Int, {
    nullable: true,
    description: 'WALLET_DRIFT: wallet lines without a running balance',
  })
  linesWithoutBalance: number | null;

  @Field(() => ID, { nullable: true, description: 'UNLINKED_PAYMENT: the payment' })
  paymentId: string | null;

  @Field(() => Money, {
    nullable: true,
    description: 'UNLINKED_PAYMENT, DUPLICATE_PAYMENT: the amount of the payment',
  })
  paymentAmount: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: 'UNLINKED_PAYMENT: what of it still sits on account',
  })
  onAccount: Money | null;

  @Field(() => String, { nullable: true, description: 'The payment method' })
  method: string | null;

  @Field(() => Date, { nullable: true, description: 'UNLINKED_PAYMENT: when it was taken' })
  paidAt: Date | null;

  @Field(() => ID, { nullable: true })
  bookingId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "UNPAID_COMPLETED_BOOKING: the booking's service",
  })
  serviceName: string | null;

  @Field(() => Date, { nullable: true })
  bookingStartsAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => [DiscrepancyCustomer], {
    description: 'UNPAID_COMPLETED_BOOKING: who still owes, and how much',
  })
  customers: DiscrepancyCustomer[];

  @Field(() => [DiscrepancyPayment], {
    description: 'DUPLICATE_PAYMENT: the payments, oldest first',
  })
  payments: DiscrepancyPayment[];
}

@ObjectType({ description: 'A gap the reconciliation found in the money records' })
export class Discrepancy {
  @Field(() => ID)
  id: string;

  @Field(() => DiscrepancyKindEnum)
  kind: DiscrepancyKind;

  @Field(() => DiscrepancyStatusEnum)
  status: DiscrepancyStatus;

  @Field(() => Date)
  firstSeenAt: Date;

  @Field(() => Date, { description: 'The latest run that found it' })
  lastSeenAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => DiscrepancyResolutionEnum, { nullable: true })
  resolution: DiscrepancyResolution | null;

  @Field(() => String, { nullable: true })
  resolutionNote: string | null;

  // amount, details, location and resolvedBy are field resolvers.
  locationId: string | null;
  resolvedBy: string | null;
  details: Record<string, unknown>;
}

@ObjectType()
export class DiscrepancyConnection extends Connection(Discrepancy) {}

@ObjectType({ description: 'How many of a kind a run found' })
export class DiscrepancyKindCount {
  @Field(() => DiscrepancyKindEnum)
  kind: DiscrepancyKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'One pass of the reconciliation' })
export class ReconciliationRun {
  @Field(() => ID)
  id: string;

  @Field(() => ReconciliationTriggerEnum)
  trigger: ReconciliationTrigger;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { description: 'Discrepancies it opened' })
  opened: number;

  // found (per kind) and requestedBy are field resolvers.
  found: Record<string, number>;
  requestedBy: string | null;
}

@ObjectType({ description: 'A run, and the open discrepancies it closed as no longer found' })
export class ReconciliationRunResult {
  @Field(() => ReconciliationRun)
  run: ReconciliationRun;

  @Field(() => Int)
  autoResolved: number;
}

@ObjectType({ description: 'The reconciliation report of one kind' })
export class ReconciliationKindSummary {
  @Field(() => DiscrepancyKindEnum)
  kind: DiscrepancyKind;

  @Field(() => Int, { description: 'Found by the run (new or still open)' })
  found: number;

  @Field(() => Int, { description: 'Opened by the run' })
  opened: number;

  @Field(() => Int, { description: 'Open now' })
  open: number;

  @Field(() => Int, { description: 'Resolved so far' })
  resolved: number;

  @Field(() => Int, { description: 'Dismissed so far' })
  dismissed: number;

  @Field(() => [Money], { description: 'Money involved in the open ones, per currency' })
  openAmounts: Money[];

  @Field(() => [Money], { description: 'Money involved in the resolved ones, per currency' })
  resolvedAmounts: Money[];
}

@ObjectType({ description: 'What a run found and where things stand, per kind' })
export class ReconciliationReport {
  @Field(() => ReconciliationRun, { nullable: true, description: 'Null before the first run' })
  run: ReconciliationRun | null;

  @Field(() => [ReconciliationKindSummary])
  kinds: ReconciliationKindSummary[];

  @Field(() => [Money], { description: 'Money involved in every open discrepancy, per currency' })
  openAmounts: Money[];
}

@ObjectType({ description: 'A booking an unlinked payment may be linked to' })
export class DiscrepancyBookingChoice {
  @Field(() => ID)
  bookingId: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => String, { description: 'The booking status' })
  status: string;

  @Field(() => String)
  serviceName: string;

  @Field(() => Money, { description: "What the payment's customer owes on it now" })
  due: Money;
}

@InputType()
export class ResolveDiscrepancyInput {
  @Field(() => DiscrepancyActionEnum)
  action: DiscrepancyAction;

  @Field(() => ID, { nullable: true, description: 'LINK_TO_BOOKING: the booking' })
  bookingId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `What was done (required for MARK_RESOLVED), up to ${NOTE_MAX} characters`,
  })
  note?: string | null;
}
