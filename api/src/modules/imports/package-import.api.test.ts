import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase, type Db } from '../../db/client.js';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { spawnScript } from '../../test/process.js';
import { withScriptEnv } from '../../test/script-env.js';
import { auditLogTable } from '../audit/schema.js';
import { packageItemsTable, packagesTable, servicesTable } from '../catalog/schema.js';
import { locationsTable } from '../locations/schema.js';
import type { ImportProblem, ImportReport } from './report.js';

let t: TestApp;
let manager: SignedIn;
const clock = new Date('2026-06-01T10:00:00.000Z');

/** The catalog the files refer to: two locations in two currencies, and two called "Çeşme". */
async function seedCatalog(db: Db) {
  const [urla, tarifa] = await db
    .insert(locationsTable)
    .values([
      { name: 'Urla Kite Okulu', timezone: 'Europe/Istanbul', currency: 'TRY' },
      { name: 'Tarifa', timezone: 'Europe/Madrid', currency: 'EUR' },
      { name: 'Çeşme', timezone: 'Europe/Istanbul', currency: 'TRY' },
      { name: 'ÇEŞME', timezone: 'Europe/Istanbul', currency: 'TRY' },
    ])
    .returning();
  const service = (locationId: string, currency: string, name: string) => ({
    locationId,
    currency,
    name,
    kind: 'LESSON' as const,
    discipline: 'KITE',
    lessonFormat: 'PRIVATE' as const,
    durationMinutes: 120,
    capacity: 1,
    priceMinor: 450_000,
  });
  const services = await db
    .insert(servicesTable)
    .values([
      service(urla!.id, 'TRY', 'Özel kite dersi'),
      service(urla!.id, 'TRY', 'Kite ekipmanı, saatlik'),
      // Two services one name apart only by case: naming either is ambiguous.
      service(urla!.id, 'TRY', 'SUP kiralama'),
      service(urla!.id, 'TRY', 'SUP KİRALAMA'),
      service(tarifa!.id, 'EUR', 'Private kite lesson'),
      service(tarifa!.id, 'EUR', 'Wing foil lesson'),
    ])
    .returning();
  const byName = (name: string) => services.find((s) => s.name === name)!.id;
  return { urla: urla!, tarifa: tarifa!, byName };
}
let catalog: Awaited<ReturnType<typeof seedCatalog>>;

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  manager = await t.signIn('MANAGER');
  catalog = await seedCatalog(t.db);
});
afterAll(() => t.stop());

const IMPORT = `mutation($csv: String!, $dryRun: Boolean!, $all: Boolean) {
  importPackages(csv: $csv, dryRun: $dryRun, allOrNothing: $all) {
    kind totalRows validRows invalidRows created dryRun allOrNothing message
    rows { line status name errors { field code message otherLine value } }
  }
}`;

function importCsv(csv: string, dryRun: boolean, all?: boolean, token = manager.token) {
  return t.gql<{ importPackages: ImportReport }>(IMPORT, { csv, dryRun, all }, { token });
}

const countPackages = async (db: Db = t.db, prefix = '') =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(packagesTable)
      .where(like(packagesTable.name, `${prefix}%`))
  )[0]!.n;
const importAudits = () =>
  t.db
    .select()
    .from(auditLogTable)
    .where(eq(auditLogTable.action, 'package.imported'))
    .orderBy(auditLogTable.id);

