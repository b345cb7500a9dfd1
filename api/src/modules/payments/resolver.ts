import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, localeOf } from '../../graphql/context.js';
import { Booking } from '../bookings/types.js';
import type { BookingRow } from '../bookings/schema.js';
import { Customer } from '../customers/types.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import { Money } from '../money/types.js';
import * as read from './read.js';
import type { PaymentRow } from './schema.js';
import * as payments from './service.js';
import {
  BookingBalance,
  Payment,
  PaymentConnection,
  PaymentFilter,
  PaymentPageArgs,
  RecordPaymentInput,
  RefundPaymentInput,
  TopUpWalletInput,
} from './types.js';

@Resolver(() => Payment)
export class PaymentResolver {
  @Query(() => PaymentConnection, {
    description:
      'Payments the caller may see (management: all; a student: their own), newest first',
  })
  payments(
    @Arg('filter', () => PaymentFilter, { nullable: true }) filter: PaymentFilter | null,
    @Args(() => PaymentPageArgs) page: PaymentPageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return read.listPayments({ ctx, filter, page });
  }

  @Mutation(() => Payment, {
    description:
      'Records money taken from a customer, for a booking or on account; the same idempotencyKey again returns the first payment, with different parameters it is a CONFLICT',
  })
  recordPayment(
    @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payments.recordPayment({ ctx, input });
  }

  @Mutation(() => Payment, {
    description: 'Puts money into a customer’s wallet (a receipt is issued)',
  })
  topUpWallet(
    @Arg('input', () => TopUpWalletInput) input: TopUpWalletInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payments.topUpWallet({ ctx, input });
  }

  @Mutation(() => Payment, {
    description: 'Gives all or part of a payment back, by the same method',
  })
  refundPayment(
    @Arg('input', () => RefundPaymentInput) input: RefundPaymentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payments.refundPayment({ ctx, input });
  }

  @FieldResolver(() => Money)
  amount(@Root() row: PaymentRow, @Ctx() ctx: GraphQLContext) {
    return money(row.amountMinor, row.currency, localeOf(ctx));
  }

  @FieldResolver(() => Booking, { nullable: true })
  booking(@Root() row: PaymentRow, @Ctx() ctx: GraphQLContext) {
    return row.bookingId ? ctx.loaders.bookingById.load(row.bookingId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() row: PaymentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.paymentCustomerById.load(row.customerId);
  }

  @FieldResolver(() => Location, { nullable: true })
  location(@Root() row: PaymentRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.locationById.load(row.locationId);
  }

  @FieldResolver(() => Money, { description: 'How much of it was given back so far' })
  async refunded(@Root() row: PaymentRow, @Ctx() ctx: GraphQLContext) {
    const refunded = row.kind === 'REFUND' ? 0 : await ctx.loaders.refundedByPaymentId.load(row.id);
    return money(refunded, row.currency, localeOf(ctx));
  }

  @FieldResolver(() => Payment, { nullable: true, description: 'The payment a refund gives back' })
  refundOf(@Root() row: PaymentRow, @Ctx() ctx: GraphQLContext) {
    return row.refundOfId ? ctx.loaders.paymentById.load(row.refundOfId) : null;
  }
}

@Resolver(() => Booking)
export class BookingMoneyResolver {
  @FieldResolver(() => BookingBalance, { description: 'Price, paid and due, from the ledger' })
  async balance(@Root() row: BookingRow, @Ctx() ctx: GraphQLContext) {
    const b = await ctx.loaders.bookingBalance.load(row);
    const locale = localeOf(ctx);
    return {
      price: money(b.priceMinor, b.currency, locale),
      paid: money(b.paidMinor, b.currency, locale),
      due: money(b.dueMinor, b.currency, locale),
      charged: b.charged,
      packageCovered: money(b.packageCoveredMinor, b.currency, locale),
    };
  }

  @FieldResolver(() => [Payment], {
    description: 'Payments and refunds of this booking, oldest first',
  })
  async payments(@Root() row: BookingRow, @Ctx() ctx: GraphQLContext) {
    const rows = await ctx.loaders.paymentsByBookingId.load(row.id);
    // Students see their own payments only; management every payment of the booking.
    if (ctx.viewer?.role === 'STUDENT' || ctx.viewer?.role === 'CUSTOMER') {
      const own = new Set(await ctx.loaders.ownCustomerIds.load(ctx.viewer.userId));
      return rows.filter((p) => own.has(p.customerId));
    }
    return ctx.viewer?.role === 'INSTRUCTOR' ? [] : rows;
  }
}
