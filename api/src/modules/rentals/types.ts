import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import {
  DEPOSIT_METHODS,
  RENTAL_STATUSES,
  type DepositMethod,
  type RentalStatus,
} from './schema.js';

export const RentalStatusEnum = Object.fromEntries(RENTAL_STATUSES.map((s) => [s, s])) as {
  [K in RentalStatus]: K;
};
registerEnumType(RentalStatusEnum, {
  name: 'RentalStatus',
  description: 'OUT while any item is out; RETURNED when every item is back',
});

export const DepositMethodEnum = Object.fromEntries(DEPOSIT_METHODS.map((s) => [s, s])) as {
  [K in DepositMethod]: K;
};
registerEnumType(DepositMethodEnum, {
  name: 'DepositMethod',
  description: 'How the deposit was taken: none, cash, card, or an ID document held',
});

@ObjectType({
  description:
    'A rental contract: gear handed to a customer with or without a lesson, the terms signed, the deposit',
})
export class Rental {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Numbered per location without gaps: 1, 2, 3, …' })
  number: number;

  @Field(() => RentalStatusEnum)
  status: RentalStatus;

  @Field(() => Date)
  checkedOutAt: Date;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the last item came back' })
  returnedAt: Date | null;

  @Field(() => DepositMethodEnum)
  depositMethod: DepositMethod;

  @Field(() => Date, { nullable: true, description: 'When the deposit was settled' })
  depositReturnedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The version of the RENTAL terms signed' })
  termsVersion: number | null;

  @Field(() => String, { description: 'The name the customer typed under the signature' })
  signerName: string;

  @Field(() => Date)
  signedAt: Date;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Date)
  createdAt: Date;

  // Resolved in resolver.ts: location, customer, booking, items, overdue, deposit, urls.
  locationId: string;
  customerId: string;
  bookingId: string | null;
  termsDocumentId: string | null;
  depositAmount: number;
  depositCurrency: string;
  depositRetained: number;
  signatureKey: string;
}

@ObjectType()
export class RentalConnection extends Connection(Rental) {}

@ObjectType({ description: 'One item of a rental, with its condition out and back' })
export class RentalItem {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  conditionOut: string | null;

  @Field(() => String, { nullable: true })
  conditionIn: string | null;

  @Field(() => Boolean)
  damaged: boolean;

  @Field(() => String, { nullable: true, description: 'What was wrong (the repair task notes)' })
  damageNotes: string | null;

  @Field(() => ID, { nullable: true, description: 'The repair task the damage opened' })
  repairTaskId: string | null;

  @Field(() => Date, { nullable: true })
  returnedAt: Date | null;

  // Resolved in resolver.ts: equipment, damageCharge.
  rentalId: string;
  equipmentId: string;
  damageCharge: number;
  currency: string;
}

@InputType({ description: 'The money a deposit is, and how it was taken' })
export class DepositInput {
  @Field(() => Int, { description: 'Minor units; 0 with method NONE' })
  amountMinor: number;

  @Field(() => String, { description: "The location's currency" })
  currency: string;

  @Field(() => DepositMethodEnum)
  method: DepositMethod;
}

@InputType()
export class RentalItemOutInput {
  @Field(() => ID)
  equipmentId: string;

  @Field(() => String, { nullable: true, description: 'Condition when handed over' })
  conditionOut?: string | null;
}

@InputType({ description: 'Gear handed to a customer on a signed contract' })
export class CheckOutRentalInput {
  @Field(() => ID)
  locationId: string;

  @Field(() => ID)
  customerId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A lesson or rental booking whose gear this is: items it holds need no new hold',
  })
  bookingId?: string | null;

  @Field(() => [RentalItemOutInput], { description: '1 to 20 items' })
  items: RentalItemOutInput[];

  @Field(() => Date, { description: 'After now, within 30 days' })
  dueAt: Date;

  @Field(() => String, { description: 'The name the customer typed' })
  signerName: string;

  @Field(() => String, {
    description: 'The drawn signature as data:image/png;base64,… (at most 512 KB, not blank)',
  })
  signature: string;

  @Field(() => DepositInput)
  deposit: DepositInput;

  @Field(() => ID, { description: 'The current RENTAL legal document shown to the customer' })
  termsDocumentId: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType()
export class RentalItemInInput {
  @Field(() => ID)
  equipmentId: string;

  @Field(() => String, { nullable: true, description: 'Condition when returned' })
  conditionIn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Damaged: opens a repair task' })
  damaged?: boolean | null;

  @Field(() => String, { nullable: true })
  damageNotes?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'What the damage costs the customer, in minor units (recorded, not billed yet)',
  })
  damageCharge?: number | null;
}

@InputType({ description: 'Items of a rental coming back, all or some' })
export class CheckInRentalInput {
  @Field(() => ID)
  rentalId: string;

  @Field(() => [RentalItemInInput])
  items: RentalItemInInput[];

  @Field(() => Int, { nullable: true, description: 'Minor units of the deposit kept' })
  depositRetained?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The deposit was handed back now' })
  depositReturned?: boolean | null;
}

@InputType()
export class RentalFilter {
  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => RentalStatusEnum, { nullable: true })
  status?: RentalStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Out past the due time (or not)' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Part of the customer's name, or the number",
  })
  search?: string | null;
}

@ArgsType()
export class RentalPageArgs extends PageArgs {}
