import { IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import type { PaymentMethod } from '../locations/schema.js';
import { MoneyInput } from '../money/types.js';
import { IdempotencyKeyField, OptionalTextField, PaymentMethodEnum } from '../payments/types.js';
import {
  CUSTOMER_PACKAGE_STATUSES,
  VOUCHER_STATUSES,
  type CustomerPackageStatus,
  type VoucherStatus,
} from './rules.js';
import { VOUCHER_KINDS, type VoucherKind } from './schema.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CustomerPackageStatusEnum = enumOf(CUSTOMER_PACKAGE_STATUSES);
registerEnumType(CustomerPackageStatusEnum, {
  name: 'CustomerPackageStatus',
  description:
    'ACTIVE (usable), USED_UP (nothing left), EXPIRED (past its date), AWAITING_REDEMPTION (a gift whose code nobody redeemed yet)',
});

export const VoucherKindEnum = enumOf(VOUCHER_KINDS);
registerEnumType(VoucherKindEnum, {
  name: 'VoucherKind',
  description: 'GIFT_PACKAGE (a package given with a code) or CREDIT (an amount for the wallet)',
});

export const VoucherStatusEnum = enumOf(VOUCHER_STATUSES);
registerEnumType(VoucherStatusEnum, { name: 'VoucherStatus' });

const PACKAGE_UNITS = ['MINUTES', 'SESSIONS'] as const;
export type PackageUnit = (typeof PACKAGE_UNITS)[number];
export const PackageUnitEnum = enumOf(PACKAGE_UNITS);
registerEnumType(PackageUnitEnum, {
  name: 'PackageUnit',
  description: 'Lesson time is counted in minutes, everything else in sessions',
});

@ObjectType({ description: 'What a sold package holds of one service, and what is left of it' })
export class CustomerPackageItem {
  @Field(() => PackageUnitEnum)
  unit: PackageUnit;

  @Field(() => Int, { description: 'What it held when sold (minutes or sessions)' })
  units: number;

  @Field(() => Int)
  used: number;

  @Field(() => Int)
  remaining: number;

  serviceId: string;
}

@ObjectType({ description: 'A use of a package by one participant of a completed booking' })
export class PackageUsage {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Minutes of a lesson, or one session' })
  units: number;

  @Field(() => Date)
  usedAt: Date;

  serviceId: string;
  bookingId: string;
  customerId: string;
  valueMinor: number;
  customerPackageId: string;
}

@ObjectType({ description: 'A package a customer bought or was given, used by completed lessons' })
export class CustomerPackage {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => CustomerPackageStatusEnum)
  status: CustomerPackageStatus;

  @Field(() => Date)
  purchasedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while a gift awaits redemption' })
  expiresAt: Date | null;

  @Field(() => Int, { description: 'Days of use, counted from purchase (a gift: from redemption)' })
  validityDays: number;

  @Field(() => Int, { description: 'Lesson minutes left, every lesson item together' })
  remainingMinutes: number;

  @Field(() => Int, { description: 'Sessions of other services left' })
  remainingSessions: number;

  items: CustomerPackageItem[];
  locationId: string;
  holderId: string | null;
  buyerId: string;
  priceMinor: number;
  currency: string;
  remainingValueMinor: number;
}

@ObjectType({ description: 'A code to redeem: a gift package, or credit for the wallet' })
export class Voucher {
  @Field(() => ID)
  id: string;

  @Field(() => VoucherKindEnum)
  kind: VoucherKind;

  @Field(() => String, { nullable: true })
  recipientName: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => Date)
  issuedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Redeemable until then; null: no end' })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  redeemedAt: Date | null;

  code: string;
  locationId: string;
  customerPackageId: string | null;
  amountMinor: number | null;
  currency: string | null;
  buyerId: string | null;
  redeemedById: string | null;
  expiredAt: Date | null;
}

@ObjectType()
export class VoucherConnection extends Connection(Voucher) {}

@ObjectType({ description: 'A package sold: the payment, the package and its gift code, if any' })
export class PackageSale {
  customerPackageId: string | null;
  voucherId: string | null;
}

@ObjectType({ description: 'A credit voucher sold: the payment and the voucher' })
export class VoucherSale {
  voucherId: string | null;
}

@InputType({
  description: 'A package sold as a gift: who it is for, and until when its code works',
})
export class GiftInput {
  @OptionalTextField()
  recipientName?: string | null;

  @OptionalTextField()
  message?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The code can be redeemed until then; no end when left out',
  })
  codeExpiresAt?: Date | null;
}

@InputType()
export class SellPackageInput {
  @Field(() => ID, { description: 'A package of the catalog' })
  packageId: string;

  @Field(() => ID, { description: 'Who pays' })
  buyerId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who uses it: the buyer when left out, or a dependent of theirs',
  })
  holderId?: string | null;

  @Field(() => PaymentMethodEnum, { description: 'WALLET pays from the buyer’s wallet' })
  method: PaymentMethod;

  @IdempotencyKeyField('One per sale attempt (a UUID): a retry returns the first sale')
  idempotencyKey: string;

  @Field(() => GiftInput, {
    nullable: true,
    description: 'Sell it as a gift: a code instead of a holder (catalog gift packages always are)',
  })
  asGift?: GiftInput | null;
}

@InputType()
export class IssueVoucherInput {
  @Field(() => ID)
  locationId: string;

  @Field(() => MoneyInput, { description: 'The credit it gives, in the location’s currency' })
  amount: MoneyInput;

  @Field(() => ID, { description: 'Who pays for it' })
  buyerId: string;

  @Field(() => PaymentMethodEnum)
  method: PaymentMethod;

  @IdempotencyKeyField()
  idempotencyKey: string;

  @OptionalTextField()
  recipientName?: string | null;

  @OptionalTextField()
  message?: string | null;

  @Field(() => Date, { nullable: true, description: 'Redeemable until then; no end when left out' })
  expiresAt?: Date | null;
}

@InputType()
export class RedeemVoucherInput {
  @Field(() => String, { description: 'As printed; case, spaces and dashes do not matter' })
  @Length(1, 64)
  code: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Whose it becomes: your own record when left out (or a dependent’s); staff must name one',
  })
  customerId?: string | null;
}

@InputType()
export class VoucherFilter {
  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => VoucherKindEnum, { nullable: true })
  kind?: VoucherKind | null;

  @Field(() => VoucherStatusEnum, { nullable: true })
  status?: VoucherStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of a code or of the recipient’s name' })
  @IsOptional()
  @MaxLength(120)
  search?: string | null;
}

@ArgsType()
export class VoucherPageArgs extends PageArgs {}
