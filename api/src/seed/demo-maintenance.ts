import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { logEquipmentEvents, type EquipmentEventInput } from '../modules/equipment/lifecycle.js';
import {
  equipmentTable,
  maintenanceRulesTable,
  maintenanceTasksTable,
  maintenanceWindowsTable,
} from '../modules/equipment/schema.js';
import type { LocationRow } from '../modules/locations/schema.js';
import { scanMaintenance } from '../modules/maintenance/scan.js';

/**
 * The Akyaka service rules and their history, so the maintenance board opens on a real
 * season: every item of a rule's category has its last service done some days ago (with what
 * was done), except the kites just under their 100 hours, which have not been serviced under
 * the hours rule yet. Then the scan opens what is due, exactly as the 15-minute job would:
 * those kites and two harnesses due in the coming days, a wetsuit overdue, and the rescue
 * boat's check, booked into the engine-service window the equipment seed made. The repairs in
 * progress come from the equipment and rental seeds.
 */

const RULES = [
  { key: 'kiteHours', category: 'KITE', name: 'Kite service / Kite bakımı', everyUsageHours: 100 },
  { key: 'kiteDays', category: 'KITE', name: 'Kite season check / Sezon kontrolü', everyDays: 180 },
  {
    key: 'harness',
    category: 'HARNESS',
    name: 'Harness inspection / Trapez kontrolü',
    everyDays: 90,
  },
  {
    key: 'wetsuit',
    category: 'WETSUIT',
    name: 'Wetsuit inspection / Wetsuit kontrolü',
    everyDays: 90,
  },
  {
    key: 'boat',
    category: 'BOAT',
    name: 'Rescue boat check / Kurtarma botu kontrolü',
    everyDays: 30,
  },
] as const;
type RuleKey = (typeof RULES)[number]['key'];

/** What was done at a service, per rule: the board's "done recently" shows these. */
const RESOLUTIONS: Record<RuleKey, string[]> = {
  kiteHours: [
    'Bladders hold pressure overnight; bridle, pulleys and leader lines checked.',
    'Lines re-trimmed to length, one pigtail replaced.',
    'Valves cleaned, canopy checked for pinholes: all fine.',
  ],
  kiteDays: [
    'Season check: canopy, stitching and struts fine.',
    'Season check: small tear on the trailing edge taped.',
  ],
  harness: ['Spreader bar, hook and webbing checked.', 'Buckles cleaned of sand; release works.'],
  wetsuit: ['Seams and zip checked, rinsed and dried.', 'Small tear at the knee glued.'],
  boat: ['Fuel, kill cord, VHF and first-aid kit checked; engine started and idled.'],
};

/** Akyaka's kites the equipment seed left just under their 100 hours: due by use, never serviced. */
const NEAR_SERVICE = new Set([
  'Duotone Evo 9m',
  'Duotone Evo 12m #1',
  'Core XR8 11m',
  'Duotone Evo 8m',
]);

/** Days since the last service of an item under a rule, for the items the board features. */
const FEATURED: Partial<Record<RuleKey, Record<string, number>>> = {
  // Due in 4 and 2 days.
  harness: { 'ION Riot Curv M #1': 86, 'Mystic Stealth Seat L': 88 },
  // Due 6 days ago.
  wetsuit: { 'ION Seek Core 3/2 L #2': 96 },
  // Due in 4 days; its check is booked into the engine-service window in 3 days.
  boat: { 'Zodiac Pro 500, Yamaha 40 hp': 26 },
};

/** A small number from a text, the same on every run (FNV-1a). */
function spread(text: string, range: number) {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h % range;
}

const DAY_MS = 86_400_000;

export async function seedDemoMaintenance(
  tx: DbOrTx,
  locations: LocationRow[],
  options: { now?: Date; completedBy?: string | null } = {},
) {
  const now = options.now ?? new Date();
  const akyaka = locations.find((l) => l.currency === 'TRY');
  if (!akyaka) return { rules: 0, done: 0, opened: 0 };
  const rules = await tx
    .insert(maintenanceRulesTable)
    .values(
      RULES.map(({ key: _key, ...rule }) => ({
        ...rule,
        locationId: akyaka.id,
        createdAt: new Date(now.getTime() - 200 * DAY_MS),
        updatedAt: new Date(now.getTime() - 200 * DAY_MS),
      })),
    )
    .returning();
  const items = await tx
    .select()
    .from(equipmentTable)
    .where(eq(equipmentTable.locationId, akyaka.id));
  const done: Array<typeof maintenanceTasksTable.$inferInsert> = [];
  RULES.forEach((rule, r) => {
    for (const item of items) {
      if (item.category !== rule.category || item.status === 'RETIRED') continue;
      if (rule.key === 'kiteHours' && NEAR_SERVICE.has(item.name)) continue;
      const interval = 'everyDays' in rule ? rule.everyDays : 60;
      // Well inside the interval (so not due within the week's lead), unless featured.
      const days =
        FEATURED[rule.key]?.[item.name] ??
        2 + spread(`${rule.key}:${item.name}`, Math.max(1, interval - 12));
      const completedAt = new Date(now.getTime() - days * DAY_MS - 5 * 3_600_000);
      const resolutions = RESOLUTIONS[rule.key];
      done.push({
        equipmentId: item.id,
        ruleId: rules[r]!.id,
        kind: 'SERVICE',
        status: 'DONE',
        title: rule.name,
        dueAt: completedAt,
        createdAt: new Date(completedAt.getTime() - 3 * DAY_MS),
        createdBy: null,
        completedAt,
        completedBy: options.completedBy ?? null,
        resolution: resolutions[spread(item.name, resolutions.length)]!,
      });
    }
  });
  const written = done.length
    ? await tx.insert(maintenanceTasksTable).values(done).returning()
    : [];
  const events: EquipmentEventInput[] = written.map((task) => ({
    equipmentId: task.equipmentId,
    kind: 'INSPECTED',
    at: task.completedAt!,
    actorUserId: task.completedBy,
    taskId: task.id,
    notes: task.resolution,
    data: { title: task.title, ruleId: task.ruleId },
  }));
  await logEquipmentEvents(tx, events);

  const opened = await scanMaintenance(tx, now, { locationId: akyaka.id });
  // The boat's check goes into the engine-service window already booked for it.
  const boat = items.find((i) => i.category === 'BOAT');
  if (boat) {
    const [window] = await tx
      .select()
      .from(maintenanceWindowsTable)
      .where(eq(maintenanceWindowsTable.equipmentId, boat.id));
    if (window) {
      await tx
        .update(maintenanceTasksTable)
        .set({ windowId: window.id })
        .where(
          and(
            eq(maintenanceTasksTable.equipmentId, boat.id),
            eq(maintenanceTasksTable.status, 'OPEN'),
          ),
        );
    }
  }
  return { rules: rules.length, done: written.length, opened: opened.length };
}
