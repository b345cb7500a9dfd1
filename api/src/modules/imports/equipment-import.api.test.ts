import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import {
  equipmentEventsTable,
  equipmentTable,
  maintenanceTasksTable,
} from '../equipment/schema.js';
import { locationsTable } from '../locations/schema.js';
import type { ImportReport } from './report.js';

let t: TestApp;
let manager: SignedIn;
const clock = new Date('2026-06-01T10:00:00.000Z');

/** Two locations in two currencies, and an item whose serial number is taken already. */
async function seedLocations(db: Db) {
  const [akyaka, tarifa] = await db
    .insert(locationsTable)
    .values([
      { name: 'Akyaka Kite Center', timezone: 'Europe/Istanbul', currency: 'TRY' },
      { name: 'Tarifa Kite & Wing', timezone: 'Europe/Madrid', currency: 'EUR' },
    ])
    .returning();
  await db.insert(equipmentTable).values({
    locationId: tarifa!.id,
    name: 'North Orbit 10 (old)',
    category: 'KITE',
    size: '10m',
    brand: 'North',
    serialNumber: 'NO-TAKEN-1',
  });
  return { akyaka: akyaka!, tarifa: tarifa! };
}
let places: Awaited<ReturnType<typeof seedLocations>>;

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  manager = await t.signIn('MANAGER');
  places = await seedLocations(t.db);
});
afterAll(() => t.stop());

const IMPORT = `mutation($csv: String!, $dryRun: Boolean!, $all: Boolean) {
  importEquipment(csv: $csv, dryRun: $dryRun, allOrNothing: $all) {
    kind totalRows validRows invalidRows created dryRun allOrNothing message
    rows { line status name errors { field code message otherLine value } }
  }
}`;

function importCsv(csv: string, dryRun: boolean, all?: boolean, token = manager.token) {
  return t.gql<{ importEquipment: ImportReport }>(IMPORT, { csv, dryRun, all }, { token });
}

/** Items (and their lifecycle entries) whose name starts with `prefix`. */
async function itemsNamed(prefix: string) {
  const items = await t.db
    .select()
    .from(equipmentTable)
    .where(like(equipmentTable.name, `${prefix}%`))
    .orderBy(asc(equipmentTable.name));
  const events = items.length
    ? await t.db
        .select()
        .from(equipmentEventsTable)
        .where(
          inArray(
            equipmentEventsTable.equipmentId,
            items.map((i) => i.id),
          ),
        )
    : [];
  return { items, events };
}

const importAudits = () =>
  t.db
    .select()
    .from(auditLogTable)
    .where(eq(auditLogTable.action, 'equipment.imported'))
    .orderBy(auditLogTable.id);

const codes = (report: ImportReport) =>
  report.rows.map((r) => [r.line, r.status, r.errors.map((e) => `${e.field}:${e.code}`)]);

