import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, localeOf } from '../../graphql/context.js';
import { money } from '../money/format.js';
import * as finance from './service.js';
import { FinanceDashboard, FinanceDashboardInput } from './types.js';

/** The service's figures as the schema's types: minor units become Money. */
function present(d: finance.FinanceDashboard, locale: string): FinanceDashboard {
  const point = (
    currency: string,
    p: finance.MoneyFigures,
    period?: { start: string; end: string },
  ) => ({
    start: period?.start ?? null,
    end: period?.end ?? null,
    revenue: money(p.revenueMinor, currency, locale),
    takings: money(p.takingsMinor, currency, locale),
    bookingValue: money(p.bookingValueMinor, currency, locale),
    cancellationFees: money(p.cancellationFeesMinor, currency, locale),
  });
  return {
    from: d.from,
    to: d.to,
    granularity: d.granularity,
    locationId: d.location?.id ?? null,
    currency: d.currency,
    asOf: d.asOf,
    periods: d.buckets,
    currencies: d.currencies.map((c) => ({
      currency: c.currency,
      points: c.points.map((p, i) => point(c.currency, p, d.buckets[i])),
      totals: point(c.currency, c.totals),
      receivables: {
        total: money(c.receivables.totalMinor, c.currency, locale),
        debtors: c.receivables.debtors,
        aging: c.receivables.aging.map((a) => ({
          age: a.age,
          amount: money(a.amountMinor, c.currency, locale),
          debtors: a.debtors,
        })),
        topDebtors: c.receivables.topDebtors.map((t) => ({
          customerId: t.customerId,
          name: t.name,
          balance: money(t.balanceMinor, c.currency, locale),
          oldestUnpaidAt: t.oldestUnpaidAt,
          ageDays: t.ageDays,
        })),
      },
    })),
    utilisation: d.utilisation,
    conversion: d.conversion.points.map((p, i) => ({ ...p, ...d.buckets[i]! })),
    conversionTotal: {
      start: null,
      end: null,
      started: d.conversion.started,
      confirmed: d.conversion.confirmed,
      ratio: d.conversion.ratio,
    },
  };
}

@Resolver(() => FinanceDashboard)
export class FinanceResolver {
  @Query(() => FinanceDashboard, {
    description:
      'Revenue against booking value, receivables, instructor utilisation and conversion over a range (managers)',
  })
  async financeDashboard(
    @Arg('input', () => FinanceDashboardInput) input: FinanceDashboardInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return present(await finance.financeDashboard({ ctx, input }), localeOf(ctx));
  }
}
