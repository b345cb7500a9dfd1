import {
  and,
  desc,
  eq,
  gt,
  ilike,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { isCurrencyCode } from '@plannivo/schema/currencies';
import type { AppDeps, ServiceContext } from '../../context.js';
import { escapeLike } from '../../db/like.js';
import { pageRequest, toPage, type Page } from '../../db/pagination.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import type { RateLimiter } from '../../platform/ratelimit.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { isManagement, ownCustomerIds } from '../bookings/scope.js';
import { customersTable } from '../customers/schema.js';
import type { PaymentMethod } from '../locations/schema.js';
import { postJournal } from '../money/ledger.js';
import { keyProblem, requestHash } from '../payments/idempotency.js';
import type { PaymentRow } from '../payments/schema.js';
import { onceFor, takePayment } from '../payments/service.js';
import { isCodeShape, normalizeCode } from './codes.js';
import { addDays, type VoucherStatus } from './rules.js';
import {
  customerPackagesTable,
  vouchersTable,
  type VoucherKind,
  type VoucherRow,
} from './schema.js';
import {
  activeCustomer,
  checkGiftText,
  checkMethod,
  freshVoucherCode,
  locationRow,
  textOrNull,
} from './shared.js';

export interface IssueVoucherInput {
  locationId: string;
  amount: { amountMinor: number; currency: string };
  /** Who pays for it (the receipt names them). */
  buyerId: string;
  method: PaymentMethod | string;
  idempotencyKey: string;
  recipientName?: string | null;
  message?: string | null;
  expiresAt?: Date | null;
}

/**
 * Sells a credit voucher (management): the buyer pays `amount` (in the location's currency) by
 * `method`, and it is owed to whoever redeems the code (VOUCHERS_OUTSTANDING) until it lands in
 * their wallet. Receipt issued; once per `idempotencyKey`; audited. Returns the VOUCHER_SALE
 * payment (`voucherId` names the voucher and its code).
 *
 * Errors: BAD_USER_INPUT naming fields (amount, currency not the location's, locationId,
 * buyerId, method, idempotencyKey, recipientName, message, expiresAt not in the future;
 * INSUFFICIENT_FUNDS paying from a wallet that holds too little); CONFLICT
 * (IDEMPOTENCY_KEY_REUSED) for a key used for another request.
 */
export async function issueVoucher({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: IssueVoucherInput;
}): Promise<PaymentRow> {
  const fields: FieldErrors = {};
  const { amountMinor, currency } = input.amount;
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0)
    fields['amount.amountMinor'] = 'must be a whole number of minor units above zero';
  if (!isCurrencyCode(currency)) fields['amount.currency'] = 'is not an ISO 4217 currency';
  const keyIssue = keyProblem(input.idempotencyKey);
  if (keyIssue) fields.idempotencyKey = keyIssue;
  checkMethod(input.method, null, fields);
  checkGiftText(input, fields);
  if (input.expiresAt && input.expiresAt <= ctx.now()) fields.expiresAt = 'must be in the future';
  if (Object.keys(fields).length) throw badInput(fields);
  const method = input.method as PaymentMethod;
  const hash = requestHash('issueVoucher', {
    locationId: input.locationId,
    amountMinor,
    currency,
    buyerId: input.buyerId,
    method,
    recipientName: textOrNull(input.recipientName),
    message: textOrNull(input.message),
    expiresAt: input.expiresAt?.toISOString(),
  });
  return onceFor(ctx, { key: input.idempotencyKey, hash }, async (tx) => {
    const location = await locationRow(tx, input.locationId);
    if (!location) fields.locationId = 'is not a location';
    else if (currency !== location.currency)
      fields['amount.currency'] = `must be ${location.currency}, the location's currency`;
    const buyer = await activeCustomer(tx, input.buyerId);
    if (!buyer) fields.buyerId = 'is not a customer';
    checkMethod(method, location, fields);
    if (Object.keys(fields).length) throw badInput(fields);
    const now = ctx.now();
    const [voucher] = await tx
      .insert(vouchersTable)
      .values({
        locationId: location!.id,
        code: await freshVoucherCode(tx),
        kind: 'CREDIT',
        amountMinor,
        currency,
        buyerId: buyer!.id,
        recipientName: textOrNull(input.recipientName),
        message: textOrNull(input.message),
        issuedAt: now,
        expiresAt: input.expiresAt ?? null,
        createdBy: ctx.viewer?.userId ?? null,
      })
      .returning();
    const result = await takePayment(
      ctx,
      tx,
      { key: input.idempotencyKey, hash },
      {
        kind: 'VOUCHER_SALE',
        journalKind: 'VOUCHER_SALE',
        locationId: location!.id,
        customerId: buyer!.id,
        voucherId: voucher!.id,
        method,
        amountMinor,
        currency,
        memo: 'credit voucher',
        counterLines: [{ account: 'VOUCHERS_OUTSTANDING', amountMinor: -amountMinor, currency }],
      },
    );
    await tx
      .update(vouchersTable)
      .set({ saleJournalId: result.payment.journalId })
      .where(eq(vouchersTable.id, voucher!.id));
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'voucher.issued',
        entityType: 'voucher',
        entityId: voucher!.id,
        data: {
          kind: 'CREDIT',
          buyerId: buyer!.id,
          amountMinor,
          currency,
          paymentId: result.payment.id,
        },
      },
      now,
    );
    return result;
  });
}

