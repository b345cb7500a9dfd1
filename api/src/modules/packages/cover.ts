import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.js';

/**
 * Which participants of bookings not yet completed a package of theirs would cover, as things
 * stand: they hold a package (not expired before the booking starts) with enough of the
 * booking's service left — the lesson's minutes, or one session. What the booking page and the
 * portal show as owed leaves their share out; completing the booking then uses the package
 * (`consumePackagesForBooking`). One query for any number of bookings.
 */
export async function coveredParticipants(db: DbOrTx, bookingIds: readonly string[]) {
  const covered = new Map<string, Set<string>>();
  if (!bookingIds.length) return covered;
  const rows = rowsOf<{ booking_id: string; customer_id: string }>(
    await db.execute(sql`
      select bp.booking_id, bp.customer_id
        from booking_participants bp
        join bookings b on b.id = bp.booking_id
        join services s on s.id = b.service_id
       where bp.booking_id = any(${sql.param([...bookingIds])}::uuid[])
         and bp.cancelled_at is null
         and exists (
           select 1
             from customer_packages cp
             join customer_package_items i
               on i.customer_package_id = cp.id and i.service_id = b.service_id
            where cp.holder_id = bp.customer_id
              and cp.expired_at is null
              and cp.expires_at > b.starts_at
              and i.units - coalesce((select sum(u.units) from package_usages u
                    where u.customer_package_id = cp.id and u.service_id = b.service_id), 0)
                  >= case when s.kind = 'LESSON'
                       then greatest(1, round(extract(epoch from (b.ends_at - b.starts_at)) / 60))
                       else 1 end)`),
  );
  for (const row of rows) {
    const set = covered.get(row.booking_id) ?? new Set<string>();
    set.add(row.customer_id);
    covered.set(row.booking_id, set);
  }
  return covered;
}
