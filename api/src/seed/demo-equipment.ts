import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { allocationsTable } from '../modules/allocations/schema.js';
import { instantAt } from '../modules/availability/time.js';
import type { EquipmentEventInput } from '../modules/equipment/lifecycle.js';
import { logEquipmentEvents } from '../modules/equipment/lifecycle.js';
import {
  equipmentTable,
  maintenanceTasksTable,
  maintenanceWindowsTable,
} from '../modules/equipment/schema.js';
import { openRepairTask } from '../modules/equipment/tasks.js';
import { roomsTable, type LocationRow } from '../modules/locations/schema.js';

/**
 * The demo school's gear and rooms (DEMO-SCHOOL.md "Equipment"): about 80 items per location,
 * kites 5–14 m, twin-tips 132–145 cm, bars, harnesses, wetsuits, helmets, impact vests, wings,
 * foil boards, SUPs and a rescue boat, each with a serial number, a purchase date and cost in
 * the location's currency and the hours of use it came with (a few kites just under 100 hours,
 * where a service falls due); one item retired (with its reason and log), one out of service
 * awaiting repair now and one with a service booked in the coming days; every item's log
 * starts with its purchase, and some have inspections and repairs. Fixed data, so every demo
 * school is the same apart from the maintenance dates, which follow the seeding time.
 */

/** A line of the inventory: one item per size (sizes may repeat: two 10 m kites). */
interface Line {
  category: string;
  brand: string;
  model: string;
  /** Short code in the serial number. */
  code: string;
  year: number;
  sizes: Array<string | null>;
}

const line = (
  category: string,
  brand: string,
  model: string,
  code: string,
  year: number,
  sizes: Array<string | null>,
): Line => ({ category, brand, model, code, year, sizes });

/** Akyaka: a flat, shallow lagoon with a steady thermal, so mid-size kites and many beginners. */
const AKYAKA: Line[] = [
  line('KITE', 'Duotone', 'Evo', 'EVO', 2025, [
    '7m',
    '8m',
    '9m',
    '10m',
    '10m',
    '12m',
    '12m',
    '14m',
  ]),
  line('KITE', 'North', 'Orbit', 'ORB', 2024, ['8m', '10m', '12m']),
  line('KITE', 'Core', 'XR8', 'XR8', 2025, ['9m', '11m', '13m']),
  line('KITE', 'Cabrinha', 'Switchblade', 'SWB', 2023, ['10m', '12m', '14m']),
  line('KITE', 'Ozone', 'Enduro V4', 'END', 2024, ['5m', '6m', '8m']),
  line('BAR', 'Duotone', 'Click Bar Quad Control', 'CLK', 2025, ['22m', '22m', '24m', '24m']),
  line('BAR', 'North', 'Navigator Bar', 'NAV', 2024, ['20m', '22m']),
  line('BAR', 'Core', 'Sensor 3S Pro', 'SEN', 2025, ['22m', '24m']),
  line('BOARD', 'Duotone', 'Jaime', 'JAI', 2025, ['132cm', '135cm', '138cm', '141cm']),
  line('BOARD', 'North', 'Trace', 'TRC', 2024, ['136cm', '139cm', '142cm', '145cm']),
  line('BOARD', 'Core', 'Fusion 5', 'FUS', 2024, ['134cm', '137cm', '140cm']),
  line('HARNESS', 'ION', 'Riot Curv', 'RIO', 2025, ['S', 'M', 'M', 'L', 'L', 'XL']),
  line('HARNESS', 'Mystic', 'Stealth Seat', 'STS', 2024, ['M', 'L']),
  line('WETSUIT', 'ION', 'Seek Core 3/2', 'SEK', 2025, [
    'XS',
    'S',
    'M',
    'M',
    'L',
    'L',
    'XL',
    'XXL',
  ]),
  line('WETSUIT', 'Mystic', 'Brand Shorty 3/2', 'SHO', 2024, ['S', 'M', 'L', 'XL']),
  line('HELMET', 'Gath', 'Surf Convertible', 'GTH', 2024, ['S', 'M', 'M', 'L', 'L', 'XL']),
  line('IMPACT_VEST', 'Mystic', 'Star Impact Vest', 'STR', 2025, ['S', 'M', 'L', 'XL']),
  line('WING', 'Duotone', 'Slick', 'SLK', 2025, ['3m', '4m', '5m', '6m']),
  line('WING', 'North', 'Nova', 'NOV', 2024, ['4m', '5m']),
  line('FOIL_BOARD', 'Duotone', 'Sky Free', 'SKF', 2025, ['110l', '140l']),
  line('FOIL_BOARD', 'North', 'Seek', 'SEE', 2024, ['120l']),
  line('SUP', 'Red Paddle Co', 'Ride 10\'6"', 'RID', 2024, [null, null, null, null]),
  line('BOAT', 'Zodiac', 'Pro 500, Yamaha 40 hp', 'ZOD', 2022, [null]),
];

