import { inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { isUuid } from '../../ids.js';
import { equipmentTable } from '../equipment/schema.js';

/** An instant as a SQL parameter of type timestamptz (both drivers read the ISO text). */
export const instant = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * An item's minutes of use up to `at`, as a SQL expression over the item's id and its
 * `usage_minutes_base`: the same sum as the equipment module's `usageMinutesOf` (active
 * BOOKING and RENTAL allocations clipped to `at`), written as a correlated subquery so a list
 * can filter and order by it in the one statement that reads it.
 */
export function usageMinutesSql(equipmentId: SQL, usageBase: SQL, at: Date) {
  return sql<number>`(${usageBase} + coalesce((
    select floor(sum(extract(epoch from (least(u.ends_at, ${instant(at)}) - u.starts_at)) / 60))
      from allocations u
     where u.resource_id = ${equipmentId} and u.active
       and u.kind in ('BOOKING', 'RENTAL') and u.starts_at < ${instant(at)}
  ), 0))::int`;
}

/**
 * Whether an open task row is overdue at `now`, in SQL: the twin of `isOverdue` (rules.ts).
 * `usage` is the item's usage minutes at `now`.
 */
export function overdueSql(
  task: { status: SQL; dueAt: SQL; dueUsageMinutes: SQL },
  usage: SQL,
  now: Date,
) {
  return sql<boolean>`(${task.status} = 'OPEN' and ((${task.dueAt} is not null and ${task.dueAt} <= ${instant(now)})
    or (${task.dueUsageMinutes} is not null and ${usage} >= ${task.dueUsageMinutes})))`;
}

/**
 * Each item's minutes of use at `at`, in the order asked (0 for unknown ids): one statement
 * for any number of items, the loader behind `MaintenanceTask.usageHours` and `overdue`.
 */
export async function usageMinutesAt(
  db: DbOrTx,
  ids: readonly string[],
  at: Date,
): Promise<number[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (!valid.length) return ids.map(() => 0);
  const rows = await db
    .select({
      id: equipmentTable.id,
      minutes: usageMinutesSql(
        sql`${equipmentTable.id}`,
        sql`${equipmentTable.usageMinutesBase}`,
        at,
      ),
    })
    .from(equipmentTable)
    .where(inArray(equipmentTable.id, valid));
  const byId = new Map(rows.map((r) => [r.id, Number(r.minutes)]));
  return ids.map((id) => byId.get(id) ?? 0);
}
