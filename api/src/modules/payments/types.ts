import { IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { PAYMENT_METHODS, type PaymentMethod } from '../locations/schema.js';
import { Money, MoneyInput } from '../money/types.js';
import { PAYMENT_KINDS, type PaymentKind } from './schema.js';

/**
 * An optional text of an input, up to 2000 characters (longer is refused as
 * BAD_USER_INPUT): `String` in the schema, nullable.
 */
export function OptionalTextField(): PropertyDecorator {
  return (target, key) => {
    // Applied in the order the stacked decorators were: bottom first.
    MaxLength(2000)(target, key);
    IsOptional()(target, key);
    Field(() => String, { nullable: true })(target, key);
  };
}

/** A write's idempotency key: 1 to 400 characters, `String!` in the schema. */
export function IdempotencyKeyField(description?: string): PropertyDecorator {
  return (target, key) => {
    Length(1, 400)(target, key);
    Field(() => String, description === undefined ? undefined : { description })(target, key);
  };
}

export const PaymentMethodEnum = Object.fromEntries(PAYMENT_METHODS.map((s) => [s, s])) as {
  [K in PaymentMethod]: K;
};
registerEnumType(PaymentMethodEnum, {
  name: 'PaymentMethod',
  description: 'How money was taken: cash, card, bank transfer, or from the customer’s wallet',
});

export const PaymentKindEnum = Object.fromEntries(PAYMENT_KINDS.map((s) => [s, s])) as {
  [K in PaymentKind]: K;
};
registerEnumType(PaymentKindEnum, {
  name: 'PaymentKind',
  description:
    'PAYMENT (for a booking or on account), TOP_UP (into the wallet), PACKAGE_SALE, VOUCHER_SALE, REFUND (money given back)',
});

@ObjectType({ description: 'Money taken from a customer, or given back (a REFUND)' })
export class Payment {
  @Field(() => ID)
  id: string;

  @Field(() => Money, { description: 'Always positive; `kind` says which way it went' })
  amount: Money;

  @Field(() => PaymentMethodEnum)
  method: PaymentMethod;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => PaymentKindEnum)
  kind: PaymentKind;

  @Field(() => String, { nullable: true, description: 'A card slip or transfer reference' })
  reference: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  bookingId: string | null;
  customerId: string;
  locationId: string;
  refundOfId: string | null;
  amountMinor: number;
  currency: string;
}

@ObjectType()
export class PaymentConnection extends Connection(Payment) {}

@InputType()
export class PaymentFilter {
  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  bookingId?: string | null;

  @Field(() => PaymentKindEnum, { nullable: true })
  kind?: PaymentKind | null;

  @Field(() => PaymentMethodEnum, { nullable: true })
  method?: PaymentMethod | null;

  @Field(() => Date, { nullable: true, description: 'Taken at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Taken before' })
  to?: Date | null;
}

@ArgsType()
export class PaymentPageArgs extends PageArgs {}

@InputType()
export class RecordPaymentInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => ID, { nullable: true })
  bookingId?: string | null;

  @Field(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => PaymentMethodEnum)
  method: PaymentMethod;

  @IdempotencyKeyField(
    'One per payment attempt (a UUID): the same key again returns the first payment',
  )
  idempotencyKey: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Where the money was taken, for a payment without a booking',
  })
  locationId?: string | null;

  @OptionalTextField()
  reference?: string | null;

  @OptionalTextField()
  note?: string | null;
}

@InputType()
export class TopUpWalletInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => PaymentMethodEnum)
  method: PaymentMethod;

  @IdempotencyKeyField()
  idempotencyKey: string;

  @OptionalTextField()
  reference?: string | null;

  @OptionalTextField()
  note?: string | null;
}

@InputType()
export class RefundPaymentInput {
  @Field(() => ID)
  paymentId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Minor units; everything not yet refunded when left out',
  })
  amountMinor?: number | null;

  @IdempotencyKeyField()
  idempotencyKey: string;

  @OptionalTextField()
  reason?: string | null;
}

@ObjectType({ description: 'What a booking costs, what was paid towards it and what is still due' })
export class BookingBalance {
  @Field(() => Money, {
    description: 'The gross price until the booking is finished, then what was charged',
  })
  price: Money;

  @Field(() => Money, { description: 'Paid, net of refunds' })
  paid: Money;

  @Field(() => Money, {
    description: 'Still owed; negative when more was paid than it finally cost',
  })
  due: Money;

  @Field(() => Boolean, {
    description: 'Whether the price is final (completed, no-show or cancelled)',
  })
  charged: boolean;

  @Field(() => Money, {
    description:
      'Until the price is final: the part participants’ packages will cover (left out of price)',
  })
  packageCovered: Money;
}
