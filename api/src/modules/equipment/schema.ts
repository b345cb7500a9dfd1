import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';

export const EQUIPMENT_STATUSES = ['AVAILABLE', 'IN_USE', 'MAINTENANCE', 'RETIRED'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];
export const equipmentStatusEnum = pgEnum('equipment_status', EQUIPMENT_STATUSES);

/**
 * One piece of gear a location lends or rents out: a kite, a board, a wetsuit. `category` is
 * an upper-case key (KITE, BOARD, WETSUIT, ...); `size` is free text as printed on it (9m,
 * 138cm, M). Whether it is free at a time is decided by the allocations table, not `status`.
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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('equipment_location_category_idx').on(t.locationId, t.category, t.size)],
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