describe('importEquipment', () => {
  it('a dry run checks every row and writes nothing', async () => {
    const csv =
      'location,name,category,size,brand,serial number,purchase date,purchase cost\n' +
      'Akyaka Kite Center,Dry Evo 9,kite,9m,Duotone,DRY-1,2025-04-01,"18.500,00"\n' +
      'Tarifa Kite & Wing,Dry Rebel 12,kite,12m,North,DRY-2,2025-04-01,1200.00\n';
    const audits = (await importAudits()).length;
    const report = (await importCsv(csv, true)).data!.importEquipment;
    expect(report).toMatchObject({
      kind: 'EQUIPMENT',
      dryRun: true,
      totalRows: 2,
      validRows: 2,
      invalidRows: 0,
      created: 0,
    });
    expect(report.rows.map((r) => [r.line, r.status, r.name])).toEqual([
      [2, 'VALID', 'Dry Evo 9'],
      [3, 'VALID', 'Dry Rebel 12'],
    ]);
    expect((await itemsNamed('Dry ')).items).toEqual([]);
    expect(await importAudits()).toHaveLength(audits);
  });

  it('imports Turkish sheets: items with purchase, cost in minor units, usage, status and PURCHASED events', async () => {
    const csv =
      '\ufeffKonum;Ekipman adı;Kategori;Beden;Marka;Model;Seri no;Satın alma tarihi;Maliyet;Kullanım saati;Notlar;Durum\r\n' +
      'akyaka kite center;Imp Evo 9;Uçurtma;9 M;Duotone;Evo;dt-0009;15.03.2024;18.500,50;12,5;Yeni;\r\n' +
      'Akyaka Kite Center;Imp Trapez M;Trapez;m;ION;Riot;;;;;;Müsait\r\n' +
      'Akyaka Kite Center;Imp Eski bar;Kontrol barı;;North;;;01.06.2019;4500,00;820;Hat değişmeli;Hurda\r\n' +
      'Akyaka Kite Center;Imp Tahta 138;Tahta;138cm;Duotone;Soleil;SOL-138;2025-05-01;;;Kenarı çatlak;Bakımda\r\n';
    const report = (await importCsv(csv, false)).data!.importEquipment;
    expect(report).toMatchObject({ kind: 'EQUIPMENT', totalRows: 4, created: 4, invalidRows: 0 });
    expect(report.rows.map((r) => r.status)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);

    const { items, events } = await itemsNamed('Imp ');
    expect(
      items.map((i) => [
        i.name,
        i.locationId,
        i.category,
        i.size,
        i.serialNumber,
        i.purchaseDate,
        i.purchaseCost,
        i.purchaseCurrency,
        i.usageMinutesBase,
        i.status,
      ]),
    ).toEqual([
      [
        'Imp Eski bar',
        places.akyaka.id,
        'BAR',
        null,
        null,
        '2019-06-01',
        450_000,
        'TRY',
        49_200,
        'RETIRED',
      ],
      [
        'Imp Evo 9',
        places.akyaka.id,
        'KITE',
        '9m',
        'dt-0009',
        '2024-03-15',
        1_850_050,
        'TRY',
        750,
        'AVAILABLE',
      ],
      [
        'Imp Tahta 138',
        places.akyaka.id,
        'BOARD',
        '138cm',
        'SOL-138',
        '2025-05-01',
        null,
        null,
        0,
        'MAINTENANCE',
      ],
      ['Imp Trapez M', places.akyaka.id, 'HARNESS', 'M', null, null, null, null, 0, 'AVAILABLE'],
    ]);
    const [bar, evo, board, harness] = items;
    expect(bar!.retiredAt).toEqual(clock);
    expect(evo!.notes).toBe('Yeni');

    // One PURCHASED entry each, at the purchase date when given; the retired bar's RETIRED
    // entry; the board's damage entry from its repair task.
    const kinds = (id: string) =>
      events
        .filter((e) => e.equipmentId === id)
        .map((e) => [e.kind, e.at.toISOString(), e.actorUserId])
        .sort();
    expect(kinds(evo!.id)).toEqual([['PURCHASED', '2024-03-15T00:00:00.000Z', manager.userId]]);
    expect(kinds(harness!.id)).toEqual([['PURCHASED', clock.toISOString(), manager.userId]]);
    expect(kinds(bar!.id)).toEqual([
      ['PURCHASED', '2019-06-01T00:00:00.000Z', manager.userId],
      ['RETIRED', clock.toISOString(), manager.userId],
    ]);
    expect(kinds(board!.id)).toEqual([
      ['DAMAGED', clock.toISOString(), manager.userId],
      ['PURCHASED', '2025-05-01T00:00:00.000Z', manager.userId],
    ]);
    expect(events.find((e) => e.equipmentId === evo!.id)!.data).toEqual({
      imported: true,
      cost: 1_850_050,
      currency: 'TRY',
      usageMinutesBase: 750,
    });
    const tasks = await t.db
      .select()
      .from(maintenanceTasksTable)
      .where(eq(maintenanceTasksTable.equipmentId, board!.id));
    expect(tasks.map((task) => [task.kind, task.status, task.notes])).toEqual([
      ['REPAIR', 'OPEN', 'Kenarı çatlak'],
    ]);

    // Audited once, with counts only.
    const audit = (await importAudits()).at(-1)!;
    expect(audit).toMatchObject({
      actorUserId: manager.userId,
      entityType: 'equipment',
      data: {
        totalRows: 4,
        created: 4,
        invalidRows: 0,
        allOrNothing: false,
        locationIds: [places.akyaka.id],
      },
    });
  });

  it('names each bad row and, all or nothing, writes none of the good ones', async () => {
    const csv =
      'location,name,category,size,brand,serial number,purchase date,purchase cost,currency,usage hours,status\n' +
      'Tarifa Kite & Wing,Bad Good 7,kite,7m,North,OK-7,2025-01-10,900.00,EUR,10,\n' +
      'Nowhere Beach,Bad Place,kite,7m,,,,,,,\n' +
      'Tarifa Kite & Wing,,kite,,,,,,,,\n' +
      'Tarifa Kite & Wing,Bad Category,***,,,,,,,,\n' +
      'Tarifa Kite & Wing,Bad Date,kite,,,,31.02.2025,,,,\n' +
      'Tarifa Kite & Wing,Bad Future,kite,,,,2026-07-01,,,,\n' +
      'Tarifa Kite & Wing,Bad Cost,kite,,,,,"4.500",,,\n' +
      'Tarifa Kite & Wing,Bad Currency,kite,,,,,100,TRY,,\n' +
      'Tarifa Kite & Wing,Bad Hours,kite,,,,,,,-3,\n' +
      'Tarifa Kite & Wing,Bad Status,kite,,,,,,,,IN_USE\n' +
      'Tarifa Kite & Wing,Bad Old,kite,,,,1975-05-05,,,,\n';
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(equipmentTable);
    const audits = (await importAudits()).length;
    const report = (await importCsv(csv, false, true)).data!.importEquipment;
    expect(report).toMatchObject({ created: 0, validRows: 1, invalidRows: 10, allOrNothing: true });
    expect(report.message).toMatch(/^Nothing was imported: 10 rows have problems/);
    expect(codes(report)).toEqual([
      [2, 'VALID', []],
      [3, 'INVALID', ['location:UNKNOWN_LOCATION']],
      [4, 'INVALID', ['name:REQUIRED']],
      [5, 'INVALID', ['category:INVALID_FORMAT']],
      [6, 'INVALID', ['purchaseDate:INVALID_FORMAT']],
      [7, 'INVALID', ['purchaseDate:OUT_OF_RANGE']],
      [8, 'INVALID', ['purchaseCost:AMBIGUOUS_AMOUNT']],
      [9, 'INVALID', ['currency:CURRENCY_MISMATCH']],
      [10, 'INVALID', ['usageHours:OUT_OF_RANGE']],
      [11, 'INVALID', ['status:UNKNOWN_VALUE']],
      [12, 'INVALID', ['purchaseDate:OUT_OF_RANGE']],
    ]);
    expect(report.rows[1]!.errors[0]).toMatchObject({ value: 'Nowhere Beach' });
    expect(report.rows[7]!.errors[0]).toMatchObject({ value: 'EUR' });
    const after = await t.db.select({ n: sql<number>`count(*)::int` }).from(equipmentTable);
    expect(after).toEqual(before);
    expect(await importAudits()).toHaveLength(audits);

    // Without all-or-nothing the one good row is written.
    const partial = (await importCsv(csv, false)).data!.importEquipment;
    expect(partial).toMatchObject({ created: 1, invalidRows: 10 });
    expect((await itemsNamed('Bad ')).items.map((i) => i.name)).toEqual(['Bad Good 7']);
  });

  it('refuses a brand and serial number twice in the file or already in use, in any case', async () => {
    const csv =
      'location,name,category,brand,serial number\n' +
      'Tarifa Kite & Wing,Dup A,kite,Core,SN-100\n' +
      'Tarifa Kite & Wing,Dup B,kite,CORE,sn-100\n' +
      // Another brand may use the same serial.
      'Tarifa Kite & Wing,Dup C,kite,Ozone,SN-100\n' +
      'Akyaka Kite Center,Dup D,kite,north,no-taken-1\n' +
      // The same serial with no brand is a different key from any brand's.
      'Akyaka Kite Center,Dup E,kite,,NO-TAKEN-1\n';
    const dry = (await importCsv(csv, true)).data!.importEquipment;
    expect(codes(dry)).toEqual([
      [2, 'VALID', []],
      [3, 'INVALID', ['serialNumber:DUPLICATE_IN_FILE']],
      [4, 'VALID', []],
      [5, 'INVALID', ['serialNumber:ALREADY_EXISTS']],
      [6, 'VALID', []],
    ]);
    expect(dry.rows[1]!.errors[0]).toMatchObject({ otherLine: 2 });
    expect(dry.rows[3]!.errors[0]).toMatchObject({ value: 'North Orbit 10 (old)' });

    const done = (await importCsv(csv, false)).data!.importEquipment;
    expect(done).toMatchObject({ created: 3, invalidRows: 2 });
    // Imported once, the same file again finds every serial taken.
    const again = (await importCsv(csv, true)).data!.importEquipment;
    expect(codes(again).map(([line, , errors]) => [line, errors])).toEqual([
      [2, ['serialNumber:ALREADY_EXISTS']],
      [3, ['serialNumber:DUPLICATE_IN_FILE']],
      [4, ['serialNumber:ALREADY_EXISTS']],
      [5, ['serialNumber:ALREADY_EXISTS']],
      [6, ['serialNumber:ALREADY_EXISTS']],
    ]);
  });

  it('is refused to instructors, students and API keys, and to anonymous callers', async () => {
    const csv = 'location,name,category\nTarifa Kite & Wing,Role Kite,kite\n';
    for (const role of ['INSTRUCTOR', 'STUDENT'] as const) {
      const other = await t.signIn(role);
      const res = await importCsv(csv, false, false, other.token);
      expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const http = await fetch(`${t.url}/imports/equipment?dryRun=false`, {
        method: 'POST',
        headers: { authorization: `Bearer ${other.token}`, 'content-type': 'text/csv' },
        body: csv,
      });
      expect(http.status).toBe(403);
    }
    const key = await t.apiKey(['READ', 'CUSTOMERS_WRITE', 'BOOKINGS_WRITE']);
    expect((await importCsv(csv, false, false, key)).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    const anonymous = await fetch(`${t.url}/imports/equipment?dryRun=false`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(anonymous.status).toBe(401);
    expect((await itemsNamed('Role ')).items).toEqual([]);
  });

  it('takes 5,000 rows through the upload route: dry run, then one batched commit', async () => {
    const lines = [
      'Konum;Ad;Kategori;Beden;Marka;Seri no;Satın alma tarihi;Maliyet;Kullanım saati',
    ];
    for (let i = 0; i < 5_000; i += 1) {
      lines.push(
        `Akyaka Kite Center;Bulk ${String(i).padStart(4, '0')};Islak elbise;${['S', 'M', 'L'][i % 3]};` +
          `ION;BULK-${i};01.04.2025;2.450,00;${i % 40}`,
      );
    }
    const csv = `${lines.join('\r\n')}\r\n`;
    const post = (dryRun: boolean) =>
      fetch(`${t.url}/imports/equipment?dryRun=${dryRun}&allOrNothing=true`, {
        method: 'POST',
        headers: { authorization: `Bearer ${manager.token}`, 'content-type': 'text/csv' },
        body: csv,
      });
    const dry = await post(true);
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ kind: 'EQUIPMENT', validRows: 5_000, created: 0 });
    expect((await itemsNamed('Bulk ')).items).toHaveLength(0);

    const done = await post(false);
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ created: 5_000, invalidRows: 0 });
    const [{ items, purchased }] = (await t.db
      .select({
        items: sql<number>`count(distinct ${equipmentTable.id})::int`,
        purchased: sql<number>`count(${equipmentEventsTable.id})::int`,
      })
      .from(equipmentTable)
      .leftJoin(
        equipmentEventsTable,
        and(
          eq(equipmentEventsTable.equipmentId, equipmentTable.id),
          eq(equipmentEventsTable.kind, 'PURCHASED'),
        ),
      )
      .where(like(equipmentTable.name, 'Bulk %'))) as [{ items: number; purchased: number }];
    expect({ items, purchased }).toEqual({ items: 5_000, purchased: 5_000 });
    const audit = (await importAudits()).at(-1)!;
    expect(audit.data).toMatchObject({ totalRows: 5_000, created: 5_000 });
  });
});
