import { IsOptional, IsTimeZone, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class OpeningHoursEntry {
  @Field(() => Int)
  weekday: number;

  @Field(() => String)
  open: string;

  @Field(() => String)
  close: string;
}

@ObjectType({
  description: 'A place where the school operates, with its own time zone and currency',
})
export class Location {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Istanbul' })
  timezone: string;

  @Field(() => String, { description: 'ISO 4217 currency code, e.g. TRY' })
  currency: string;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => [OpeningHoursEntry], { description: 'Local time, one range a day' })
  openingHours: OpeningHoursEntry[];

  @Field(() => Int, { description: 'VAT in basis points: 2000 = 20 %' })
  taxRateBasisPoints: number;

  @Field(() => Boolean, { description: 'Whether prices include the tax' })
  taxInclusive: boolean;

  @Field(() => [String], { description: 'Accepted: CASH, CARD, BANK_TRANSFER, WALLET' })
  paymentMethods: string[];
}

@InputType()
export class OpeningHoursInput {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  weekday: number;

  @Field(() => String, { description: 'HH:MM' })
  open: string;

  @Field(() => String, { description: 'HH:MM' })
  close: string;
}

@InputType()
export class UpdateLocationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 120)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTimeZone()
  timezone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Replaces the week' })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => Int, { nullable: true })
  taxRateBasisPoints?: number | null;

  @Field(() => Boolean, { nullable: true })
  taxInclusive?: boolean | null;

  @Field(() => [String], { nullable: true })
  paymentMethods?: string[] | null;
}

@InputType({ description: 'A new location: name, time zone and currency, and any setting' })
export class CreateLocationInput {
  @Field(() => String)
  @Length(2, 120)
  name: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Istanbul' })
  @IsTimeZone()
  timezone: string;

  @Field(() => String, { description: 'ISO 4217 code; fixed once the location exists' })
  currency: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [OpeningHoursInput], { nullable: true })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Default 2000 (20 %)' })
  taxRateBasisPoints?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true' })
  taxInclusive?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Default: every method' })
  paymentMethods?: string[] | null;
}