describe('importPackages', () => {
  it('reads Turkish headers, ";", a BOM, both price styles, evet/hayır and items by name in any case', async () => {
    const csv =
      '\ufeffKonum;Paket adı;Açıklama;Geçerlilik (gün);Fiyat;Para birimi;Hediye;İçerik;Satışta\r\n' +
      'urla kite okulu;Kite başlangıç kursu;"10 saat özel ders; ekipman dahil";90;12.000,00;TL;hayır;"ÖZEL KİTE DERSİ x 5; kite ekipmanı, saatlik x 10";evet\r\n' +
      'Urla Kite Okulu;Hediye çeki;;365;4500.50;;EVET;Özel kite dersi x 1;HAYIR\r\n' +
      `${catalog.tarifa.id};Wing week;;30;"1,250.00";eur;no;Wing foil lesson ×3|PRIVATE KITE LESSON;\r\n`;
    const report = (await importCsv(csv, false)).data!.importPackages;
    expect(report).toMatchObject({ kind: 'PACKAGES', totalRows: 3, created: 3, invalidRows: 0 });
    expect(report.rows.map((r) => [r.line, r.status, r.name])).toEqual([
      [2, 'CREATED', 'Kite başlangıç kursu'],
      [3, 'CREATED', 'Hediye çeki'],
      [4, 'CREATED', 'Wing week'],
    ]);

    const rows = await t.db
      .select()
      .from(packagesTable)
      .where(inArray(packagesTable.name, ['Kite başlangıç kursu', 'Hediye çeki', 'Wing week']))
      .orderBy(packagesTable.name);
    expect(
      rows.map((r) => [
        r.name,
        r.locationId,
        r.priceMinor,
        r.currency,
        r.validityDays,
        r.gift,
        r.active,
      ]),
    ).toEqual([
      ['Hediye çeki', catalog.urla.id, 450_050, 'TRY', 365, true, false],
      ['Kite başlangıç kursu', catalog.urla.id, 1_200_000, 'TRY', 90, false, true],
      ['Wing week', catalog.tarifa.id, 125_000, 'EUR', 30, false, true],
    ]);
    expect(rows[1]!.description).toBe('10 saat özel ders; ekipman dahil');
    const items = await t.db
      .select()
      .from(packageItemsTable)
      .where(
        inArray(
          packageItemsTable.packageId,
          rows.map((r) => r.id),
        ),
      );
    const itemsOf = (name: string) =>
      items
        .filter((i) => i.packageId === rows.find((r) => r.name === name)!.id)
        .map((i) => [i.serviceId, i.quantity])
        .sort();
    expect(itemsOf('Kite başlangıç kursu')).toEqual(
      [
        [catalog.byName('Özel kite dersi'), 5],
        [catalog.byName('Kite ekipmanı, saatlik'), 10],
      ].sort(),
    );
    expect(itemsOf('Wing week')).toEqual(
      [
        [catalog.byName('Wing foil lesson'), 3],
        [catalog.byName('Private kite lesson'), 1],
      ].sort(),
    );

    const audit = (await importAudits()).at(-1)!;
    expect(audit).toMatchObject({
      actorUserId: manager.userId,
      entityType: 'package',
      data: {
        totalRows: 3,
        created: 3,
        invalidRows: 0,
        allOrNothing: false,
        locationIds: [catalog.urla.id, catalog.tarifa.id].sort(),
      },
    });
  });

  it('refuses a package name the location already has, in any case, and the same name twice in a file', async () => {
    const csv =
      'location,name,validity days,price,items\n' +
      'Urla Kite Okulu,KİTE BAŞLANGIÇ KURSU,90,100,Özel kite dersi x 1\n' +
      'Tarifa,Kite başlangıç kursu,90,100,Private kite lesson\n' +
      'Tarifa,kite başlangıç kursu,90,100,Private kite lesson\n';
    const report = (await importCsv(csv, true)).data!.importPackages;
    expect(report.rows.map((r) => [r.line, r.status, r.errors.map((e) => e.code)])).toEqual([
      [2, 'INVALID', ['ALREADY_EXISTS']],
      [3, 'VALID', []],
      [4, 'INVALID', ['DUPLICATE_IN_FILE']],
    ]);
    expect(report.rows[2]!.errors[0]).toMatchObject({ field: 'name', otherLine: 3 });
  });
});

/**
 * 1,200 rows, 16 of every 100 bad, one kind of problem each, and the problem the report must
 * give for each bad line. Names start with `prefix`, so each test has packages of its own.
 */
