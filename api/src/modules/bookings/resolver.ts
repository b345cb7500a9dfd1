import { filter, pipe } from '@graphql-yoga/subscription';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { assertSubscriber } from '../../auth/guards.js';
import { ROLES } from '../identity/schema.js';
import { notFound } from '../../errors.js';
import { refreshLoaders, type GraphQLContext, localeOf } from '../../graphql/context.js';
import { Service } from '../catalog/types.js';
import { Customer } from '../customers/types.js';
import { Equipment } from '../equipment/types.js';
import { Instructor } from '../instructors/types.js';
import { Room } from '../locations/rooms.types.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import { Money } from '../money/types.js';
import type { EventMap } from '../../platform/pubsub.js';
import * as lifecycle from './lifecycle.js';
import { cancellationFee } from './rules.js';
import { bookingInScope, booksForAnyone } from './scope.js';
import type { BookingRow, BookingStatus, WaitlistEntryRow } from './schema.js';
import * as bookings from './service.js';
import {
  Booking,
  BookingChange,
  BookingConnection,
  BookingFilter,
  BookingPageArgs,
  BookingStatusEnum,
  CancellationQuote,
  CreateBookingInput,
  CreateRecurringBookingsInput,
  UpdateBookingInput,
  WaitlistEntry,
} from './types.js';
import * as waitlist from './waitlist.js';
import { columnsOf, namesOnly, nodeFieldsOf, readAhead } from './read-ahead.js';

@Resolver(() => Booking)
export class BookingResolver {
  @Query(() => Booking, {
    nullable: true,
    description: 'One booking the caller may see (archived too); null otherwise',
  })
  booking(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return bookings.getBooking({ ctx, id });
  }

  @Query(() => BookingConnection, {
    description:
      'Bookings the caller may see, by start time; up to 1,000 a page (a calendar week in one request)',
  })
  async bookings(
    @Arg('filter', () => BookingFilter, { nullable: true }) filter: BookingFilter | null,
    @Args(() => BookingPageArgs) page: BookingPageArgs,
    @Arg('newestFirst', () => Boolean, {
      nullable: true,
      description: 'Latest start first (past bookings); else soonest first',
    })
    newestFirst: boolean | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const fields = nodeFieldsOf(info);
    const result = await bookings.listBookings({
      ctx,
      filter,
      page,
      newestFirst,
      columns: columnsOf(fields),
    });
    await readAhead(
      ctx,
      result.edges.map((e) => e.node),
      fields,
      namesOnly(info),
    );
    return result;
  }

  @Mutation(() => Booking)
  createBooking(
    @Arg('input', () => CreateBookingInput) input: CreateBookingInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return bookings.createBooking({ ctx, input });
  }

  @Mutation(() => [Booking], {
    description: 'The same booking at several times, all together or none (every clash listed)',
  })
  createRecurringBookings(
    @Arg('input', () => CreateRecurringBookingsInput) input: CreateRecurringBookingsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return bookings.createRecurringBookings({ ctx, input });
  }

