import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import { type GraphQLContext, localeOf } from '../../graphql/context.js';
import { User } from '../identity/types.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import { Money } from '../money/types.js';
import type { FindingDetails } from './findings.js';
import { DISCREPANCY_KINDS, type DiscrepancyKind, type DiscrepancyStatus } from './schema.js';
import * as reconciliation from './service.js';
import {
  Discrepancy,
  DiscrepancyBookingChoice,
  DiscrepancyConnection,
  DiscrepancyDetails,
  DiscrepancyKindCount,
  DiscrepancyKindEnum,
  DiscrepancyStatusEnum,
  ReconciliationReport,
  ReconciliationRun,
  ReconciliationRunResult,
  ResolveDiscrepancyInput,
} from './types.js';

const amounts = (ctx: GraphQLContext, list: Array<{ currency: string; amountMinor: number }>) =>
  list.map((a) => money(a.amountMinor, a.currency, localeOf(ctx)));
const date = (value: string | undefined | null) => (value ? new Date(value) : null);

@Resolver(() => Discrepancy)
export class DiscrepancyResolver {
  @Query(() => DiscrepancyConnection, {
    description: 'Discrepancies the reconciliation found, newest first (management)',
  })
  discrepancies(
    @Arg('status', () => DiscrepancyStatusEnum, { nullable: true })
    status: DiscrepancyStatus | null,
    @Arg('kind', () => DiscrepancyKindEnum, { nullable: true }) kind: DiscrepancyKind | null,
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return reconciliation.listDiscrepancies({ ctx, filter: { status, kind, locationId }, page });
  }

  @Query(() => Discrepancy, { nullable: true })
  discrepancy(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return reconciliation.getDiscrepancy({ ctx, id });
  }

  @Query(() => [DiscrepancyBookingChoice], {
    description:
      "The bookings an unlinked payment may be linked to: its customer's, still owed first",
  })
  async discrepancyBookingChoices(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const choices = await reconciliation.discrepancyBookingChoices({ ctx, id });
    return choices.map((c) => ({ ...c, due: money(c.dueMinor, c.currency, localeOf(ctx)) }));
  }

  @Mutation(() => Discrepancy, {
    description:
      'Resolves an open discrepancy: links or moves an unlinked payment, or records what was done (management)',
  })
  resolveDiscrepancy(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ResolveDiscrepancyInput) input: ResolveDiscrepancyInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return reconciliation.resolveDiscrepancy({ ctx, id, input });
  }

  @Mutation(() => Discrepancy, {
    description: 'Dismisses an open discrepancy as no error, saying why (management)',
  })
  dismissDiscrepancy(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return reconciliation.dismissDiscrepancy({ ctx, id, note });
  }

  @FieldResolver(() => Money, { description: 'The money involved' })
  amount(@Root() row: Discrepancy, @Ctx() ctx: GraphQLContext) {
    const d = row.details as unknown as FindingDetails;
    return money(Number(d.amountMinor ?? 0), d.currency, localeOf(ctx));
  }

  @FieldResolver(() => DiscrepancyDetails)
  details(@Root() row: Discrepancy, @Ctx() ctx: GraphQLContext): DiscrepancyDetails {
    const d = row.details as unknown as FindingDetails;
    const m = (amountMinor: number | null | undefined) =>
      amountMinor === null || amountMinor === undefined
        ? null
        : money(Number(amountMinor), d.currency, localeOf(ctx));
    return {
      journalId: d.journalId ?? null,
      journalKind: d.journalKind ?? null,
      occurredAt: date(d.occurredAt),
      offBy: m(d.offByMinor),
      customerId: d.customerId ?? null,
      customerName: d.customerName ?? null,
      expected: m(d.expectedMinor),
      recorded: m(d.recordedMinor),
      linesWithoutBalance: d.linesWithoutBalance ?? null,
      paymentId: d.paymentId ?? null,
      paymentAmount: m(d.paymentAmountMinor),
      onAccount: m(d.onAccountMinor),
      method: d.method ?? null,
      paidAt: date(d.paidAt),
      bookingId: d.bookingId ?? null,
      serviceName: d.serviceName ?? null,
      bookingStartsAt: date(d.bookingStartsAt),
      completedAt: date(d.completedAt),
      customers: (d.customers ?? []).map((c) => ({
        id: c.id,
        name: c.name,
        amount: m(c.amountMinor)!,
      })),
      payments: (d.payments ?? []).map((p) => ({
        id: p.id,
        createdAt: new Date(p.createdAt),
        amount: m(p.amountMinor)!,
        method: p.method,
        idempotencyKey: p.idempotencyKey,
      })),
    };
  }

  @FieldResolver(() => Location, { nullable: true })
  location(@Root() row: Discrepancy, @Ctx() ctx: GraphQLContext) {
    return row.locationId ? ctx.loaders.locationById.load(row.locationId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who resolved or dismissed it' })
  resolvedBy(@Root() row: Discrepancy, @Ctx() ctx: GraphQLContext) {
    return row.resolvedBy ? ctx.loaders.userById.load(row.resolvedBy) : null;
  }
}

@Resolver(() => ReconciliationRun)
export class ReconciliationRunResolver {
  @Query(() => [ReconciliationRun], { description: 'The latest reconciliation runs (management)' })
  reconciliationRuns(
    @Arg('first', () => Int, { nullable: true, description: '1 to 100, default 20' })
    first: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return reconciliation.listReconciliationRuns({ ctx, first });
  }

  @Query(() => ReconciliationReport, {
    description: 'What a run (the latest by default) found, and where things stand per kind',
  })
  async reconciliationReport(
    @Arg('runId', () => ID, { nullable: true }) runId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const report = await reconciliation.reconciliationReport({ ctx, runId });
    return {
      run: report.run,
      openAmounts: amounts(ctx, report.openAmounts),
      kinds: report.kinds.map((k) => ({
        ...k,
        openAmounts: amounts(ctx, k.openAmounts),
        resolvedAmounts: amounts(ctx, k.resolvedAmounts),
      })),
    };
  }

  @Mutation(() => ReconciliationRunResult, {
    description: 'Runs the reconciliation now (management); audited',
  })
  runReconciliation(@Ctx() ctx: GraphQLContext) {
    return reconciliation.runReconciliation({ ctx });
  }

  @FieldResolver(() => [DiscrepancyKindCount], { description: 'What it found, per kind' })
  found(@Root() row: ReconciliationRun) {
    return DISCREPANCY_KINDS.map((kind) => ({ kind, count: Number(row.found[kind] ?? 0) }));
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who started it; null when scheduled' })
  requestedBy(@Root() row: ReconciliationRun, @Ctx() ctx: GraphQLContext) {
    return row.requestedBy ? ctx.loaders.userById.load(row.requestedBy) : null;
  }
}