/** Redemption attempts per signed-in user (and per address): a code cannot be found by trying. */
export const REDEEM_LIMIT = { points: 20, durationSeconds: 15 * 60 };
const limiters = new WeakMap<AppDeps, { byUser: RateLimiter; byIp: RateLimiter }>();
function redeemLimiters(deps: AppDeps) {
  let found = limiters.get(deps);
  if (!found) {
    found = {
      byUser: deps.platform.rateLimiter({ name: 'voucher-redeem', ...REDEEM_LIMIT }),
      byIp: deps.platform.rateLimiter({
        name: 'voucher-redeem-ip',
        points: REDEEM_LIMIT.points * 5,
        durationSeconds: REDEEM_LIMIT.durationSeconds,
      }),
    };
    limiters.set(deps, found);
  }
  return found;
}

export interface RedeemVoucherInput {
  code: string;
  /** Whose it becomes: a student's own record by default (or a dependent's); staff name one. */
  customerId?: string | null;
}

/**
 * Redeems a voucher code for a customer: a student or customer for their own record or a
 * dependent's, management for anyone. Code matching ignores case, spaces and dashes. A gift
 * package becomes the customer's and its validity starts now; a credit voucher's amount moves
 * from VOUCHERS_OUTSTANDING into the customer's wallet (VOUCHER_REDEMPTION entry). Once only:
 * the voucher row is locked while it is redeemed. Attempts are rate-limited per user and per
 * address. Audited.
 *
 * Errors: NOT_FOUND for an unknown code, or a customer outside the caller's reach;
 * BAD_USER_INPUT on customerId (management must name an existing customer) and on code
 * (reason VOUCHER_EXPIRED); CONFLICT (reason VOUCHER_REDEEMED) when it was redeemed already;
 * RATE_LIMITED after too many attempts.
 */
export async function redeemVoucher({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RedeemVoucherInput;
}): Promise<VoucherRow> {
  const limits = redeemLimiters(ctx.deps);
  if (ctx.viewer) await limits.byUser.consume(ctx.viewer.userId);
  if (ctx.ip) await limits.byIp.consume(ctx.ip);
  const code = normalizeCode(input.code ?? '');

  let customerId: string;
  if (isManagement(ctx)) {
    const customer = await activeCustomer(ctx.db, input.customerId);
    if (!customer)
      throw badInput({
        customerId: input.customerId ? 'is not a customer' : 'name whose it becomes',
      });
    customerId = customer.id;
  } else {
    const own = await ownCustomerIds(ctx);
    const wanted = input.customerId ?? (await ownRecordOf(ctx));
    if (!wanted || !own.includes(wanted)) throw notFound('Customer');
    customerId = wanted;
  }
  if (!isCodeShape(code)) throw notFound('Voucher');

  return withTransaction(ctx.db, async (tx) => {
    const [voucher] = await tx
      .select()
      .from(vouchersTable)
      .where(sql`upper(${vouchersTable.code}) = ${code}`)
      .for('update');
    if (!voucher) throw notFound('Voucher');
    if (voucher.redeemedAt)
      throw new DomainError('CONFLICT', 'This code was redeemed already', {
        reason: 'VOUCHER_REDEEMED',
      });
    const now = ctx.now();
    if (voucher.expiredAt || (voucher.expiresAt && voucher.expiresAt <= now))
      throw new DomainError('BAD_USER_INPUT', 'This code has expired', {
        fields: { code: 'has expired' },
        reason: 'VOUCHER_EXPIRED',
      });
    let redemptionJournalId: string | null = null;
    if (voucher.kind === 'GIFT_PACKAGE') {
      const [pkg] = await tx
        .select()
        .from(customerPackagesTable)
        .where(eq(customerPackagesTable.id, voucher.customerPackageId!))
        .for('update');
      if (!pkg || pkg.holderId || pkg.expiredAt)
        throw new DomainError('CONFLICT', 'This code was redeemed already', {
          reason: 'VOUCHER_REDEEMED',
        });
      await tx
        .update(customerPackagesTable)
        .set({ holderId: customerId, expiresAt: addDays(now, pkg.validityDays) })
        .where(eq(customerPackagesTable.id, pkg.id));
    } else {
      const entry = await postJournal(tx, {
        locationId: voucher.locationId,
        kind: 'VOUCHER_REDEMPTION',
        occurredAt: now,
        memo: 'credit voucher redeemed',
        customerId,
        createdBy: ctx.viewer?.userId ?? null,
        lines: [
          {
            account: 'VOUCHERS_OUTSTANDING',
            amountMinor: voucher.amountMinor!,
            currency: voucher.currency!,
          },
          {
            account: 'CUSTOMER_WALLET',
            amountMinor: -voucher.amountMinor!,
            currency: voucher.currency!,
            customerId,
          },
        ],
      });
      redemptionJournalId = entry.id;
    }
    const [redeemed] = await tx
      .update(vouchersTable)
      .set({ redeemedAt: now, redeemedById: customerId, redemptionJournalId })
      .where(eq(vouchersTable.id, voucher.id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'voucher.redeemed',
        entityType: 'voucher',
        entityId: voucher.id,
        data: { kind: voucher.kind, customerId, customerPackageId: voucher.customerPackageId },
      },
      now,
    );
    return redeemed!;
  });
}

