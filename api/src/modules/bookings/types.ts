import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { EquipmentNeedInput } from '../availability/types.js';
import type { BookingChangeKind } from './events.js';
import {
  BOOKING_STATUSES,
  WAITLIST_STATUSES,
  type BookingStatus,
  type WaitlistStatus,
} from './schema.js';

export const BookingStatusEnum = Object.fromEntries(BOOKING_STATUSES.map((s) => [s, s])) as {
  [K in BookingStatus]: K;
};
registerEnumType(BookingStatusEnum, {
  name: 'BookingStatus',
  description:
    'PENDING → CONFIRMED → CHECKED_IN → COMPLETED; CANCELLED from PENDING or CONFIRMED; NO_SHOW from CONFIRMED',
});

export const BookingChangeKindEnum = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  CANCELLED: 'CANCELLED',
  DELETED: 'DELETED',
  RESTORED: 'RESTORED',
} as const satisfies { [K in BookingChangeKind]: K };
registerEnumType(BookingChangeKindEnum, { name: 'BookingChangeKind' });

export const WaitlistStatusEnum = Object.fromEntries(WAITLIST_STATUSES.map((s) => [s, s])) as {
  [K in WaitlistStatus]: K;
};
registerEnumType(WaitlistStatusEnum, {
  name: 'WaitlistStatus',
  description:
    'WAITING; OFFERED (a place is held until offerExpiresAt); ACCEPTED; EXPIRED; CANCELLED',
});

@ObjectType({ description: 'A lesson, rental or stay at a time, for one or more customers' })
export class Booking {
  @Field(() => ID)
  id: string;

  @Field(() => BookingStatusEnum)
  status: BookingStatus;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Date, { nullable: true, description: 'Set while archived (restorable)' })
  deletedAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => ID, { nullable: true, description: 'Bookings made together share it' })
  seriesId: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  // Resolved in resolver.ts: service, location, customers, instructor, equipment, price, ...
  locationId: string;
  serviceId: string;
  instructorId: string | null;
  roomId: string | null;
  unitPriceMinor: number;
  priceMinor: number;
  currency: string;
  cancellationFeeMinor: number | null;
}

@ObjectType()
export class BookingConnection extends Connection(Booking) {}

@ObjectType()
export class BookingChange {
  @Field(() => BookingChangeKindEnum)
  kind: BookingChangeKind;

  @Field(() => Booking)
  booking: Booking;
}

@ObjectType({ description: 'What cancelling now would cost under the service’s policy' })
export class CancellationQuote {
  @Field(() => Int, { description: 'Hours before the start until which cancelling is free' })
  freeUntilHours: number;

  @Field(() => Date, { description: 'Until when cancelling is free' })
  freeUntil: Date;

  @Field(() => Boolean, { description: 'Whether cancelling now is late (a fee applies)' })
  late: boolean;

  feeMinor: number;
  currency: string;
}

@ObjectType({ description: 'A place on the waiting list of a full group session' })
export class WaitlistEntry {
  @Field(() => ID)
  id: string;

  @Field(() => WaitlistStatusEnum)
  status: WaitlistStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  offeredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until when an offered place is held' })
  offerExpiresAt: Date | null;

  bookingId: string;
  customerId: string;
}

/** What a single booking and a recurring series ask alike (inherited; never used alone). */
@InputType()
abstract class BookingRequestFields {
  @Field(() => ID)
  serviceId: string;

  @Field(() => [ID])
  @ArrayMaxSize(50)
  customerIds: string[];

  @Field(() => ID, { nullable: true })
  instructorId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  equipmentIds?: string[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [EquipmentNeedInput], {
    nullable: true,
    description: 'Items to pick free by category and size when no equipmentIds are given',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  equipment?: EquipmentNeedInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Staff: book as PENDING' })
  pending?: boolean | null;
}

@InputType()
export class CreateBookingInput extends BookingRequestFields {
  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Staff: a longer or shorter time than the service’s duration',
  })
  endsAt?: Date | null;
}

@InputType({ description: 'The same booking at several times, made all together or not at all' })
export class CreateRecurringBookingsInput extends BookingRequestFields {
  @Field(() => [Date], { description: 'Each start (at most 60)' })
  @ArrayMaxSize(60)
  startsAt: Date[];
}

@InputType()
export class UpdateBookingInput {
  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => ID, { nullable: true })
  instructorId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  equipmentIds?: string[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => Date, { nullable: true, description: 'A new end (resize); else the length is kept' })
  endsAt?: Date | null;
}

@InputType()
export class BookingFilter {
  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  instructorId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => [BookingStatusEnum], { nullable: true })
  status?: BookingStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: archived bookings only' })
  deleted?: boolean | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'KITE, WING, …' })
  discipline?: string | null;
}

/** Relay arguments of `bookings`: pages up to 1,000, so a calendar week is one request. */
@ArgsType()
export class BookingPageArgs {
  @Field(() => Int, { nullable: true, description: 'How many bookings, 1 to 1000 (default 100)' })
  @Min(1)
  @Max(1000)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}