  @Mutation(() => Booking)
  updateBooking(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateBookingInput) input: UpdateBookingInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return bookings.updateBooking({ ctx, id, input });
  }

  @Mutation(() => Booking)
  cancelBooking(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Arg('waiveFee', () => Boolean, { nullable: true, description: 'Staff: no late fee' })
    waiveFee: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return lifecycle.cancelBooking({ ctx, id, reason, waiveFee });
  }

  @Mutation(() => Booking, { description: 'Confirm, check in, complete or mark a no-show' })
  setBookingStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => BookingStatusEnum) status: BookingStatus,
    @Ctx() ctx: GraphQLContext,
  ) {
    return lifecycle.setBookingStatus({ ctx, id, status });
  }

  @Mutation(() => Booking, { description: 'Archives a booking; restorable' })
  deleteBooking(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return lifecycle.deleteBooking({ ctx, id });
  }

  @Mutation(() => Booking)
  restoreBooking(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return lifecycle.restoreBooking({ ctx, id });
  }

  // graphql-shield does not guard subscribing: the viewer is checked on subscribe, and every
  // event is checked against the viewer's scope (a student hears only of their own bookings).
  @Subscription(() => BookingChange, {
    description: 'Bookings of a location created, changed, cancelled, archived or restored',
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      await assertSubscriber(ctx, ROLES);
      const locationId = (args as { locationId: string }).locationId;
      return pipe(
        ctx.deps.platform.events.subscribe('BOOKING_CHANGED'),
        filter(
          async (event: EventMap['BOOKING_CHANGED']) =>
            event.locationId === locationId &&
            // Management sees every booking: no query per event for the office's screens.
            (booksForAnyone(ctx) || (await bookingInScope(ctx, event.bookingId)) !== null),
        ),
      );
    },
  })
  async bookingChanged(
    @Arg('locationId', () => ID) _locationId: string,
    @Root() event: EventMap['BOOKING_CHANGED'],
    @Ctx() ctx: GraphQLContext,
  ): Promise<BookingChange> {
    // Not through a loader: a subscription's context lives long, a loader would serve stale
    // rows; and the booking's fields read through loaders made for this event.
    refreshLoaders(ctx);
    const row = await bookingInScope(ctx, event.bookingId);
    if (!row) throw notFound('Booking');
    return { kind: event.kind, booking: row as Booking };
  }

  @FieldResolver(() => Service)
  service(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    return (
      ctx.loaders.readAhead.services.get(b.serviceId) ?? ctx.loaders.serviceById.load(b.serviceId)
    );
  }

  @FieldResolver(() => Location)
  location(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.locationById.load(b.locationId);
  }

  @FieldResolver(() => [Customer], {
    description: 'Who takes part (people who left are not listed)',
  })
  customers(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.readAhead.customers.get(b.id) ?? ctx.loaders.customersByBookingId.load(b.id);
  }

  @FieldResolver(() => Instructor, { nullable: true })
  instructor(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    if (!b.instructorId) return null;
    return (
      ctx.loaders.readAhead.instructors.get(b.instructorId) ??
      ctx.loaders.instructorById.load(b.instructorId)
    );
  }

  @FieldResolver(() => Room, { nullable: true })
  room(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    return b.roomId ? ctx.loaders.roomById.load(b.roomId) : null;
  }

  @FieldResolver(() => [Equipment])
  equipment(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.equipmentByBookingId.load(b.id);
  }

  @FieldResolver(() => Money)
  price(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    return money(b.priceMinor, b.currency, localeOf(ctx));
  }

  @FieldResolver(() => Money, { description: 'Per participant, from the catalog when booked' })
  unitPrice(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    return money(b.unitPriceMinor, b.currency, localeOf(ctx));
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Charged by the cancellation policy' })
  cancellationFee(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    return b.cancellationFeeMinor === null
      ? null
      : money(b.cancellationFeeMinor, b.currency, localeOf(ctx));
  }

  @FieldResolver(() => CancellationQuote, {
    nullable: true,
    description: 'What cancelling now would cost; null when it can no longer be cancelled',
  })
  async cancellationQuote(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    if (b.status !== 'PENDING' && b.status !== 'CONFIRMED') return null;
    const service = await ctx.loaders.serviceById.load(b.serviceId);
    if (!service) return null;
    const quote = cancellationFee({
      startsAt: b.startsAt,
      now: ctx.now(),
      freeHours: service.freeCancellationHours,
      feeBps: service.lateCancellationFeeBps,
      priceMinor: b.priceMinor,
    });
    return {
      freeUntilHours: service.freeCancellationHours,
      freeUntil: new Date(b.startsAt.getTime() - service.freeCancellationHours * 3_600_000),
      late: quote.late,
      feeMinor: quote.feeMinor,
      currency: b.currency,
    };
  }

  @FieldResolver(() => Int, { description: 'Places left in the session (capacity minus taken)' })
  async placesLeft(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    const [service, people, waiting] = await Promise.all([
      ctx.loaders.serviceById.load(b.serviceId),
      ctx.loaders.participantCountByBookingId.load(b.id),
      ctx.loaders.waitlistByBookingId.load(b.id),
    ]);
    const held = waiting.filter((w) => w.status === 'OFFERED').length;
    return Math.max(0, (service?.capacity ?? 0) - people - held);
  }

  @FieldResolver(() => [WaitlistEntry], { description: 'Open waiting-list entries (staff)' })
  async waitlist(@Root() b: BookingRow, @Ctx() ctx: GraphQLContext) {
    if (!booksForAnyone(ctx) && ctx.viewer?.role !== 'INSTRUCTOR') return [];
    const entries = await ctx.loaders.waitlistByBookingId.load(b.id);
    return entries.filter((e) => e.status === 'WAITING' || e.status === 'OFFERED');
  }
}

@Resolver(() => CancellationQuote)
export class CancellationQuoteResolver {
  @FieldResolver(() => Money, { description: 'The fee cancelling now would cost (0 when free)' })
  fee(@Root() q: { feeMinor: number; currency: string }, @Ctx() ctx: GraphQLContext) {
    return money(q.feeMinor, q.currency, localeOf(ctx));
  }
}

@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  @Query(() => [WaitlistEntry], {
    description: 'The caller’s open waiting-list entries and offers (own record and dependents)',
  })
  myWaitlist(@Ctx() ctx: GraphQLContext) {
    return waitlist.myWaitlist(ctx);
  }

  @Mutation(() => WaitlistEntry, { description: 'Waits for a place in a full group session' })
  joinWaitlist(
    @Arg('bookingId', () => ID) bookingId: string,
    @Arg('customerId', () => ID) customerId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return waitlist.joinWaitlist({ ctx, bookingId, customerId });
  }

  @Mutation(() => Booking, { description: 'Takes the place a waiting-list offer holds' })
  acceptWaitlistOffer(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return waitlist.acceptWaitlistOffer({ ctx, id });
  }

  @Mutation(() => WaitlistEntry, { description: 'Leaves a waiting list or turns an offer down' })
  leaveWaitlist(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return waitlist.leaveWaitlist({ ctx, id });
  }

  @FieldResolver(() => Customer)
  async customer(@Root() e: WaitlistEntryRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.bookingCustomerById.load(e.customerId);
  }

  @FieldResolver(() => Booking, { description: 'The session waited for' })
  async booking(@Root() e: WaitlistEntryRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.bookingById.load(e.bookingId);
  }
}