function generatedFile(prefix: string) {
  const bad = new Map<number, Partial<ImportProblem>>();
  const good: string[] = [];
  const lines = ['location,name,validity days,price,currency,gift,items,on sale'];
  for (let i = 0; i < 1_200; i += 1) {
    const line = i + 2;
    const urla = i % 2 === 0;
    const name = `${prefix} ${i}`;
    const cells = urla
      ? [
          'Urla Kite Okulu',
          name,
          '90',
          '"12.500,50"',
          'TRY',
          'hayır',
          '"Özel kite dersi x 10; KİTE EKİPMANI, SAATLİK x 2"',
          'evet',
        ]
      : ['tarifa', name, '30', '1250.50', 'EUR', 'yes', 'wing foil lesson x 5', ''];
    const kind = i % 100;
    const expect = (problem: Partial<ImportProblem>) => bad.set(line, problem);
    if (kind === 50) {
      cells[0] = 'Atlantis';
      expect({ field: 'location', code: 'UNKNOWN_LOCATION', value: 'Atlantis' });
    } else if (kind === 51) {
      cells[3] = '4.500';
      expect({ field: 'price', code: 'AMBIGUOUS_AMOUNT', value: '4.500' });
    } else if (kind === 52) {
      cells[4] = urla ? 'EUR' : 'TRY';
      expect({ field: 'currency', code: 'CURRENCY_MISMATCH', value: urla ? 'TRY' : 'EUR' });
    } else if (kind === 53) {
      cells[6] = 'Uçan halı x 2';
      expect({ field: 'items', code: 'UNKNOWN_SERVICE', value: 'Uçan halı' });
    } else if (kind === 54) {
      cells[2] = '0';
      expect({ field: 'validityDays', code: 'OUT_OF_RANGE' });
    } else if (kind === 55) {
      cells[2] = 'doksan';
      expect({ field: 'validityDays', code: 'INVALID_FORMAT' });
    } else if (kind === 56) {
      cells[5] = 'belki';
      expect({ field: 'gift', code: 'INVALID_FORMAT' });
    } else if (kind === 57) {
      cells[1] = `${prefix} ${i - 2}`;
      expect({ field: 'name', code: 'DUPLICATE_IN_FILE', otherLine: line - 2 });
    } else if (kind === 58) {
      cells[0] = 'Urla Kite Okulu';
      cells[4] = 'TRY';
      cells[6] = 'sup kiralama x 1';
      expect({ field: 'items', code: 'AMBIGUOUS_SERVICE', value: 'sup kiralama' });
    } else if (kind === 59) {
      cells[0] = 'çeşme';
      cells[4] = '';
      expect({ field: 'location', code: 'AMBIGUOUS_LOCATION', value: 'çeşme' });
    } else if (kind === 60) {
      cells[6] = urla ? 'Özel kite dersi x 101' : 'Wing foil lesson x 101';
      expect({ field: 'items', code: 'OUT_OF_RANGE' });
    } else if (kind === 61) {
      cells[3] = 'on iki bin';
      expect({ field: 'price', code: 'INVALID_FORMAT' });
    } else if (kind === 62) {
      cells[1] = '';
      expect({ field: 'name', code: 'REQUIRED' });
    } else if (kind === 63) {
      cells.push('surplus');
      expect({ field: null, code: 'EXTRA_CELLS' });
    } else if (kind === 64) {
      cells[6] = urla
        ? '"Özel kite dersi x 2; ÖZEL KİTE DERSİ x 3"'
        : 'Wing foil lesson; WING FOIL LESSON';
      expect({ field: 'items', code: 'DUPLICATE_VALUE' });
    } else if (kind === 65) {
      cells[3] = urla ? '"1.000.000,01"' : '1000000.01';
      expect({ field: 'price', code: 'OUT_OF_RANGE' });
    } else good.push(name);
    lines.push(cells.join(','));
  }
  return { csv: `${lines.join('\n')}\n`, bad, good };
}

describe('importPackages with a 1,200-row file, 16% bad', () => {
  it('names every bad line with its field, code and value in a dry run, and writes nothing', async () => {
    const file = generatedFile('dry');
    const audits = (await importAudits()).length;
    const res = await importCsv(file.csv, true);
    expect(res.errors).toBeUndefined();
    const report = res.data!.importPackages;
    expect(report).toMatchObject({
      totalRows: 1_200,
      validRows: 1_200 - 192,
      invalidRows: 192,
      created: 0,
      dryRun: true,
    });
    const invalid = report.rows.filter((r) => r.status === 'INVALID');
    expect(invalid.map((r) => r.line)).toEqual([...file.bad.keys()]);
    for (const row of invalid) {
      expect(row.errors, `line ${row.line}`).toEqual([
        expect.objectContaining(file.bad.get(row.line)!),
      ]);
    }
    expect(await countPackages(t.db, 'dry ')).toBe(0);
    expect(await importAudits()).toHaveLength(audits);
  });

  it('writes nothing with allOrNothing, and exactly the good rows without', async () => {
    const file = generatedFile('commit');
    const audits = (await importAudits()).length;
    const refused = (await importCsv(file.csv, false, true)).data!.importPackages;
    expect(refused).toMatchObject({ created: 0, invalidRows: 192, allOrNothing: true });
    expect(refused.message).toMatch(/^Nothing was imported: 192 rows have problems/);
    expect(await countPackages(t.db, 'commit ')).toBe(0);
    expect(await importAudits()).toHaveLength(audits);

    const report = (await importCsv(file.csv, false)).data!.importPackages;
    expect(report).toMatchObject({ created: 1_008, validRows: 1_008, invalidRows: 192 });
    const written = await t.db
      .select({
        name: packagesTable.name,
        price: packagesTable.priceMinor,
        currency: packagesTable.currency,
      })
      .from(packagesTable)
      .where(like(packagesTable.name, 'commit %'));
    expect(written.map((w) => w.name).sort()).toEqual([...file.good].sort());
    expect(new Set(written.map((w) => `${w.price} ${w.currency}`))).toEqual(
      new Set(['1250050 TRY', '125050 EUR']),
    );
    const itemCount = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(packageItemsTable)
      .innerJoin(packagesTable, eq(packagesTable.id, packageItemsTable.packageId))
      .where(like(packagesTable.name, 'commit %'));
    // Urla packages hold two services, Tarifa ones one: 504 of each are good.
    expect(itemCount[0]!.n).toBe(504 * 2 + 504);
    expect(await importAudits()).toHaveLength(audits + 1);

    // The same file again: every package now exists.
    const again = (await importCsv(file.csv, true)).data!.importPackages;
    expect(again.validRows).toBe(0);
    const exists = again.rows.filter((r) => r.errors.some((e) => e.code === 'ALREADY_EXISTS'));
    expect(exists).toHaveLength(1_008);
  });
});