/** The signed-in user's own customer record (not a dependent's), if any. */
async function ownRecordOf(ctx: ServiceContext) {
  if (!ctx.viewer) return null;
  const [row] = await ctx.db
    .select({ id: customersTable.id })
    .from(customersTable)
    .where(and(eq(customersTable.userId, ctx.viewer.userId), isNull(customersTable.mergedIntoId)))
    .limit(1);
  return row?.id ?? null;
}

export interface VoucherFilter {
  locationId?: string | null;
  kind?: VoucherKind | null;
  status?: VoucherStatus | null;
  /** Part of a code (dashes ignored) or of the recipient's name. */
  search?: string | null;
}

/**
 * Vouchers, newest first (management): by location, kind, status at `ctx.now()`, or a search
 * in codes and recipients. Errors: BAD_USER_INPUT for a malformed locationId or page.
 */
export async function listVouchers({
  ctx,
  filter,
  page,
}: {
  ctx: ServiceContext;
  filter?: VoucherFilter | null;
  page: { first?: number | null; after?: string | null };
}): Promise<Page<VoucherRow>> {
  const { first, after } = pageRequest(page);
  if (filter?.locationId && !isUuid(filter.locationId))
    throw badInput({ 'filter.locationId': 'is not an id' });
  const now = ctx.now();
  const statusOf: Record<VoucherStatus, SQL> = {
    REDEEMED: isNotNull(vouchersTable.redeemedAt),
    EXPIRED: and(
      isNull(vouchersTable.redeemedAt),
      or(isNotNull(vouchersTable.expiredAt), lte(vouchersTable.expiresAt, now)),
    )!,
    ACTIVE: and(
      isNull(vouchersTable.redeemedAt),
      isNull(vouchersTable.expiredAt),
      or(isNull(vouchersTable.expiresAt), gt(vouchersTable.expiresAt, now)),
    )!,
  };
  const search = filter?.search?.trim();
  const codePart = search ? normalizeCode(search) : '';
  const where = and(
    filter?.locationId ? eq(vouchersTable.locationId, filter.locationId) : undefined,
    filter?.kind ? eq(vouchersTable.kind, filter.kind) : undefined,
    filter?.status ? statusOf[filter.status] : undefined,
    search
      ? or(
          codePart ? ilike(vouchersTable.code, `%${escapeLike(codePart)}%`) : undefined,
          ilike(vouchersTable.recipientName, `%${escapeLike(search)}%`),
        )
      : undefined,
  );
  let cursor: SQL | undefined;
  if (after) {
    let at: Date;
    let id: string;
    try {
      const parsed = JSON.parse(after) as [string, string];
      at = new Date(parsed[0]);
      id = parsed[1];
      if (Number.isNaN(at.getTime()) || !isUuid(id)) throw new Error('cursor');
    } catch {
      throw badInput({ after: 'is not a cursor of this list' });
    }
    cursor = or(
      lt(vouchersTable.issuedAt, at),
      and(eq(vouchersTable.issuedAt, at), lt(vouchersTable.id, id)),
    );
  }
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(vouchersTable)
      .where(and(where, cursor))
      .orderBy(desc(vouchersTable.issuedAt), desc(vouchersTable.id))
      .limit(first + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(vouchersTable)
      .where(where),
  ]);
  return toPage(rows, first, Number(total?.n ?? 0), (r) =>
    JSON.stringify([r.issuedAt.toISOString(), r.id]),
  );
}
