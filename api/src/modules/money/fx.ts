import { and, desc, eq, lte, or } from 'drizzle-orm';
import { currencyExponent, isCurrencyCode } from '@plannivo/schema/currencies';
import type { ServiceContext } from '../../context.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { localDateOf } from '../availability/time.js';
import { customersTable } from '../customers/schema.js';
import { locationsTable } from '../locations/schema.js';
import { postJournal } from './ledger.js';
import {
  fxConversionsTable,
  fxRatesTable,
  type FxConversionRow,
  type FxRateRow,
} from './schema.js';

/** Rates are stored with 8 decimals: `numeric(20, 8)`. */
const RATE_SCALE = 8;
const RATE_PATTERN = /^\d{1,12}(\.\d{1,8})?$/;

/** A decimal rate as an integer count of 10⁻⁸ units, exactly (no floats). */
export function rateUnits(rate: string): bigint {
  const [whole, fraction = ''] = rate.split('.');
  return (
    BigInt(whole!) * 10n ** BigInt(RATE_SCALE) +
    BigInt(fraction.padEnd(RATE_SCALE, '0').slice(0, RATE_SCALE))
  );
}

/** Integer division rounding half away from zero. */
function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * Converts minor units of `from` into minor units of `to` at `rate` (units of `to` per unit
 * of `from`), minding each currency's exponent: 100.00 EUR at 38.25 → 3825.00 TRY, 1000 JPY at
 * 0.00616 → 6.16 EUR, 10.000 KWD at 3.0 → 30.00 USD. Exact decimal arithmetic, half away from zero.
 * With `inverse`, the rate is read the other way (units of `from` per unit of `to`).
 */
export function convertMinor(
  amountMinor: number,
  from: string,
  to: string,
  rate: string,
  inverse = false,
) {
  const units = rateUnits(rate);
  const scale = 10n ** BigInt(RATE_SCALE);
  const shift = currencyExponent(to) - currencyExponent(from);
  let numerator = BigInt(amountMinor) * (inverse ? scale : units);
  let denominator = inverse ? units : scale;
  if (shift > 0) numerator *= 10n ** BigInt(shift);
  if (shift < 0) denominator *= 10n ** BigInt(-shift);
  return Number(divRound(numerator, denominator));
}

export interface SetFxRateInput {
  base: string;
  quote: string;
  rate: string;
  validOn: string;
}

/**
 * Enters a dated exchange rate (management): one per pair and day — a second one the same day
 * replaces it (conversions keep the rate they used). Audited.
 * Errors: BAD_USER_INPUT on base/quote (not ISO 4217, or the same), rate (not a positive
 * decimal with at most 8 places), validOn (not a date).
 */
export async function setFxRate({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SetFxRateInput;
}): Promise<FxRateRow> {
  const fields: FieldErrors = {};
  if (!isCurrencyCode(input.base)) fields.base = 'is not an ISO 4217 currency';
  if (!isCurrencyCode(input.quote)) fields.quote = 'is not an ISO 4217 currency';
  else if (input.base === input.quote) fields.quote = 'must differ from the base currency';
  if (!RATE_PATTERN.test(input.rate) || rateUnits(input.rate) === 0n)
    fields.rate = 'must be a positive decimal with at most 8 decimals, e.g. 38.25';
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(input.validOn) ||
    Number.isNaN(Date.parse(`${input.validOn}T00:00:00Z`))
  )
    fields.validOn = 'must be a date, YYYY-MM-DD';
  if (Object.keys(fields).length) throw badInput(fields);
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(fxRatesTable)
      .values({ ...input, createdBy: ctx.viewer?.userId ?? null, createdAt: ctx.now() })
      .onConflictDoUpdate({
        target: [fxRatesTable.base, fxRatesTable.quote, fxRatesTable.validOn],
        set: { rate: input.rate, createdBy: ctx.viewer?.userId ?? null, createdAt: ctx.now() },
      })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'fx_rate.set', entityType: 'fx_rate', entityId: row!.id, data: { ...input } },
      ctx.now(),
    );
    return row!;
  });
}

/** Entered rates, newest day first, optionally of one pair (either direction). */
export async function listFxRates({
  ctx,
  base,
  quote,
  limit = 100,
}: {
  ctx: ServiceContext;
  base?: string | null;
  quote?: string | null;
  limit?: number;
}) {
  return ctx.db
    .select()
    .from(fxRatesTable)
    .where(
      base && quote
        ? or(
            and(eq(fxRatesTable.base, base), eq(fxRatesTable.quote, quote)),
            and(eq(fxRatesTable.base, quote), eq(fxRatesTable.quote, base)),
          )
        : base
          ? or(eq(fxRatesTable.base, base), eq(fxRatesTable.quote, base))
          : undefined,
    )
    .orderBy(desc(fxRatesTable.validOn), fxRatesTable.base, fxRatesTable.quote)
    .limit(Math.min(Math.max(limit, 1), 500));
}

