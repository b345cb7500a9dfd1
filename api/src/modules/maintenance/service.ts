import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { oneEach } from '../../db/batch.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import {
  equipmentTable,
  maintenanceRulesTable,
  maintenanceTasksTable,
  maintenanceWindowsTable,
  type MaintenanceRuleRow,
} from '../equipment/schema.js';
import { getLocation } from '../locations/service.js';
import { checkRuleFields, type RuleInput } from './rules.js';
import { scanMaintenance } from './scan.js';
import { overdueSql, usageMinutesSql } from './usage.js';

export * from './tasks.js';

/**
 * The service rules that apply at a location: its own and those of every location, by
 * category and name; every rule when no location is given. Inactive rules are listed too.
 */
export async function listMaintenanceRules({
  ctx,
  locationId,
}: {
  ctx: ServiceContext;
  locationId?: string | null;
}): Promise<MaintenanceRuleRow[]> {
  if (locationId && !isUuid(locationId)) return [];
  return ctx.db
    .select()
    .from(maintenanceRulesTable)
    .where(
      locationId
        ? or(
            isNull(maintenanceRulesTable.locationId),
            eq(maintenanceRulesTable.locationId, locationId),
          )
        : undefined,
    )
    .orderBy(
      asc(maintenanceRulesTable.category),
      asc(maintenanceRulesTable.name),
      asc(maintenanceRulesTable.id),
    );
}

/** Rules by id, in the order asked (null for unknown ids); for loaders. */
export async function maintenanceRulesByIds(db: DbOrTx, ids: readonly string[]) {
  const valid = [...new Set(ids.filter(isUuid))];
  const rows = valid.length
    ? await db.select().from(maintenanceRulesTable).where(inArray(maintenanceRulesTable.id, valid))
    : [];
  return oneEach(ids, rows, (r) => r.id);
}

/** Maintenance windows by id, in the order asked (null for unknown or cancelled ones). */
export async function maintenanceWindowsByIds(db: DbOrTx, ids: readonly string[]) {
  const valid = [...new Set(ids.filter(isUuid))];
  const rows = valid.length
    ? await db
        .select()
        .from(maintenanceWindowsTable)
        .where(inArray(maintenanceWindowsTable.id, valid))
    : [];
  return oneEach(ids, rows, (r) => r.id);
}

/** The checked fields of a rule, its location included. Throws BAD_USER_INPUT naming each. */
async function checkedRule(ctx: ServiceContext, input: RuleInput) {
  const { values, problems } = checkRuleFields(input);
  const locationId = input.locationId || null;
  if (locationId && !(await getLocation({ ctx, id: locationId })))
    problems.locationId = 'is not a location';
  if (Object.keys(problems).length) throw badInput(problems);
  return { ...values, locationId };
}

const ruleData = (row: MaintenanceRuleRow) => ({
  locationId: row.locationId,
  category: row.category,
  name: row.name,
  everyUsageHours: row.everyUsageHours,
  everyDays: row.everyDays,
  active: row.active,
});

/**
 * Adds a service rule (management): every `everyUsageHours` of use and/or every `everyDays`
 * days, items of `category` at `locationId` (every location when null) need a service, which
 * the scan opens as a task. Audited. Errors: BAD_USER_INPUT naming each refused field (no
 * interval, an interval out of range, a category that is no key, an unknown location);
 * nothing is written then.
 */
export async function createMaintenanceRule({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RuleInput;
}): Promise<MaintenanceRuleRow> {
  const values = await checkedRule(ctx, input);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(maintenanceRulesTable)
      .values({ ...values, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'maintenance.rule_created',
        entityType: 'maintenance_rule',
        entityId: row!.id,
        data: ruleData(row!),
      },
      now,
    );
    return row!;
  });
}

/**
 * Replaces a rule's fields (management). Tasks it already opened keep their due date and
 * hours; the next ones follow the new intervals. Audited with the fields before and after.
 * Errors: NOT_FOUND for an unknown rule; BAD_USER_INPUT as createMaintenanceRule.
 */
export async function updateMaintenanceRule({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: RuleInput;
}): Promise<MaintenanceRuleRow> {
  if (!isUuid(id)) throw notFound('Maintenance rule');
  const values = await checkedRule(ctx, input);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(maintenanceRulesTable)
      .where(eq(maintenanceRulesTable.id, id))
      .for('update');
    if (!before) throw notFound('Maintenance rule');
    const [row] = await tx
      .update(maintenanceRulesTable)
      .set({ ...values, updatedAt: now })
      .where(eq(maintenanceRulesTable.id, id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'maintenance.rule_updated',
        entityType: 'maintenance_rule',
        entityId: id,
        data: { before: ruleData(before), after: ruleData(row!) },
      },
      now,
    );
    return row!;
  });
}

