import { and, asc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { AppDeps } from '../../context.js';
import { withTransaction } from '../../db/transaction.js';
import { equipmentTable, maintenanceTasksTable } from '../equipment/schema.js';
import { locationsTable } from '../locations/schema.js';
import { notifyStaff, publishNotifications } from '../notifications/service.js';
import { isOverdue, REMIND_DIGEST_OVER, REMIND_EVERY_MS } from './rules.js';
import { instant, usageMinutesSql } from './usage.js';

/** A due date as staff of `locale` read it at the location: "Mon 3 Jun" / "3 Haz Pzt". */
export function formatDueDate(at: Date, timeZone: string, locale: string) {
  return new Intl.DateTimeFormat(locale.startsWith('tr') ? 'tr-TR' : 'en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at);
}

/** Hours of use against the hours a task is due at: "96 h of 100 h" / "96 / 100 saat". */
export function formatUsage(usageMinutes: number, dueUsageMinutes: number, locale: string) {
  const tr = locale.startsWith('tr');
  const hours = new Intl.NumberFormat(tr ? 'tr-TR' : 'en-GB', { maximumFractionDigits: 0 });
  const used = hours.format(Math.floor(usageMinutes / 60));
  const due = hours.format(Math.round(dueUsageMinutes / 60));
  return tr ? `${used} / ${due} saat` : `${used} h of ${due} h`;
}

/**
 * The `maintenance.remind` job: staff of each location (notifyStaff: administrators and the
 * location's managers, each in their language) hear of every open task of an item in service
 * that is overdue or due by the end of the location's day, at most once per task in
 * REMIND_EVERY_MS (`remindedAt`, claimed in the transaction that writes the notifications, so
 * two runs at once remind once). More than REMIND_DIGEST_OVER tasks of one location in one run
 * make one summary instead. Notifications are published after each commit. Returns how many
 * tasks were reminded of.
 */
export async function remindMaintenance(deps: AppDeps, now: Date): Promise<number> {
  const usage = usageMinutesSql(
    sql`${equipmentTable.id}`,
    sql`${equipmentTable.usageMinutesBase}`,
    now,
  );
  const endOfLocalDay = sql`((${instant(now)} at time zone ${locationsTable.timezone})::date + 1)::timestamp at time zone ${locationsTable.timezone}`;
  const quietSince = new Date(now.getTime() - REMIND_EVERY_MS);
  const notRecentlyReminded = or(
    isNull(maintenanceTasksTable.remindedAt),
    lte(maintenanceTasksTable.remindedAt, quietSince),
  );
  const due = await deps.db
    .select({
      id: maintenanceTasksTable.id,
      title: maintenanceTasksTable.title,
      status: maintenanceTasksTable.status,
      dueAt: maintenanceTasksTable.dueAt,
      dueUsageMinutes: maintenanceTasksTable.dueUsageMinutes,
      equipmentId: equipmentTable.id,
      item: equipmentTable.name,
      locationId: locationsTable.id,
      timezone: locationsTable.timezone,
      usage,
    })
    .from(maintenanceTasksTable)
    .innerJoin(equipmentTable, eq(equipmentTable.id, maintenanceTasksTable.equipmentId))
    .innerJoin(locationsTable, eq(locationsTable.id, equipmentTable.locationId))
    .where(
      and(
        eq(maintenanceTasksTable.status, 'OPEN'),
        ne(equipmentTable.status, 'RETIRED'),
        notRecentlyReminded,
        or(
          sql`${maintenanceTasksTable.dueAt} < ${endOfLocalDay}`,
          sql`${maintenanceTasksTable.dueUsageMinutes} is not null and ${usage} >= ${maintenanceTasksTable.dueUsageMinutes}`,
        ),
      ),
    )
    .orderBy(asc(locationsTable.id), asc(maintenanceTasksTable.dueAt), asc(equipmentTable.name));

  const byLocation = new Map<string, typeof due>();
  for (const row of due)
    byLocation.set(row.locationId, [...(byLocation.get(row.locationId) ?? []), row]);

  let reminded = 0;
  for (const [locationId, rows] of byLocation) {
    const written = await withTransaction(deps.db, async (tx) => {
      const claimed = await tx
        .update(maintenanceTasksTable)
        .set({ remindedAt: now })
        .where(
          and(
            inArray(
              maintenanceTasksTable.id,
              rows.map((r) => r.id),
            ),
            eq(maintenanceTasksTable.status, 'OPEN'),
            notRecentlyReminded,
          ),
        )
        .returning({ id: maintenanceTasksTable.id });
      const ids = new Set(claimed.map((c) => c.id));
      const tasks = rows
        .filter((r) => ids.has(r.id))
        .map((r) => ({ ...r, overdue: isOverdue(r, Number(r.usage), now) }));
      reminded += tasks.length;
      if (!tasks.length) return [];
      if (tasks.length > REMIND_DIGEST_OVER) {
        return notifyStaff(
          tx,
          {
            locationId,
            kind: 'maintenance.dueMany',
            vars: {
              count: tasks.length,
              overdue: tasks.filter((task) => task.overdue).length,
              items: tasks.map((task) => task.item).join(', '),
            },
            data: { locationId },
          },
          now,
        );
      }
      const out = [];
      for (const task of tasks) {
        out.push(
          ...(await notifyStaff(
            tx,
            {
              locationId,
              kind: 'maintenance.due',
              vars: (locale) => ({
                item: task.item,
                task: task.title,
                overdue: task.overdue,
                // A date still days away is not why it is due (its hours are): say so.
                when:
                  task.dueAt && task.dueAt.getTime() <= now.getTime() + 86_400_000
                    ? formatDueDate(task.dueAt, task.timezone, locale)
                    : null,
                usage:
                  task.dueUsageMinutes !== null
                    ? formatUsage(Number(task.usage), task.dueUsageMinutes, locale)
                    : null,
              }),
              data: { taskId: task.id, equipmentId: task.equipmentId, locationId },
            },
            now,
          )),
        );
      }
      return out;
    });
    publishNotifications({ deps }, written);
  }
  return reminded;
}
