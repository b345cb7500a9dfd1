import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { AppDeps } from '../../context.js';
import { withTransaction } from '../../db/transaction.js';
import { customersTable } from '../customers/schema.js';
import { equipmentTable } from '../equipment/schema.js';
import { locationsTable } from '../locations/schema.js';
import { notifyStaff, publishNotifications } from '../notifications/service.js';
import { formatWhen } from '../notifications/templates.js';
import { overdueRentals } from './read.js';
import { rentalItemsTable, rentalsTable } from './schema.js';

/** Staff hear about an overdue rental at most once in this long. */
export const OVERDUE_REMINDER_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * Tells a location's staff about each rental still out past its due time (`rental.overdue`,
 * in each reader's language), at most once a day per rental: the rental's
 * `overdueRemindedAt` is claimed by a conditional update, so two replicas running the job at
 * once remind once. Notifications are published after each commit. Runs as the job
 * `rentals.remindOverdue`: at each rental's due time and as a sweep every few minutes.
 * Returns how many rentals were reminded.
 */
export async function remindOverdueRentals(deps: AppDeps, now: Date): Promise<number> {
  const ctx = { deps };
  const lastDay = new Date(now.getTime() - OVERDUE_REMINDER_EVERY_MS);
  let reminded = 0;
  for (const rental of await overdueRentals(deps.db, now)) {
    if (rental.overdueRemindedAt && rental.overdueRemindedAt > lastDay) continue;
    const result = await withTransaction(deps.db, async (tx) => {
      const [claimed] = await tx
        .update(rentalsTable)
        .set({ overdueRemindedAt: now })
        .where(
          and(
            eq(rentalsTable.id, rental.id),
            eq(rentalsTable.status, 'OUT'),
            lt(rentalsTable.dueAt, now),
            or(isNull(rentalsTable.overdueRemindedAt), lt(rentalsTable.overdueRemindedAt, lastDay)),
          ),
        )
        .returning({ id: rentalsTable.id });
      if (!claimed) return null;
      const [where] = await tx
        .select({ timezone: locationsTable.timezone, customer: customersTable.name })
        .from(rentalsTable)
        .innerJoin(locationsTable, eq(locationsTable.id, rentalsTable.locationId))
        .innerJoin(customersTable, eq(customersTable.id, rentalsTable.customerId))
        .where(eq(rentalsTable.id, rental.id));
      const [{ items } = { items: '' }] = await tx
        .select({
          items: sql<string>`string_agg(${equipmentTable.name}, ', ' order by ${equipmentTable.name})`,
        })
        .from(rentalItemsTable)
        .innerJoin(equipmentTable, eq(equipmentTable.id, rentalItemsTable.equipmentId))
        .where(and(eq(rentalItemsTable.rentalId, rental.id), isNull(rentalItemsTable.returnedAt)));
      return notifyStaff(
        tx,
        {
          locationId: rental.locationId,
          kind: 'rental.overdue',
          vars: (locale) => ({
            number: String(rental.number),
            customer: where?.customer ?? '',
            items: items ?? '',
            due: formatWhen(rental.dueAt, where?.timezone ?? 'UTC', locale),
          }),
          data: { rentalId: rental.id, locationId: rental.locationId },
        },
        now,
      );
    });
    if (!result) continue;
    reminded += 1;
    publishNotifications(ctx, result);
  }
  return reminded;
}
