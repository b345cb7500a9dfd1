import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Matches } from 'class-validator';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Customer } from '../customers/types.js';
import { Money, MoneyInput } from './types.js';

@ObjectType({ description: 'A line of a wallet statement' })
export class WalletLine {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    description: 'What moved it: WALLET_TOP_UP, WALLET_PAYMENT, REFUND, FX_CONVERSION, …',
  })
  kind: string;

  @Field(() => Money, { description: 'Positive into the wallet, negative out of it' })
  amount: Money;

  @Field(() => Money, {
    nullable: true,
    description: 'The balance in that currency after this line',
  })
  balanceAfter: Money | null;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  memo: string | null;

  @Field(() => ID, { nullable: true })
  bookingId: string | null;
}

@ObjectType({
  description: 'A customer’s prepaid credit: a balance per currency, summed from the ledger',
})
export class Wallet {
  @Field(() => Customer)
  customer: Customer;

  @Field(() => [Money], { description: 'One balance per currency ever held' })
  balances: Money[];

  @Field(() => [WalletLine], { description: 'The latest movements, newest first' })
  lines: WalletLine[];
}

@ObjectType({ description: 'An exchange rate entered by staff for a day' })
export class FxRate {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  base: string;

  @Field(() => String)
  quote: string;

  @Field(() => String, {
    description: 'Units of quote per unit of base, exact decimal (e.g. "38.25")',
  })
  rate: string;

  @Field(() => LocalDateScalar)
  validOn: string;
}

@InputType()
export class SetFxRateInput {
  @Field(() => String)
  base: string;

  @Field(() => String)
  quote: string;

  @Field(() => String, { description: 'Units of quote per unit of base, up to 8 decimals' })
  @Matches(/^[0-9.]{1,30}$/)
  rate: string;

  @Field(() => LocalDateScalar)
  validOn: string;
}

@ObjectType({ description: 'Part of a wallet moved to another currency, with the rate it used' })
export class FxConversion {
  @Field(() => ID)
  id: string;

  @Field(() => Money)
  from: Money;

  @Field(() => Money)
  to: Money;

  @Field(() => String)
  rate: string;

  @Field(() => LocalDateScalar, { description: 'The day of the rate used' })
  rateValidOn: string;

  @Field(() => Date)
  createdAt: Date;
}

@InputType()
export class ConvertWalletCurrencyInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => MoneyInput)
  from: MoneyInput;

  @Field(() => String)
  toCurrency: string;
}
