import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { seedContext } from './context.js';
import { packagesTable } from '../modules/catalog/schema.js';
import { customersTable } from '../modules/customers/schema.js';
import type { LocationRow } from '../modules/locations/schema.js';
import { mailOutboxTable } from '../modules/mail/schema.js';
import { sellPackage } from '../modules/packages/sell.js';
import { issueVoucher } from '../modules/packages/vouchers.js';
import type { FileStore } from '../platform/files.js';
import type { Logger } from '../platform/logger.js';

const DAY = 86_400_000;

/**
 * The demo school's packages and vouchers, sold through the desk's own services (deferred
 * revenue, receipts, codes as real use makes them): after her two paid lessons the demo
 * student bought the kite course at the first location today (its hours are used as staff
 * complete her lessons), and a taster lesson as a gift for a friend, whose code waits in her
 * portal; a customer bought a credit voucher at the second location. Runs after the money
 * seed, inside the seed's transaction; like it, records the receipts' mails as sent. Returns
 * how many sales it made.
 */
export async function seedDemoPackages(
  tx: Tx,
  locations: LocationRow[],
  options: { now: Date; files: FileStore; log: Logger; publicUrl: string; studentUserId: string },
) {
  const ctxAt = (when: Date) => seedContext(tx, options, when);
  const [student] = await tx
    .select()
    .from(customersTable)
    .where(eq(customersTable.userId, options.studentUserId));
  const [home, away] = locations;
  if (!student || !home) return 0;
  const onSale = async (locationId: string, gift: boolean) =>
    (
      await tx
        .select()
        .from(packagesTable)
        .where(
          and(
            eq(packagesTable.locationId, locationId),
            eq(packagesTable.gift, gift),
            eq(packagesTable.active, true),
          ),
        )
        .orderBy(asc(packagesTable.name))
        .limit(1)
    )[0];

  let sales = 0;
  const course = await onSale(home.id, false);
  if (course) {
    await sellPackage({
      ctx: ctxAt(new Date(options.now.getTime() - 60 * 60_000)),
      input: {
        packageId: course.id,
        buyerId: student.id,
        method: 'CARD',
        idempotencyKey: 'demo-seed-package-course',
      },
    });
    sales += 1;
  }
  const gift = await onSale(home.id, true);
  if (gift) {
    await sellPackage({
      ctx: ctxAt(new Date(options.now.getTime() - 50 * 60_000)),
      input: {
        packageId: gift.id,
        buyerId: student.id,
        method: 'CASH',
        idempotencyKey: 'demo-seed-package-gift',
        asGift: { recipientName: 'Deniz', message: 'İyi rüzgarlar! / Good winds!' },
      },
    });
    sales += 1;
  }
  if (away) {
    const [buyer] = await tx
      .select()
      .from(customersTable)
      .orderBy(asc(customersTable.createdAt), asc(customersTable.name))
      .offset(5)
      .limit(1);
    if (buyer) {
      await issueVoucher({
        ctx: ctxAt(new Date(options.now.getTime() - 40 * 60_000)),
        input: {
          locationId: away.id,
          amount: { amountMinor: 10_000, currency: away.currency },
          buyerId: buyer.id,
          method: 'CARD',
          idempotencyKey: 'demo-seed-voucher-credit',
          recipientName: 'Sam',
          expiresAt: new Date(options.now.getTime() + 365 * DAY),
        },
      });
      sales += 1;
    }
  }
  await tx
    .update(mailOutboxTable)
    .set({ status: 'SENT', sentAt: options.now })
    .where(and(eq(mailOutboxTable.status, 'PENDING'), eq(mailOutboxTable.template, 'receipt')));
  return sales;
}