describe('importPackages refuses a whole file with one error and writes nothing', () => {
  it.each([
    ['an empty file', '\ufeff', 'CSV_EMPTY', /empty/],
    [
      'a header without rows',
      'konum;paket adı;geçerlilik;fiyat;içerik\r\n',
      'CSV_EMPTY',
      /no rows/,
    ],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000', 'CSV_NOT_TEXT', /not UTF-8 text/],
    [
      'a customer file',
      'name,email\nAli,ali@example.com\n',
      'CSV_HEADER',
      /^Unknown column: email\./,
    ],
    [
      'missing columns',
      'location,name\nUrla,Kurs\n',
      'CSV_HEADER',
      /no validityDays column .*no price column .*no items column/,
    ],
  ])('%s', async (_what, csv, reason, message) => {
    const before = await countPackages();
    const res = await importCsv(csv, false);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(res.errors![0]!.message).toMatch(message);
    expect(await countPackages()).toBe(before);
  });

  it('is refused to an instructor', async () => {
    const instructor = await t.signIn('INSTRUCTOR');
    const res = await importCsv(
      'location,name,validity,price,items\nTarifa,X,1,1,Wing foil lesson\n',
      false,
      false,
      instructor.token,
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(
      await t.db
        .select()
        .from(packagesTable)
        .where(and(eq(packagesTable.name, 'X'))),
    ).toHaveLength(0);
  });
});

describe('npm run import -- packages FILE --dry-run', () => {
  it('prints the counts and each bad line, writes only without --dry-run', async () => {
    await withScriptEnv(async ({ env, dir }) => {
      const config = loadConfig({ ENV_FILE: 'none', ...env });
      const prepared = await openDatabase(config);
      await prepared.migrate();
      await seedCatalog(prepared.db);
      await prepared.close();
      const file = path.join(dir, 'paketler.csv');
      await writeFile(
        file,
        '\ufeffKonum;Paket adı;Geçerlilik (gün);Fiyat;İçerik\r\n' +
          'Urla Kite Okulu;Kite kursu;90;12.000,00;Özel kite dersi x 10\r\n' +
          'Urla Kite Okulu;Hediye;90;4.500;Özel kite dersi x 1\r\n' +
          'Urla Kite Okulu;Sörf;90;100;Sörf dersi x 2\r\n',
      );
      const dry = await spawnScript('src/scripts/import.ts', env, ['packages', file, '--dry-run']);
      expect(dry.stderr).toBe('');
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain('Rows: 3, valid: 1, invalid: 2, created: 0');
      expect(dry.stdout).toContain('nothing was written');
      expect(dry.stdout).toContain(
        'line 3 (Hediye): price: could be 4500 or 4.500; write it with decimals, e.g. 4500,00',
      );
      expect(dry.stdout).toContain(
        'line 4 (Sörf): items: Urla Kite Okulu has no service called "Sörf dersi"',
      );

      const run = await spawnScript('src/scripts/import.ts', env, ['packages', file]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Imported 1 package; 2 rows with problems were skipped.');

      const database = await openDatabase(config);
      try {
        const rows = await database.db.select().from(packagesTable);
        expect(rows.map((r) => [r.name, r.priceMinor, r.currency])).toEqual([
          ['Kite kursu', 1_200_000, 'TRY'],
        ]);
        const audits = await database.db
          .select()
          .from(auditLogTable)
          .where(eq(auditLogTable.action, 'package.imported'));
        expect(audits).toHaveLength(1);
        expect(audits[0]).toMatchObject({ actorUserId: null });
        expect(audits[0]!.requestId).toMatch(/^command:import:/);
      } finally {
        await database.close();
      }
    });
  }, 180_000);
});
