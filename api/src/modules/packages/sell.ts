import { asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { badInput, notFound, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { packageItemsTable, packagesTable, servicesTable } from '../catalog/schema.js';
import type { PaymentMethod } from '../locations/schema.js';
import { grossOf } from '../payments/charges.js';
import { keyProblem, requestHash } from '../payments/idempotency.js';
import type { PaymentRow } from '../payments/schema.js';
import { onceFor, takePayment } from '../payments/service.js';
import { addDays, allocate, unitsOfItem } from './rules.js';
import { customerPackageItemsTable, customerPackagesTable, vouchersTable } from './schema.js';
import {
  activeCustomer,
  checkGiftText,
  checkMethod,
  freshVoucherCode,
  locationRow,
  textOrNull,
} from './shared.js';

export interface GiftDetails {
  recipientName?: string | null;
  message?: string | null;
  /** Until when the code can be redeemed; no end when left out. */
  codeExpiresAt?: Date | null;
}

export interface SellPackageInput {
  packageId: string;
  buyerId: string;
  /** Who uses it: the buyer (default) or a dependent of theirs. Not with `asGift`. */
  holderId?: string | null;
  method: PaymentMethod | string;
  idempotencyKey: string;
  /** Sold as a gift: nobody holds it until its code is redeemed. Gift packages always are. */
  asGift?: GiftDetails | null;
}

/**
 * Sells a catalog package (management): the buyer pays its gross price (the location's tax
 * rule, as for a booking) by `method` — WALLET from the buyer's wallet — and the money waits
 * in DEFERRED_REVENUE until lessons use it or it expires. What it holds is copied (lesson time
 * in minutes, other services in sessions), each item with its share of the price by catalog
 * value. It is valid `validityDays` from now; a gift (sold `asGift`, or a catalog gift
 * package) gets a GIFT_PACKAGE voucher code instead of a holder, and its days count from
 * redemption. Receipt issued; once per `idempotencyKey` (a retry returns the first sale);
 * audited. Returns the PACKAGE_SALE payment (`customerPackageId`, `voucherId` name the rest).
 *
 * Errors: NOT_FOUND for an unknown package; BAD_USER_INPUT naming fields (packageId off sale,
 * free, empty or priced in another currency than its location's; buyerId; holderId not the
 * buyer or a dependent of theirs, or given with a gift; method; idempotencyKey; gift texts;
 * asGift.codeExpiresAt not in the future; INSUFFICIENT_FUNDS for a wallet that holds too
 * little); CONFLICT (IDEMPOTENCY_KEY_REUSED) for a key used for another request.
 */
export async function sellPackage({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SellPackageInput;
}): Promise<PaymentRow> {
  const fields: FieldErrors = {};
  const keyIssue = keyProblem(input.idempotencyKey);
  if (keyIssue) fields.idempotencyKey = keyIssue;
  checkMethod(input.method, null, fields);
  checkGiftText(input.asGift, fields, 'asGift.');
  const codeExpiresAt = input.asGift?.codeExpiresAt ?? null;
  if (codeExpiresAt && codeExpiresAt <= ctx.now())
    fields['asGift.codeExpiresAt'] = 'must be in the future';
  if (input.asGift && input.holderId)
    fields.holderId = 'a gift is held by whoever redeems its code: leave it out';
  if (Object.keys(fields).length) throw badInput(fields);
  if (!isUuid(input.packageId)) throw notFound('Package');
  const method = input.method as PaymentMethod;
  const hash = requestHash('sellPackage', {
    packageId: input.packageId,
    buyerId: input.buyerId,
    holderId: input.holderId,
    method,
    gift: input.asGift
      ? [
          textOrNull(input.asGift.recipientName),
          textOrNull(input.asGift.message),
          codeExpiresAt?.toISOString(),
        ]
      : null,
  });
  return onceFor(ctx, { key: input.idempotencyKey, hash }, async (tx) => {
    const [pkg] = await tx
      .select()
      .from(packagesTable)
      .where(eq(packagesTable.id, input.packageId));
    if (!pkg) throw notFound('Package');
    const location = (await locationRow(tx, pkg.locationId))!;
    const items = await tx
      .select({ item: packageItemsTable, service: servicesTable })
      .from(packageItemsTable)
      .innerJoin(servicesTable, eq(servicesTable.id, packageItemsTable.serviceId))
      .where(eq(packageItemsTable.packageId, pkg.id))
      .orderBy(asc(servicesTable.name));
    const gross = grossOf(location, pkg.priceMinor);
    if (!pkg.active) fields.packageId = 'is not on sale';
    else if (pkg.currency !== location.currency)
      fields.packageId = `is priced in ${pkg.currency}, not ${location.currency} as its location`;
    else if (!items.length) fields.packageId = 'holds nothing to use';
    else if (gross <= 0) fields.packageId = 'is free: there is nothing to sell';

    const buyer = await activeCustomer(tx, input.buyerId);
    if (!buyer) fields.buyerId = 'is not a customer';
    const gift = input.asGift ?? (pkg.gift ? {} : null);
    let holderId: string | null = null;
    if (!gift && buyer) {
      holderId = input.holderId ?? buyer.id;
      if (holderId !== buyer.id) {
        const holder = await activeCustomer(tx, holderId);
        if (!holder || holder.guardianId !== buyer.id)
          fields.holderId =
            'must be the buyer or a dependent of theirs (sell it as a gift for anyone else)';
      }
    }
    checkMethod(method, location, fields);
    if (Object.keys(fields).length) throw badInput(fields);

    const now = ctx.now();
    const [sold] = await tx
      .insert(customerPackagesTable)
      .values({
        locationId: location.id,
        packageId: pkg.id,
        name: pkg.name,
        buyerId: buyer!.id,
        holderId,
        priceMinor: gross,
        currency: pkg.currency,
        purchasedAt: now,
        validityDays: pkg.validityDays,
        expiresAt: gift ? null : addDays(now, pkg.validityDays),
        createdBy: ctx.viewer?.userId ?? null,
      })
      .returning();
    const values = allocate(
      gross,
      items.map(({ item, service }) => item.quantity * service.priceMinor),
    );
    await tx.insert(customerPackageItemsTable).values(
      items.map(({ item, service }, i) => ({
        customerPackageId: sold!.id,
        serviceId: service.id,
        units: unitsOfItem(service.kind, item.quantity, service.durationMinutes),
        valueMinor: values[i]!,
      })),
    );
    const [voucher] = gift
      ? await tx
          .insert(vouchersTable)
          .values({
            locationId: location.id,
            code: await freshVoucherCode(tx),
            kind: 'GIFT_PACKAGE',
            customerPackageId: sold!.id,
            buyerId: buyer!.id,
            recipientName: textOrNull(gift.recipientName),
            message: textOrNull(gift.message),
            issuedAt: now,
            expiresAt: codeExpiresAt,
            createdBy: ctx.viewer?.userId ?? null,
          })
          .returning()
      : [];
    const result = await takePayment(
      ctx,
      tx,
      { key: input.idempotencyKey, hash },
      {
        kind: 'PACKAGE_SALE',
        journalKind: 'PACKAGE_SALE',
        locationId: location.id,
        customerId: buyer!.id,
        customerPackageId: sold!.id,
        voucherId: voucher?.id ?? null,
        method,
        amountMinor: gross,
        currency: pkg.currency,
        memo: pkg.name,
        counterLines: [
          { account: 'DEFERRED_REVENUE', amountMinor: -gross, currency: pkg.currency },
        ],
      },
    );
    await tx
      .update(customerPackagesTable)
      .set({ saleJournalId: result.payment.journalId })
      .where(eq(customerPackagesTable.id, sold!.id));
    if (voucher)
      await tx
        .update(vouchersTable)
        .set({ saleJournalId: result.payment.journalId })
        .where(eq(vouchersTable.id, voucher.id));
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'package.sold',
        entityType: 'customer_package',
        entityId: sold!.id,
        data: {
          packageId: pkg.id,
          buyerId: buyer!.id,
          holderId,
          gift: !!gift,
          voucherId: voucher?.id ?? null,
          paymentId: result.payment.id,
          priceMinor: gross,
          currency: pkg.currency,
        },
      },
      now,
    );
    return result;
  });
}
