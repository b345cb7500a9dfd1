import type { DbOrTx } from '../db/client.js';
import { allocationsTable } from '../modules/allocations/schema.js';
import { equipmentTable, maintenanceWindowsTable } from '../modules/equipment/schema.js';
import { roomsTable, type LocationRow } from '../modules/locations/schema.js';

/**
 * The demo school's gear and rooms (DEMO-SCHOOL.md "Equipment"): about 80 items per location,
 * kites 5–14 m, twin-tips 132–145 cm, bars, harnesses, wetsuits, helmets, impact vests, wings,
 * foil boards, SUPs and a rescue boat, each with a serial number; one item retired, one in
 * repair now and one with a service booked in the coming days. Fixed data, so every demo
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
      };
    }),
  );
}

const DAY_MS = 86_400_000;

/**
 * Seeds the gear and rooms of the demo locations (matched by currency: TRY is Akyaka, EUR
 * Tarifa) with their maintenance windows, as allocations too. `now` places the windows: a
 * Tarifa kite in repair from yesterday until the day after tomorrow, the Akyaka rescue boat's
 * engine service in three days, 08:00–13:00 Istanbul time.
 */
export async function seedDemoEquipment(
  tx: DbOrTx,
  locations: LocationRow[],
  now: Date = new Date(),
) {
  let equipment = 0;
  let rooms = 0;
  const windows: Array<{ equipmentId: string; startsAt: Date; endsAt: Date; reason: string }> = [];
  for (const location of locations) {
    const akyaka = location.currency === 'TRY';
    const items = itemsOf(akyaka ? AKYAKA : TARIFA, akyaka ? 0 : 5000);
    const rows = await tx
      .insert(equipmentTable)
      .values(
        items.map((item) => ({
          ...item,
          locationId: location.id,
          // A 2023 Switchblade with a delaminated canopy: kept on the list for its history.
          status:
            item.name === 'Cabrinha Switchblade 14m'
              ? ('RETIRED' as const)
              : ('AVAILABLE' as const),
        })),
      )
      .returning();
    equipment += rows.length;
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
    }
    const roomRows = await tx
      .insert(roomsTable)
      .values((ROOMS[location.currency] ?? []).map((r) => ({ ...r, locationId: location.id })))
      .returning();
    rooms += roomRows.length;
  }
  if (windows.length) {
    const created = await tx.insert(maintenanceWindowsTable).values(windows).returning();
    // A maintenance window holds its item like a booking does (allocations/service.ts).
    await tx.insert(allocationsTable).values(
      created.map((w) => ({
        resourceType: 'EQUIPMENT' as const,
        resourceId: w.equipmentId,
        kind: 'MAINTENANCE' as const,
        sourceId: w.id,
        startsAt: w.startsAt,
        endsAt: w.endsAt,
      })),
    );
  }
  return { equipment, rooms, maintenanceWindows: windows.length };
}
