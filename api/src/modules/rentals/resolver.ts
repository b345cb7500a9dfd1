import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors.js';
import { type GraphQLContext, localeOf } from '../../graphql/context.js';
import { Booking } from '../bookings/types.js';
import { Customer } from '../customers/types.js';
import { Equipment } from '../equipment/types.js';
import { Location } from '../locations/types.js';
import { money } from '../money/format.js';
import { Money } from '../money/types.js';
import { contractPath, signaturePath } from './http.js';
import * as read from './read.js';
import * as checkin from './checkin.js';
import * as rentals from './service.js';
import {
  CheckInRentalInput,
  CheckOutRentalInput,
  Rental,
  RentalConnection,
  RentalFilter,
  RentalItem,
  RentalPageArgs,
} from './types.js';

@Resolver(() => Rental)
export class RentalResolver {
  @Query(() => RentalConnection, {
    description: 'Rentals the caller may see (staff: all; a customer: their own), newest first',
  })
  rentals(
    @Arg('filter', () => RentalFilter, { nullable: true }) filter: RentalFilter | null,
    @Args(() => RentalPageArgs) page: RentalPageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return read.listRentals({ ctx, filter, page });
  }

  @Query(() => Rental, { nullable: true, description: 'One rental the caller may see, or null' })
  rental(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return read.getRental({ ctx, id });
  }

  @Query(() => [Equipment], {
    description:
      'Items of a location that can go out on a rental from now until `until` (in service, not out, not booked; a booking’s own gear counts as free for it)',
  })
  rentableEquipment(
    @Arg('locationId', () => ID) locationId: string,
    @Arg('until', () => Date) until: Date,
    @Arg('bookingId', () => ID, { nullable: true }) bookingId: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return read.rentableEquipment({ ctx, locationId, until, bookingId });
  }

  @Mutation(() => Rental, {
    description:
      'Hands gear out on a signed contract; CONFLICT or BOOKING_CONFLICT naming an item that is not free',
  })
  checkOutRental(
    @Arg('input', () => CheckOutRentalInput) input: CheckOutRentalInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return rentals.checkOutRental({ ctx, input });
  }

  @Mutation(() => Rental, {
    description: 'Takes items back, all or some; a damaged item opens a repair task',
  })
  checkInRental(
    @Arg('input', () => CheckInRentalInput) input: CheckInRentalInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return checkin.checkInRental({ ctx, input });
  }

  @FieldResolver(() => Location)
  async location(@Root() row: Rental, @Ctx() ctx: GraphQLContext) {
    const location = await ctx.loaders.locationById.load(row.locationId);
    if (!location) throw notFound('Location');
    return location;
  }

  @FieldResolver(() => Customer)
  async customer(@Root() row: Rental, @Ctx() ctx: GraphQLContext) {
    const customer = await ctx.loaders.rentalCustomerById.load(row.customerId);
    if (!customer) throw notFound('Customer');
    return customer;
  }

  @FieldResolver(() => Booking, { nullable: true })
  booking(@Root() row: Rental, @Ctx() ctx: GraphQLContext) {
    return row.bookingId ? ctx.loaders.bookingById.load(row.bookingId) : null;
  }

  @FieldResolver(() => [RentalItem])
  items(@Root() row: Rental, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.rentalItemsByRentalId.load(row.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Out past its due time, at the time of the request',
  })
  overdue(@Root() row: Rental, @Ctx() ctx: GraphQLContext) {
    return row.status === 'OUT' && row.dueAt < ctx.now();
  }

  @FieldResolver(() => Money)
  deposit(@Root() row: Rental, @Ctx() ctx: GraphQLContext) {
    return money(row.depositAmount, row.depositCurrency, localeOf(ctx));
  }

  @FieldResolver(() => Money, { description: 'What was kept of the deposit against damage' })
  depositRetained(@Root() row: Rental, @Ctx() ctx: GraphQLContext) {
    return money(row.depositRetained, row.depositCurrency, localeOf(ctx));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The title of the terms signed' })
  async termsTitle(@Root() row: Rental, @Ctx() ctx: GraphQLContext) {
    if (!row.termsDocumentId) return null;
    return (await ctx.loaders.rentalTermsById.load(row.termsDocumentId))?.title ?? null;
  }

  @FieldResolver(() => String, {
    description: 'The signature image (PNG), same sign-in as the API',
  })
  signatureUrl(@Root() row: Rental) {
    return signaturePath(row.id);
  }

  @FieldResolver(() => String, { description: 'The contract as a PDF; add ?lang=tr or en' })
  contractUrl(@Root() row: Rental) {
    return contractPath(row.id);
  }
}

@Resolver(() => RentalItem)
export class RentalItemResolver {
  @FieldResolver(() => Equipment)
  async equipment(@Root() row: RentalItem, @Ctx() ctx: GraphQLContext) {
    const item = await ctx.loaders.equipmentById.load(row.equipmentId);
    if (!item) throw notFound('Equipment');
    return item;
  }

  @FieldResolver(() => Money, {
    description: 'Recorded against the customer; billed in finance later',
  })
  damageCharge(@Root() row: RentalItem, @Ctx() ctx: GraphQLContext) {
    return money(row.damageCharge, row.currency, localeOf(ctx));
  }
}