/** The newest rate for a pair on or before `day`, entered either way round. */
export async function rateFor(db: ServiceContext['db'], from: string, to: string, day: string) {
  const [row] = await db
    .select()
    .from(fxRatesTable)
    .where(
      and(
        lte(fxRatesTable.validOn, day),
        or(
          and(eq(fxRatesTable.base, from), eq(fxRatesTable.quote, to)),
          and(eq(fxRatesTable.base, to), eq(fxRatesTable.quote, from)),
        ),
      ),
    )
    .orderBy(desc(fxRatesTable.validOn), desc(fxRatesTable.createdAt))
    .limit(1);
  return row ? { row, inverse: row.base !== from } : null;
}

export interface ConvertWalletInput {
  customerId: string;
  locationId: string;
  from: { amountMinor: number; currency: string };
  toCurrency: string;
}

/**
 * Moves part of a customer's wallet from one currency to another (management) at the newest
 * rate entered on or before today at the location, stored with the conversion. Each
 * currency's side balances through FX_CLEARING. Audited.
 * Errors: BAD_USER_INPUT on from.amountMinor (not positive, or more than the wallet holds —
 * reason INSUFFICIENT_FUNDS), currencies, customerId, locationId; on toCurrency with reason
 * NO_FX_RATE when no rate is entered for the pair.
 */
export async function convertWalletCurrency({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ConvertWalletInput;
}): Promise<FxConversionRow> {
  const fields: FieldErrors = {};
  if (!Number.isSafeInteger(input.from.amountMinor) || input.from.amountMinor <= 0)
    fields['from.amountMinor'] = 'must be a whole number of minor units above zero';
  if (!isCurrencyCode(input.from.currency)) fields['from.currency'] = 'is not an ISO 4217 currency';
  if (!isCurrencyCode(input.toCurrency)) fields.toCurrency = 'is not an ISO 4217 currency';
  else if (input.toCurrency === input.from.currency)
    fields.toCurrency = 'must differ from the wallet currency';
  const [customer] = isUuid(input.customerId)
    ? await ctx.db
        .select({ id: customersTable.id })
        .from(customersTable)
        .where(eq(customersTable.id, input.customerId))
    : [];
  if (!customer) fields.customerId = 'is not a customer';
  const [location] = isUuid(input.locationId)
    ? await ctx.db.select().from(locationsTable).where(eq(locationsTable.id, input.locationId))
    : [];
  if (!location) fields.locationId = 'is not a location';
  if (Object.keys(fields).length) throw badInput(fields);
  const day = localDateOf(ctx.now(), location!.timezone).date;
  const rate = await rateFor(ctx.db, input.from.currency, input.toCurrency, day);
  if (!rate) {
    throw badInput(
      {
        toCurrency: `no ${input.from.currency}/${input.toCurrency} rate is entered on or before ${day}`,
      },
      'No exchange rate',
    );
  }
  const toAmount = convertMinor(
    input.from.amountMinor,
    input.from.currency,
    input.toCurrency,
    rate.row.rate,
    rate.inverse,
  );
  if (toAmount <= 0) throw badInput({ 'from.amountMinor': 'converts to nothing at this rate' });
  return withTransaction(ctx.db, async (tx) => {
    const entry = await postJournal(tx, {
      locationId: location!.id,
      kind: 'FX_CONVERSION',
      occurredAt: ctx.now(),
      customerId: customer!.id,
      createdBy: ctx.viewer?.userId ?? null,
      memo: `${input.from.currency} → ${input.toCurrency} at ${rate.row.rate}${rate.inverse ? ' (inverse)' : ''}`,
      lines: [
        {
          account: 'CUSTOMER_WALLET',
          amountMinor: input.from.amountMinor,
          currency: input.from.currency,
          customerId: customer!.id,
        },
        {
          account: 'FX_CLEARING',
          amountMinor: -input.from.amountMinor,
          currency: input.from.currency,
        },
        { account: 'FX_CLEARING', amountMinor: toAmount, currency: input.toCurrency },
        {
          account: 'CUSTOMER_WALLET',
          amountMinor: -toAmount,
          currency: input.toCurrency,
          customerId: customer!.id,
        },
      ],
    });
    const [conversion] = await tx
      .insert(fxConversionsTable)
      .values({
        journalId: entry.id,
        customerId: customer!.id,
        fromCurrency: input.from.currency,
        fromAmountMinor: input.from.amountMinor,
        toCurrency: input.toCurrency,
        toAmountMinor: toAmount,
        rate: rate.row.rate,
        rateId: rate.row.id,
        rateValidOn: rate.row.validOn,
        createdAt: ctx.now(),
      })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'wallet.converted',
        entityType: 'customer',
        entityId: customer!.id,
        data: {
          ...input.from,
          toCurrency: input.toCurrency,
          toAmountMinor: toAmount,
          rate: rate.row.rate,
          rateValidOn: rate.row.validOn,
        },
      },
      ctx.now(),
    );
    return conversion!;
  });
}