/** Tarifa: strong Levante and Poniente and waves, so smaller kites, surfboards, full suits. */
const TARIFA: Line[] = [
  line('KITE', 'Duotone', 'Evo', 'EVO', 2025, ['5m', '6m', '7m', '8m', '9m', '10m', '12m']),
  line('KITE', 'North', 'Orbit', 'ORB', 2025, ['6m', '7m', '9m', '11m']),
  line('KITE', 'Core', 'XR8', 'XR8', 2024, ['5m', '7m', '9m']),
  line('KITE', 'Cabrinha', 'Moto X', 'MOX', 2025, ['8m', '10m']),
  line('KITE', 'Ozone', 'Enduro V4', 'END', 2024, ['6m', '8m', '10m']),
  line('BAR', 'Duotone', 'Click Bar Quad Control', 'CLK', 2025, ['20m', '22m', '22m', '24m']),
  line('BAR', 'North', 'Navigator Bar', 'NAV', 2025, ['20m', '22m', '22m']),
  line('BOARD', 'Duotone', 'Soleil', 'SOL', 2025, ['132cm', '135cm', '138cm']),
  line('BOARD', 'North', 'Atmos Hybrid', 'ATM', 2024, ['138cm', '141cm', '145cm']),
  line('SURFBOARD', 'Duotone', 'Whip', 'WHP', 2025, ['5\'2"', '5\'4"', '5\'6"']),
  line('HARNESS', 'ION', 'Apex Curv', 'APX', 2025, ['S', 'M', 'M', 'L', 'L', 'XL']),
  line('HARNESS', 'Mystic', 'Majestic', 'MAJ', 2024, ['M', 'L']),
  line('WETSUIT', 'ION', 'Element 4/3', 'ELM', 2025, ['XS', 'S', 'M', 'M', 'L', 'L', 'XL', 'XXL']),
  line('WETSUIT', 'Mystic', 'Marshall 5/3', 'MAR', 2024, ['M', 'L']),
  line('HELMET', 'Gath', 'Surf Convertible', 'GTH', 2025, ['S', 'M', 'M', 'L', 'XL']),
  line('IMPACT_VEST', 'ION', 'Vector Vest', 'VEC', 2025, ['S', 'M', 'L', 'XL']),
  line('WING', 'Duotone', 'Unit', 'UNI', 2025, ['3m', '4m', '4m', '5m', '5m', '6m']),
  line('WING', 'Ozone', 'Wasp V3', 'WSP', 2024, ['4m', '5m']),
  line('FOIL_BOARD', 'Duotone', 'Sky Style', 'SKS', 2025, ['85l', '110l']),
  line('FOIL_BOARD', 'North', 'Seek', 'SEE', 2025, ['100l', '120l']),
  line('SUP', 'Red Paddle Co', 'Ride 10\'8"', 'RID', 2025, [null, null]),
  line('BOAT', 'Valiant', 'DR-450, Mercury 30 hp', 'VAL', 2021, [null]),
];

/**
 * What an item costs new, in euros (whole units), by category and size: kites and wings by
 * their square metres, the rest flat. Turkish lira prices follow at TRY_PER_EUR, rounded to
 * 100 ₺, as an importer's list would.
 */