/**
 * Switches a rule on or off (management): an inactive rule opens no new tasks; its open tasks
 * stay. Audited when it changes. Errors: NOT_FOUND for an unknown rule.
 */
export async function setMaintenanceRuleActive({
  ctx,
  id,
  active,
}: {
  ctx: ServiceContext;
  id: string;
  active: boolean;
}): Promise<MaintenanceRuleRow> {
  if (!isUuid(id)) throw notFound('Maintenance rule');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(maintenanceRulesTable)
      .where(eq(maintenanceRulesTable.id, id))
      .for('update');
    if (!before) throw notFound('Maintenance rule');
    if (before.active === active) return before;
    const [row] = await tx
      .update(maintenanceRulesTable)
      .set({ active, updatedAt: now })
      .where(eq(maintenanceRulesTable.id, id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: active ? 'maintenance.rule_activated' : 'maintenance.rule_deactivated',
        entityType: 'maintenance_rule',
        entityId: id,
      },
      now,
    );
    return row!;
  });
}

/**
 * Deletes a rule (management). The tasks it opened stay, open or done, without their rule
 * (their history is the items' history). Audited. Errors: NOT_FOUND for an unknown rule.
 */
export async function deleteMaintenanceRule({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) throw notFound('Maintenance rule');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .delete(maintenanceRulesTable)
      .where(eq(maintenanceRulesTable.id, id))
      .returning();
    if (!row) throw notFound('Maintenance rule');
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'maintenance.rule_deleted',
        entityType: 'maintenance_rule',
        entityId: id,
        data: ruleData(row),
      },
      now,
    );
    return true;
  });
}

/**
 * Runs the maintenance scan now (management), for one location or all, and when it opened
 * tasks asks for the reminder job at once. Returns how many tasks it opened.
 * Errors: NOT_FOUND for an unknown location.
 */
export async function runMaintenanceScan({
  ctx,
  locationId,
}: {
  ctx: ServiceContext;
  locationId?: string | null;
}): Promise<number> {
  if (locationId && !(await getLocation({ ctx, id: locationId }))) throw notFound('Location');
  const opened = await scanMaintenance(ctx.db, ctx.now(), { locationId });
  if (opened.length) {
    await ctx.deps.platform.jobs
      .enqueue('maintenance.remind', {})
      .catch((err) =>
        ctx.log.warn({ err }, 'maintenance reminders not queued; the hourly run will'),
      );
  }
  return opened.length;
}

export interface OpenTaskSummary {
  /** Open tasks of the item (services and repairs). */
  openTasks: number;
  /** Whether any of them is overdue (by date or by hours of use). */
  overdue: boolean;
  /** The earliest due date among them, if any has one. */
  nextDueAt: Date | null;
}

/**
 * Each item's open maintenance at `now`, in the order asked (no open task: zero, not overdue,
 * no date). One statement for any number of items: the loader behind `Equipment.maintenance`,
 * for the inventory's lists and an item's page.
 */
export async function openTaskSummaryOf(
  db: DbOrTx,
  equipmentIds: readonly string[],
  now: Date,
): Promise<OpenTaskSummary[]> {
  const valid = [...new Set(equipmentIds.filter(isUuid))];
  const none: OpenTaskSummary = { openTasks: 0, overdue: false, nextDueAt: null };
  if (!valid.length) return equipmentIds.map(() => none);
  const usage = usageMinutesSql(
    sql`${equipmentTable.id}`,
    sql`${equipmentTable.usageMinutesBase}`,
    now,
  );
  const overdue = overdueSql(
    {
      status: sql`${maintenanceTasksTable.status}`,
      dueAt: sql`${maintenanceTasksTable.dueAt}`,
      dueUsageMinutes: sql`${maintenanceTasksTable.dueUsageMinutes}`,
    },
    usage,
    now,
  );
  const rows = await db
    .select({
      equipmentId: equipmentTable.id,
      openTasks: sql<number>`count(*)::int`,
      overdue: sql<boolean>`bool_or(${overdue})`,
      nextDueAt: sql<Date | null>`min(${maintenanceTasksTable.dueAt})`.mapWith(
        maintenanceTasksTable.dueAt,
      ),
    })
    .from(maintenanceTasksTable)
    .innerJoin(equipmentTable, eq(equipmentTable.id, maintenanceTasksTable.equipmentId))
    .where(
      and(
        inArray(maintenanceTasksTable.equipmentId, valid),
        eq(maintenanceTasksTable.status, 'OPEN'),
      ),
    )
    .groupBy(equipmentTable.id);
  const byId = new Map(
    rows.map((r) => [
      r.equipmentId,
      {
        openTasks: Number(r.openTasks),
        overdue: Boolean(r.overdue),
        nextDueAt: r.nextDueAt ?? null,
      },
    ]),
  );
  return equipmentIds.map((id) => byId.get(id) ?? none);
}
