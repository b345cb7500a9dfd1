import { IsInt, Length, Matches, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

/** An amount in integer minor units (kuruş, cents) with its ISO 4217 currency. */
@ObjectType({ description: 'An amount with its currency, and how to show it' })
export class Money {
  @Field(() => Int, { description: 'Minor units: 150000 TRY is 1,500.00 TRY' })
  amountMinor: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. TRY, EUR' })
  currency: string;

  @Field(() => String, { description: "Formatted in the caller's language, e.g. ₺1.500,00" })
  formatted: string;
}

@InputType()
export class MoneyInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  amountMinor: number;

  @Field(() => String)
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency: string;
}