const PRICE_EUR: Record<string, (size: string | null) => number> = {
  KITE: (size) => 1090 + 62 * measure(size, 9),
  BAR: () => 649,
  BOARD: () => 699,
  SURFBOARD: () => 749,
  HARNESS: () => 279,
  WETSUIT: () => 329,
  HELMET: () => 89,
  IMPACT_VEST: () => 149,
  WING: (size) => 690 + 55 * measure(size, 5),
  FOIL_BOARD: () => 1390,
  SUP: () => 949,
  BOAT: () => 17_900,
};
const TRY_PER_EUR = 45;

/** Hours of use a season adds, by category (a school kite flies most afternoons). */
const SEASON_HOURS: Record<string, number> = {
  KITE: 85,
  BAR: 85,
  BOARD: 80,
  SURFBOARD: 60,
  HARNESS: 80,
  WETSUIT: 90,
  HELMET: 60,
  IMPACT_VEST: 60,
  WING: 70,
  FOIL_BOARD: 55,
  SUP: 50,
  BOAT: 160,
};

/** Kites whose use is just under the 100-hour service: the maintenance board's first work. */
const NEAR_SERVICE: Record<string, number> = {
  'Duotone Evo 9m': 96.5,
  'Duotone Evo 12m #1': 93,
  'Core XR8 11m': 97.75,
  'Duotone Evo 8m': 94.5,
  'North Orbit 7m': 98,
};

/** The number in a size label (9 for "9m"), or `fallback`. */
function measure(size: string | null, fallback: number) {
  const n = Number.parseFloat(size ?? '');
  return Number.isFinite(n) ? n : fallback;
}

/** A small number from a text, the same on every run (FNV-1a). */
function spread(text: string, range: number) {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h % range;
}

/** The purchase of an item: a spring day of its model year, the list price, its use since. */
function purchaseOf(
  item: { category: string; size: string | null; name: string; serialNumber: string },
  year: number,
  currency: string,
) {
  const month = 2 + spread(item.serialNumber, 3); // March to May: before the season
  const day = 1 + spread(item.name + item.serialNumber, 28);
  const eur = (PRICE_EUR[item.category] ?? (() => 500))(item.size);
  const whole = currency === 'TRY' ? Math.round((eur * TRY_PER_EUR) / 100) * 100 : eur;
  // Seasons flown: the model year's and each one since, up to 2025 (the seed's last full one).
  const seasons = Math.max(1, 2026 - year);
  const hours =
    NEAR_SERVICE[item.name] ??
    Math.round(
      seasons * (SEASON_HOURS[item.category] ?? 40) * (0.55 + spread(item.name, 40) / 100),
    );
  return {
    purchaseDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    purchaseCost: whole * 100,
    purchaseCurrency: currency,
    usageMinutesBase: Math.round(hours * 60),
  };
}

/** The retired item: a storm-torn kite kept on the list for its history. */
const RETIRED = {
  name: 'Cabrinha Switchblade 14m',
  damagedAt: '2025-09-27T14:30:00.000Z',
  retiredAt: '2025-09-30T09:00:00.000Z',
  damage: 'Canopy torn from leading edge to trailing edge in a gust; two struts burst.',
  reason: 'Delaminated canopy after the September storm; a repair would cost more than the kite.',
};

