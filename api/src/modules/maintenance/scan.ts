import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../context.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { isUuid } from '../../ids.js';
import { LEAD_DAYS, LEAD_USAGE_SHARE } from './rules.js';
import { instant } from './usage.js';

/**
 * Opens the service tasks that have come due: for every active rule and every item of its
 * category (at its location, or anywhere for a rule of all locations) that is not retired and
 * has no open task of that rule, the next service is measured from the last service of the
 * rule done or skipped (else the purchase date at local midnight, else when the item was
 * added): `everyDays` later, and `everyUsageHours` of use after the usage at that time (usage
 * counted as `usageMinutesOf` does). A task is opened once the date is LEAD_DAYS away or
 * LEAD_USAGE_SHARE of the hours are used, with its `dueAt` and `dueUsageMinutes`.
 *
 * One statement, whatever the number of rules and items: the arithmetic of `nextDue` and
 * `shouldOpen` (rules.ts) in SQL, inserted with ON CONFLICT DO NOTHING on the one-open-task-
 * per-rule index, so concurrent or repeated scans open each task once. `locationId` limits it
 * to one location's items. Returns the tasks opened.
 */
export async function scanMaintenance(
  db: DbOrTx,
  now: Date,
  options: { locationId?: string | null } = {},
): Promise<Array<{ id: string; equipmentId: string; locationId: string }>> {
  if (options.locationId && !isUuid(options.locationId)) return [];
  const at = instant(now);
  const onlyLocation = options.locationId
    ? sql`and e.location_id = ${options.locationId}::uuid`
    : sql``;
  const result = await db.execute(sql`
    with candidates as (
      select r.id as rule_id, r.name as title, r.every_days, r.every_usage_hours,
             e.id as equipment_id, e.location_id, e.usage_minutes_base as base,
             last.at as serviced_at,
             coalesce(last.at, (e.purchase_date::timestamp at time zone l.timezone), e.created_at) as since
        from maintenance_rules r
        join equipment e
          on e.category = r.category and (r.location_id is null or r.location_id = e.location_id)
        join locations l on l.id = e.location_id
        left join lateral (
          select max(d.completed_at) as at
            from maintenance_tasks d
           where d.equipment_id = e.id and d.rule_id = r.id and d.kind = 'SERVICE'
             and d.status in ('DONE', 'CANCELLED')
        ) last on true
       where r.active and e.status <> 'RETIRED' ${onlyLocation}
         and not exists (
           select 1 from maintenance_tasks o
            where o.equipment_id = e.id and o.rule_id = r.id and o.status = 'OPEN')
    ),
    measured as (
      -- Usage is only read for rules that count hours.
      select c.rule_id, c.title, c.every_days, c.every_usage_hours, c.equipment_id, c.location_id, c.since,
             c.base + coalesce(floor(sum(extract(epoch from (least(a.ends_at, ${at}) - a.starts_at)) / 60)), 0) as usage_now,
             case when c.serviced_at is null then 0
                  else c.base + coalesce(floor(sum(extract(epoch from (least(a.ends_at, c.since) - a.starts_at)) / 60)
                                                 filter (where a.starts_at < c.since)), 0)
             end as usage_at_since
        from candidates c
        left join allocations a
          on c.every_usage_hours is not null and a.resource_id = c.equipment_id and a.active
         and a.kind in ('BOOKING', 'RENTAL') and a.starts_at < ${at}
       group by c.rule_id, c.title, c.every_days, c.every_usage_hours, c.equipment_id,
                c.location_id, c.since, c.serviced_at, c.base
    ),
    due as (
      select m.*,
             case when m.every_days is null then null
                  else date_trunc('milliseconds', m.since + m.every_days * interval '1 day') end as due_at,
             case when m.every_usage_hours is null then null
                  else (m.usage_at_since + m.every_usage_hours * 60)::int end as due_usage
        from measured m
    )
    insert into maintenance_tasks
      (equipment_id, rule_id, kind, status, title, due_at, due_usage_minutes, created_at)
    select equipment_id, rule_id, 'SERVICE', 'OPEN', title, due_at, due_usage, ${at}
      from due
     where (due_at is not null and due_at - interval '${sql.raw(String(LEAD_DAYS))} days' <= ${at})
        or (due_usage is not null
            and usage_now - usage_at_since >= ${sql.raw(String(LEAD_USAGE_SHARE))} * every_usage_hours * 60)
    on conflict (equipment_id, rule_id) where status = 'OPEN' and rule_id is not null do nothing
    returning id, equipment_id as "equipmentId",
      (select e2.location_id from equipment e2 where e2.id = maintenance_tasks.equipment_id) as "locationId"
  `);
  return rowsOf<{ id: string; equipmentId: string; locationId: string }>(result);
}

/**
 * The `maintenance.scan` job: scans every location and, when it opened tasks, asks for the
 * reminder job at once, so staff hear of what is due today without waiting for the hour.
 */
export async function runMaintenanceScanJob(deps: AppDeps, now: Date) {
  const opened = await scanMaintenance(deps.db, now);
  if (opened.length) await deps.platform.jobs.enqueue('maintenance.remind', {});
  return opened.length;
}
