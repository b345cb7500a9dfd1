import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';

export const EQUIPMENT_STATUSES = ['AVAILABLE', 'IN_USE', 'MAINTENANCE', 'RETIRED'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];
export const equipmentStatusEnum = pgEnum('equipment_status', EQUIPMENT_STATUSES);

/**
 * One piece of gear a location lends or rents out: a kite, a board, a wetsuit. `category` is
 * an upper-case key (KITE, BOARD, WETSUIT, ...); `size` is free text as printed on it (9m,
 * 138cm, M). Whether it is free at a time is decided by the allocations table, not `status`.
 *
 * The stored `status` is AVAILABLE (in service), MAINTENANCE (out of service until a repair
 * is done, e.g. after damage) or RETIRED (for good); IN_USE and a maintenance window's
 * MAINTENANCE are computed per request from allocations and open rentals.
 */
export const equipmentTable = pgTable(
  'equipment',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    name: text().notNull(),
    category: text().notNull(),
    size: text(),
    brand: text(),
    model: text(),
    serialNumber: text(),
    status: equipmentStatusEnum().notNull().default('AVAILABLE'),
    purchaseDate: date({ mode: 'string' }),
    /** Integer minor units of `purchaseCurrency`; both or neither. */
    purchaseCost: integer(),
    purchaseCurrency: text(),
    /** Use before Plannivo counted it (imports); bookings and rentals add to it. */
    usageMinutesBase: integer().notNull().default(0),
    notes: text(),
    retiredAt: timestamp({ withTimezone: true }),
    retiredReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('equipment_location_category_idx').on(t.locationId, t.category, t.size),
    check(
      'equipment_purchase_cost_currency',
      sql`(${t.purchaseCost} is null) = (${t.purchaseCurrency} is null)`,
    ),
    check(
      'equipment_purchase_cost_valid',
      sql`${t.purchaseCost} is null or ${t.purchaseCost} >= 0`,
    ),
    check('equipment_usage_base_valid', sql`${t.usageMinutesBase} >= 0`),
  ],
);
export type EquipmentRow = typeof equipmentTable.$inferSelect;

/** A time an item is out of use for service; it holds an allocation like a booking does. */
export const maintenanceWindowsTable = pgTable(
  'maintenance_windows',
  {
    id: uuid().primaryKey().defaultRandom(),
    equipmentId: uuid()
      .notNull()
      .references(() => equipmentTable.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    reason: text(),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('maintenance_windows_equipment_idx').on(t.equipmentId, t.startsAt),
    check('maintenance_windows_valid', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);
export type MaintenanceWindowRow = typeof maintenanceWindowsTable.$inferSelect;

/** What happened to an item, in its lifecycle log. */
export const EQUIPMENT_EVENT_KINDS = [
  'PURCHASED',
  'CHECKED_OUT',
  'RETURNED',
  'DAMAGED',
  'REPAIRED',
  'INSPECTED',
  'RETIRED',
  'NOTE',
] as const;
export type EquipmentEventKind = (typeof EQUIPMENT_EVENT_KINDS)[number];
export const equipmentEventKindEnum = pgEnum('equipment_event_kind', EQUIPMENT_EVENT_KINDS);

/**
 * An item's lifecycle log, from purchase to retirement; rows are only ever added. `rentalId`
 * and `taskId` link the rental or maintenance task the event belongs to.
 */
export const equipmentEventsTable = pgTable(
  'equipment_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    equipmentId: uuid()
      .notNull()
      .references(() => equipmentTable.id, { onDelete: 'cascade' }),
    kind: equipmentEventKindEnum().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    rentalId: uuid(),
    taskId: uuid(),
    notes: text(),
    data: jsonb()
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('equipment_events_equipment_at_idx').on(t.equipmentId, t.at)],
);
export type EquipmentEventRow = typeof equipmentEventsTable.$inferSelect;

/**
 * A location's (or, with no location, every location's) service rule for a category: every
 * `everyUsageHours` of use and/or every `everyDays` days an item needs a service, which the
 * maintenance scan turns into a due task.
 */
export const maintenanceRulesTable = pgTable(
  'maintenance_rules',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid().references(() => locationsTable.id, { onDelete: 'cascade' }),
    category: text().notNull(),
    name: text().notNull(),
    everyUsageHours: integer(),
    everyDays: integer(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('maintenance_rules_category_idx').on(t.category),
    check(
      'maintenance_rules_interval',
      sql`(${t.everyUsageHours} is not null or ${t.everyDays} is not null) and coalesce(${t.everyUsageHours}, 1) > 0 and coalesce(${t.everyDays}, 1) > 0`,
    ),
  ],
);
export type MaintenanceRuleRow = typeof maintenanceRulesTable.$inferSelect;

export const MAINTENANCE_TASK_KINDS = ['SERVICE', 'REPAIR'] as const;
export type MaintenanceTaskKind = (typeof MAINTENANCE_TASK_KINDS)[number];
export const maintenanceTaskKindEnum = pgEnum('maintenance_task_kind', MAINTENANCE_TASK_KINDS);
export const MAINTENANCE_TASK_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type MaintenanceTaskStatus = (typeof MAINTENANCE_TASK_STATUSES)[number];
export const maintenanceTaskStatusEnum = pgEnum(
  'maintenance_task_status',
  MAINTENANCE_TASK_STATUSES,
);

/**
 * Work an item needs: a SERVICE a rule made due (by date and/or usage), or a REPAIR opened by
 * damage (a rental's check-in or staff). Overdue when open past `dueAt` or past
 * `dueUsageMinutes` of use. At most one open task per item and rule (the scan is idempotent).
 */
export const maintenanceTasksTable = pgTable(
  'maintenance_tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    equipmentId: uuid()
      .notNull()
      .references(() => equipmentTable.id, { onDelete: 'cascade' }),
    ruleId: uuid().references(() => maintenanceRulesTable.id, { onDelete: 'set null' }),
    kind: maintenanceTaskKindEnum().notNull(),
    status: maintenanceTaskStatusEnum().notNull().default('OPEN'),
    title: text().notNull(),
    notes: text(),
    dueAt: timestamp({ withTimezone: true }),
    dueUsageMinutes: integer(),
    /** The rental whose check-in found the damage. */
    rentalId: uuid(),
    /** A maintenance window booked for the work, if any. */
    windowId: uuid().references(() => maintenanceWindowsTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    completedAt: timestamp({ withTimezone: true }),
    completedBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    resolution: text(),
    /** When staff were last reminded of it (the reminder job sends at most one a day). */
    remindedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('maintenance_tasks_equipment_idx').on(t.equipmentId, t.status),
    index('maintenance_tasks_open_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} = 'OPEN'`),
    uniqueIndex('maintenance_tasks_one_open_per_rule')
      .on(t.equipmentId, t.ruleId)
      .where(sql`${t.status} = 'OPEN' and ${t.ruleId} is not null`),
  ],
);
export type MaintenanceTaskRow = typeof maintenanceTasksTable.$inferSelect;