/** Past inspections and repairs, on the item named, at each location's wall clock. */
const HISTORY: Array<{
  name: string;
  currency: string;
  kind: 'INSPECTED' | 'DAMAGED' | 'REPAIRED';
  date: string;
  time: string;
  notes: string;
}> = [
  {
    name: 'North Orbit 12m',
    currency: 'TRY',
    kind: 'INSPECTED',
    date: '2025-04-28',
    time: '10:00',
    notes: 'Pre-season check: bladders hold pressure, bridle and pulleys fine.',
  },
  {
    name: 'North Orbit 12m',
    currency: 'TRY',
    kind: 'DAMAGED',
    date: '2025-08-12',
    time: '17:40',
    notes: '20 cm tear in the canopy after a crash on the beach.',
  },
  {
    name: 'North Orbit 12m',
    currency: 'TRY',
    kind: 'REPAIRED',
    date: '2025-08-16',
    time: '11:00',
    notes: 'Canopy patched at the loft in Marmaris; 1,800 TRY.',
  },
  {
    name: 'Zodiac Pro 500, Yamaha 40 hp',
    currency: 'TRY',
    kind: 'INSPECTED',
    date: '2025-05-02',
    time: '09:00',
    notes: 'Annual coast-guard inspection passed; flares renewed.',
  },
  {
    name: 'Core XR8 9m',
    currency: 'EUR',
    kind: 'DAMAGED',
    date: '2025-10-03',
    time: '16:15',
    notes: 'Bridle pulley worn through; kite pulled from the rental wall.',
  },
  {
    name: 'Core XR8 9m',
    currency: 'EUR',
    kind: 'REPAIRED',
    date: '2025-10-04',
    time: '10:30',
    notes: 'Pulley and pigtail replaced.',
  },
  {
    name: 'Duotone Click Bar Quad Control 22m #1',
    currency: 'EUR',
    kind: 'INSPECTED',
    date: '2025-11-20',
    time: '12:00',
    notes: 'Lines measured: front lines 4 cm longer, trimmed.',
  },
  {
    name: 'ION Element 4/3 M #1',
    currency: 'EUR',
    kind: 'INSPECTED',
    date: '2025-12-05',
    time: '12:00',
    notes: 'Seams glued at the knees.',
  },
];

const ROOMS: Record<string, Array<{ name: string; capacity: number }>> = {
  TRY: [
    { name: 'Sahil stüdyosu / Studio by the beach', capacity: 2 },
    { name: 'Lagün manzaralı oda / Lagoon view room', capacity: 2 },
    { name: 'Aile süiti / Family suite', capacity: 4 },
  ],
  EUR: [
    { name: 'Studio by the beach', capacity: 2 },
    { name: 'Apartamento Levante / Levante apartment', capacity: 4 },
  ],
};

/** The items of an inventory, named "Brand Model size" with #2, #3 for repeated sizes. */
function itemsOf(lines: Line[], serialBase: number) {
  let n = serialBase;
  return lines.flatMap((l) =>
    l.sizes.map((size, i) => {
      const same = l.sizes.filter((s) => s === size).length;
      const nth = l.sizes.slice(0, i + 1).filter((s) => s === size).length;
      const label = [l.brand, l.model, size].filter(Boolean).join(' ');
      n += 1;
      // 7919 is prime to 90,000: the numbers look scattered and never repeat.
      const number = 10_000 + ((n * 7919) % 90_000);
      return {
        category: l.category,
        brand: l.brand,
        model: l.model,
        size,
        name: same > 1 ? `${label} #${nth}` : label,
        serialNumber: `${l.code}${String(l.year).slice(2)}-${String(number).padStart(5, '0')}`,
        year: l.year,
      };
    }),
  );
}

const DAY_MS = 86_400_000;

/**
 * Seeds the gear and rooms of the demo locations (matched by currency: TRY is Akyaka, EUR
 * Tarifa) with their purchases, hours of use, logs and maintenance windows (as allocations
 * too). `now` places the windows: a Tarifa kite out of service awaiting a bladder repair,
 * in the loft from yesterday until the day after tomorrow; the Akyaka rescue boat's engine
 * service in three days, 08:00–13:00 Istanbul time. A handful of batched statements.
 */
