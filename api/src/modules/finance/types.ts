import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Money } from '../money/types.js';
import { AGES, GRANULARITIES, type Age, type Granularity } from './buckets.js';

export const FinanceGranularityEnum = Object.fromEntries(GRANULARITIES.map((g) => [g, g])) as {
  [K in Granularity]: K;
};
registerEnumType(FinanceGranularityEnum, {
  name: 'FinanceGranularity',
  description:
    "Periods of the dashboard: days, ISO weeks (Monday–Sunday) or calendar months, in each location's zone",
});

export const ReceivableAgeEnum = Object.fromEntries(AGES.map((a) => [a, a])) as {
  [K in Age]: K;
};
registerEnumType(ReceivableAgeEnum, {
  name: 'ReceivableAge',
  description:
    "Days since the oldest unpaid line of a customer's balance: 0–7, 8–30, 31–90, over 90",
});

@InputType()
export class FinanceDashboardInput {
  @Field(() => ID, { nullable: true, description: 'One location; every location when absent' })
  @IsOptional()
  locationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Money in this ISO 4217 currency only (and the locations that take it)',
  })
  @IsOptional()
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency?: string | null;

  @Field(() => LocalDateScalar, { description: "First day, in the locations' local calendar" })
  from: string;

  @Field(() => LocalDateScalar, {
    description: 'Last day, included; at most 731 days after `from`',
  })
  to: string;

  @Field(() => FinanceGranularityEnum)
  @IsIn([...GRANULARITIES])
  granularity: Granularity;
}

@ObjectType({ description: 'One period of the dashboard, local dates, both ends included' })
export class FinancePeriod {
  @Field(() => LocalDateScalar)
  start: string;

  @Field(() => LocalDateScalar)
  end: string;
}

@ObjectType({ description: 'Money figures of one period (or the whole range) in one currency' })
export class FinanceMoneyPoint {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The period; null on totals' })
  start: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  end: string | null;

  @Field(() => Money, {
    description:
      'Net of tax: credits to the revenue accounts (package expiry included) less reversals, by when posted',
  })
  revenue: Money;

  @Field(() => Money, { description: 'Money into cash, card and bank less refunds paid out' })
  takings: Money;

  @Field(() => Money, {
    description:
      'Prices of the bookings taking place in the period (cancelled and archived aside) plus cancellation fees',
  })
  bookingValue: Money;

  @Field(() => Money, { description: 'Cancellation fees within bookingValue' })
  cancellationFees: Money;
}

@ObjectType()
export class FinanceAgingBucket {
  @Field(() => ReceivableAgeEnum)
  age: Age;

  @Field(() => Money)
  amount: Money;

  @Field(() => Int, { description: 'Customers whose balance falls in this bucket' })
  debtors: number;
}

@ObjectType({ description: 'A customer who owes money' })
export class FinanceDebtor {
  @Field(() => ID)
  customerId: string;

  @Field(() => String)
  name: string;

  @Field(() => Money)
  balance: Money;

  @Field(() => Date, { description: 'When the oldest line still unpaid was posted' })
  oldestUnpaidAt: Date;

  @Field(() => Int)
  ageDays: number;
}

@ObjectType({ description: 'What customers owe in one currency' })
export class FinanceReceivables {
  @Field(() => Money)
  total: Money;

  @Field(() => Int)
  debtors: number;

  @Field(() => [FinanceAgingBucket])
  aging: FinanceAgingBucket[];

  @Field(() => [FinanceDebtor], { description: 'The largest balances, at most 10' })
  topDebtors: FinanceDebtor[];
}

@ObjectType({ description: 'The money figures of one currency' })
export class FinanceCurrencyFigures {
  @Field(() => String)
  currency: string;

  @Field(() => [FinanceMoneyPoint], { description: 'One per period, in order' })
  points: FinanceMoneyPoint[];

  @Field(() => FinanceMoneyPoint)
  totals: FinanceMoneyPoint;

  @Field(() => FinanceReceivables)
  receivables: FinanceReceivables;
}

@ObjectType()
export class InstructorUtilisation {
  @Field(() => ID)
  instructorId: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: 'Minutes of bookings not cancelled, within the range' })
  bookedMinutes: number;

  @Field(() => Int, { description: 'Minutes of weekly hours in the range, less time off' })
  workingMinutes: number;

  @Field(() => Float, {
    nullable: true,
    description: 'booked / working; null without working hours; above 1 when booked beyond them',
  })
  ratio: number | null;
}

@ObjectType({ description: 'Bookings created against those that reached confirmation' })
export class FinanceConversionPoint {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The period; null on the total' })
  start: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  end: string | null;

  @Field(() => Int, { description: 'Bookings created, any status (archived ones aside)' })
  started: number;

  @Field(() => Int, { description: 'Of those, the ones that reached CONFIRMED or later' })
  confirmed: number;

  @Field(() => Float, {
    nullable: true,
    description: 'confirmed / started; null when none started',
  })
  ratio: number | null;
}

@ObjectType({ description: 'The finance dashboard of a location (or all) over a range of dates' })
export class FinanceDashboard {
  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar)
  to: string;

  @Field(() => FinanceGranularityEnum)
  granularity: Granularity;

  @Field(() => ID, { nullable: true })
  locationId: string | null;

  @Field(() => String, { nullable: true })
  currency: string | null;

  @Field(() => Date, {
    description: 'When receivables are read: now, or the end of `to` if earlier',
  })
  asOf: Date;

  @Field(() => [FinancePeriod])
  periods: FinancePeriod[];

  @Field(() => [FinanceCurrencyFigures], { description: 'Per currency, by code' })
  currencies: FinanceCurrencyFigures[];

  @Field(() => [InstructorUtilisation], { description: 'Busiest first' })
  utilisation: InstructorUtilisation[];

  @Field(() => [FinanceConversionPoint], { description: 'One per period, in order' })
  conversion: FinanceConversionPoint[];

  @Field(() => FinanceConversionPoint)
  conversionTotal: FinanceConversionPoint;
}
