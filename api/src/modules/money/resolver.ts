import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, localeOf } from '../../graphql/context.js';
import { money } from './format.js';
import { convertWalletCurrency, listFxRates, setFxRate } from './fx.js';
import { getWallet } from './wallet.js';
import {
  ConvertWalletCurrencyInput,
  FxConversion,
  FxRate,
  SetFxRateInput,
  Wallet,
} from './wallet.types.js';

@Resolver()
export class WalletResolver {
  @Query(() => Wallet, {
    description: 'A customer’s wallet: a balance per currency, from the ledger',
  })
  async wallet(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('lines', () => Int, { nullable: true, defaultValue: 30 }) lines: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    const wallet = await getWallet({ ctx, customerId, lineCount: lines });
    const locale = localeOf(ctx);
    return {
      customer: wallet.customer,
      balances: wallet.balances.map((b) => money(b.amountMinor, b.currency, locale)),
      lines: wallet.lines.map((l) => ({
        id: String(l.id),
        kind: l.kind,
        memo: l.memo,
        bookingId: l.bookingId,
        occurredAt: l.occurredAt,
        // Credit-positive: money into the wallet reads positive.
        amount: money(-l.amountMinor || 0, l.currency, locale),
        balanceAfter: l.balanceAfter == null ? null : money(l.balanceAfter, l.currency, locale),
      })),
    };
  }

  @Query(() => [FxRate], { description: 'Exchange rates entered by staff, newest day first' })
  fxRates(
    @Arg('base', () => String, { nullable: true }) base: string | null,
    @Arg('quote', () => String, { nullable: true }) quote: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listFxRates({ ctx, base, quote });
  }

  @Mutation(() => FxRate, {
    description: 'Enters the rate of a currency pair for a day (replaces that day’s rate)',
  })
  setFxRate(@Arg('input', () => SetFxRateInput) input: SetFxRateInput, @Ctx() ctx: GraphQLContext) {
    return setFxRate({ ctx, input });
  }

  @Mutation(() => FxConversion, {
    description: 'Moves wallet money to another currency at the day’s rate',
  })
  async convertWalletCurrency(
    @Arg('input', () => ConvertWalletCurrencyInput) input: ConvertWalletCurrencyInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const row = await convertWalletCurrency({ ctx, input });
    const locale = localeOf(ctx);
    return {
      id: row.id,
      from: money(row.fromAmountMinor, row.fromCurrency, locale),
      to: money(row.toAmountMinor, row.toCurrency, locale),
      rate: row.rate,
      rateValidOn: row.rateValidOn,
      createdAt: row.createdAt,
    };
  }
}