export async function seedDemoEquipment(
  tx: DbOrTx,
  locations: LocationRow[],
  now: Date = new Date(),
) {
  let equipment = 0;
  let rooms = 0;
  const windows: Array<{ equipmentId: string; startsAt: Date; endsAt: Date; reason: string }> = [];
  const events: EquipmentEventInput[] = [];
  let repair: { equipmentId: string; at: Date } | null = null;
  for (const location of locations) {
    const akyaka = location.currency === 'TRY';
    const items = itemsOf(akyaka ? AKYAKA : TARIFA, akyaka ? 0 : 5000);
    const rows = await tx
      .insert(equipmentTable)
      .values(
        items.map(({ year, ...item }) => {
          const retired = akyaka && item.name === RETIRED.name;
          return {
            ...item,
            ...purchaseOf(item, year, location.currency),
            locationId: location.id,
            // A 2023 Switchblade with a delaminated canopy: kept on the list for its history.
            status: retired ? ('RETIRED' as const) : ('AVAILABLE' as const),
            retiredAt: retired ? new Date(RETIRED.retiredAt) : null,
            retiredReason: retired ? RETIRED.reason : null,
          };
        }),
      )
      .returning();
    equipment += rows.length;
    for (const row of rows) {
      events.push({
        equipmentId: row.id,
        kind: 'PURCHASED',
        at: instantAt(row.purchaseDate!, '00:00', location.timezone),
        data: { cost: row.purchaseCost, currency: row.purchaseCurrency },
      });
      if (row.status === 'RETIRED') {
        events.push(
          {
            equipmentId: row.id,
            kind: 'DAMAGED',
            at: new Date(RETIRED.damagedAt),
            notes: RETIRED.damage,
          },
          {
            equipmentId: row.id,
            kind: 'RETIRED',
            at: row.retiredAt!,
            notes: RETIRED.reason,
            data: { reason: RETIRED.reason, previousStatus: 'AVAILABLE', cancelledWindows: 0 },
          },
        );
      }
    }
    for (const entry of HISTORY.filter((h) => h.currency === location.currency)) {
      const row = rows.find((r) => r.name === entry.name);
      if (!row) continue;
      events.push({
        equipmentId: row.id,
        kind: entry.kind,
        at: instantAt(entry.date, entry.time, location.timezone),
        notes: entry.notes,
      });
    }
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    if (akyaka) {
      const boat = rows.find((r) => r.category === 'BOAT')!;
      windows.push({
        equipmentId: boat.id,
        // 08:00–13:00 in Istanbul (UTC+3 all year).
        startsAt: new Date(today + 3 * DAY_MS + 5 * 3_600_000),
        endsAt: new Date(today + 3 * DAY_MS + 10 * 3_600_000),
        reason: 'Outboard engine service (100 hours)',
      });
    } else {
      const kite = rows.find((r) => r.name === 'North Orbit 9m')!;
      windows.push({
        equipmentId: kite.id,
        startsAt: new Date(today - DAY_MS),
        endsAt: new Date(today + 2 * DAY_MS),
        reason: 'Leading-edge bladder repair at the loft',
      });
      repair = { equipmentId: kite.id, at: new Date(today - DAY_MS - 2 * 3_600_000) };
    }
    const roomRows = await tx
      .insert(roomsTable)
      .values((ROOMS[location.currency] ?? []).map((r) => ({ ...r, locationId: location.id })))
      .returning();
    rooms += roomRows.length;
  }
  await logEquipmentEvents(tx, events);
  let created: Array<{ id: string; equipmentId: string }> = [];
  if (windows.length) {
    created = await tx.insert(maintenanceWindowsTable).values(windows).returning();
    // A maintenance window holds its item like a booking does (allocations/service.ts).
    await tx.insert(allocationsTable).values(
      created.map((w, i) => ({
        resourceType: 'EQUIPMENT' as const,
        resourceId: w.equipmentId,
        kind: 'MAINTENANCE' as const,
        sourceId: w.id,
        startsAt: windows[i]!.startsAt,
        endsAt: windows[i]!.endsAt,
      })),
    );
  }
  if (repair) {
    // Out of service until the repair is done (stored MAINTENANCE, a REPAIR task, DAMAGED in
    // its log); the loft's window is the task's workshop time.
    const task = await openRepairTask(tx, {
      equipmentId: repair.equipmentId,
      title: 'Leading-edge bladder leak',
      notes: 'Loses pressure within an hour; valve checked, the leak is in the bladder seam.',
      at: repair.at,
    });
    const window = created.find((w) => w.equipmentId === repair!.equipmentId);
    if (window) {
      await tx
        .update(maintenanceTasksTable)
        .set({ windowId: window.id })
        .where(eq(maintenanceTasksTable.id, task.id));
    }
  }
  return { equipment, rooms, maintenanceWindows: windows.length };
}
