import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase, type Db } from '../../db/client.js';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { spawnScript } from '../../test/process.js';
import { withScriptEnv } from '../../test/script-env.js';
import { auditLogTable } from '../audit/schema.js';
import { customersTable } from '../customers/schema.js';
import type { ImportReport } from './report.js';

let t: TestApp;
let manager: SignedIn;
const clock = new Date('2026-06-01T10:00:00.000Z');

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  manager = await t.signIn('MANAGER');
});
afterAll(() => t.stop());

const IMPORT = `mutation($csv: String!, $dryRun: Boolean!, $all: Boolean) {
  importCustomers(csv: $csv, dryRun: $dryRun, allOrNothing: $all) {
    totalRows validRows invalidRows created dryRun allOrNothing message
    rows { line status name errors { field code message otherLine } }
  }
}`;

function importCsv(csv: string, dryRun: boolean, all?: boolean, token = manager.token) {
  return t.gql<{ importCustomers: ImportReport }>(IMPORT, { csv, dryRun, all }, { token });
}

const countCustomers = async (db: Db = t.db) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(customersTable))[0]!.n;
const importAudits = () =>
  t.db
    .select()
    .from(auditLogTable)
    .where(eq(auditLogTable.action, 'customer.imported'))
    .orderBy(auditLogTable.id);

/**
 * 10,000 rows, 3% of them bad with varied reasons, and what the report must say about each
 * bad line. Line numbers count the header as line 1. Emails start with `prefix`, so each test
 * has addresses of its own.
 */
function generatedFile(prefix: string) {
  const good: string[] = [];
  const bad = new Map<
    number,
    { field: string; code: string; message: string; otherLine: number | null }
  >();
  const lines = ['name,email,phone,birthDate,tags'];
  for (let i = 0; i < 10_000; i += 1) {
    const line = i + 2;
    const email = `${prefix}${i}@example.com`;
    const cells = [
      `Müşteri ${i}`,
      email,
      `+90 532 ${String(i).padStart(7, '0')}`,
      '1990-04-23',
      'vip',
    ];
    if (i % 100 >= 50 && i % 100 < 53) {
      const kind = bad.size % 5;
      if (kind === 0) {
        cells[1] = `${prefix}${i}.example.com`;
        bad.set(line, {
          field: 'email',
          code: 'INVALID_FORMAT',
          message: 'is not an email address',
          otherLine: null,
        });
      } else if (kind === 1) {
        cells[2] = 'call me';
        bad.set(line, {
          field: 'phone',
          code: 'INVALID_FORMAT',
          message: 'is not a phone number',
          otherLine: null,
        });
      } else if (kind === 2) {
        cells[3] = '2030-01-01';
        bad.set(line, {
          field: 'birthDate',
          code: 'INVALID_FORMAT',
          message: 'must be a past date as YYYY-MM-DD',
          otherLine: null,
        });
      } else if (kind === 3) {
        cells[0] = '';
        bad.set(line, {
          field: 'name',
          code: 'REQUIRED',
          message: 'must be 1 to 200 characters',
          otherLine: null,
        });
      } else {
        // The same address as ten rows up, in other letter case.
        cells[1] = `${prefix.toUpperCase()}${i - 10}@example.com`;
        bad.set(line, {
          field: 'email',
          code: 'DUPLICATE_IN_FILE',
          message: `same email as line ${line - 10}`,
          otherLine: line - 10,
        });
      }
    } else {
      good.push(email);
    }
    lines.push(cells.join(','));
  }
  return { csv: `${lines.join('\n')}\n`, good, bad };
}

describe('importCustomers with a 10,000-row file, 3% bad', () => {
  it('names every bad line and its reason in a dry run, and writes nothing', async () => {
    const file = generatedFile('dry');
    const [before, audits] = [await countCustomers(), (await importAudits()).length];
    const res = await importCsv(file.csv, true);
    expect(res.errors).toBeUndefined();
    const report = res.data!.importCustomers;
    expect(report).toMatchObject({
      totalRows: 10_000,
      validRows: 9_700,
      invalidRows: 300,
      created: 0,
      dryRun: true,
    });
    const invalid = report.rows.filter((r) => r.status === 'INVALID');
    expect(new Map(invalid.map((r) => [r.line, r.errors]))).toEqual(
      new Map([...file.bad].map(([line, problem]) => [line, [problem]])),
    );
    expect(report.rows.filter((r) => r.status === 'VALID')).toHaveLength(9_700);
    expect(report.rows[0]).toEqual({ line: 2, status: 'VALID', name: 'Müşteri 0', errors: [] });
    expect(await countCustomers()).toBe(before);
    expect(await importAudits()).toHaveLength(audits);
  });

  it('writes nothing with allOrNothing, and says so', async () => {
    const file = generatedFile('all');
    const [before, audits] = [await countCustomers(), (await importAudits()).length];
    const report = (await importCsv(file.csv, false, true)).data!.importCustomers;
    expect(report).toMatchObject({ created: 0, invalidRows: 300, allOrNothing: true });
    expect(report.message).toMatch(/^Nothing was imported: 300 rows have problems/);
    expect(report.rows.some((r) => r.status === 'CREATED')).toBe(false);
    expect(await countCustomers()).toBe(before);
    expect(await importAudits()).toHaveLength(audits);
  });

  it('writes exactly the good rows, audited with counts only', async () => {
    const file = generatedFile('commit');
    const [before, audits] = [await countCustomers(), (await importAudits()).length];
    const report = (await importCsv(file.csv, false)).data!.importCustomers;
    expect(report).toMatchObject({ created: 9_700, validRows: 9_700, invalidRows: 300 });
    expect(report.rows.filter((r) => r.status === 'CREATED')).toHaveLength(9_700);
    expect(await countCustomers()).toBe(before + 9_700);
    const imported = await t.db
      .select({ email: customersTable.email })
      .from(customersTable)
      .where(sql`${customersTable.email} like 'commit%'`);
    expect(imported.map((r) => r.email).sort()).toEqual([...file.good].sort());

    const after = await importAudits();
    expect(after).toHaveLength(audits + 1);
    const audit = after.at(-1)!;
    expect(audit).toMatchObject({
      actorUserId: manager.userId,
      data: { totalRows: 10_000, created: 9_700, invalidRows: 300, allOrNothing: false },
    });
    expect(JSON.stringify(audit.data)).not.toMatch(/@|Müşteri/);
  });

  it('refuses rows whose email an existing customer has, in any letter case', async () => {
    await importCsv('name,email\nİlk Kez,ilk.kez@example.org\n', false);
    const csv = 'name,email\nİkinci Kez,ILK.KEZ@Example.org\nYeni Kişi,yeni@example.org\n';
    const report = (await importCsv(csv, true)).data!.importCustomers;
    expect(report.rows).toEqual([
      {
        line: 2,
        status: 'INVALID',
        name: 'İkinci Kez',
        errors: [
          {
            field: 'email',
            code: 'ALREADY_EXISTS',
            message: 'a customer with this email exists',
            otherLine: null,
          },
        ],
      },
      { line: 3, status: 'VALID', name: 'Yeni Kişi', errors: [] },
    ]);
  });
});

describe('importCustomers file formats', () => {
  it('reads ";" with a BOM, CRLF, quoted cells and Turkish headers and letters', async () => {
    const csv =
      '\ufeffAd Soyad;E-posta;Telefon;Doğum Tarihi;Kilo;Boy;Etiketler;Beceriler;Notlar;Acil durum kişisi;Acil durum telefonu\r\n' +
      'İpek Işık Güçlüoğlu;ipek@örnek.com.tr;0532 111 22 33;31.12.1990;58;165;kış|öğrenci;KITE:BEGINNER|wing:intermediate;"Çeşme; ağustos\r\n""ılık"" su";Ömer Çağ;+90 555 000 00 00\r\n' +
      '\r\n' +
      'ŞÜKRÜ ÖZ;;;;;;;;;;\r\n';
    const report = (await importCsv(csv, false)).data!.importCustomers;
    expect(report.rows).toEqual([
      { line: 2, status: 'CREATED', name: 'İpek Işık Güçlüoğlu', errors: [] },
      // The blank line 3 is skipped but keeps its number.
      { line: 4, status: 'CREATED', name: 'ŞÜKRÜ ÖZ', errors: [] },
    ]);
    const [ipek] = await t.db
      .select()
      .from(customersTable)
      .where(eq(customersTable.name, 'İpek Işık Güçlüoğlu'));
    expect(ipek).toMatchObject({
      email: 'ipek@örnek.com.tr',
      phone: '0532 111 22 33',
      phoneDigits: '05321112233',
      birthDate: '1990-12-31',
      weightKg: 58,
      heightCm: 165,
      tags: ['kış', 'öğrenci'],
      skills: [
        { discipline: 'KITE', level: 'BEGINNER' },
        { discipline: 'WING', level: 'INTERMEDIATE' },
      ],
      notes: 'Çeşme; ağustos\r\n"ılık" su',
      emergencyContactName: 'Ömer Çağ',
      emergencyContactPhone: '+90 555 000 00 00',
    });
    const [sukru] = await t.db
      .select()
      .from(customersTable)
      .where(eq(customersTable.name, 'ŞÜKRÜ ÖZ'));
    expect(sukru).toMatchObject({ email: null, birthDate: null, tags: [], skills: [] });
  });

  it.each([
    ['an empty file', '', 'CSV_EMPTY', /empty/],
    ['a header without rows', '\ufeffname;email\r\n', 'CSV_EMPTY', /no rows/],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000\ufffd\ufffd', 'CSV_NOT_TEXT', /not UTF-8 text/],
    [
      'unknown columns',
      'name,Shoe size,Favourite wind\nAli,42,N',
      'CSV_HEADER',
      /Shoe size, Favourite wind/,
    ],
    ['no name column', 'email,phone\na@example.com,0532', 'CSV_HEADER', /no name column/],
    ['a quote never closed', 'name\n"Ali\n', 'CSV_MALFORMED', /not a valid CSV file/],
  ])(
    'refuses %s with one BAD_USER_INPUT and writes nothing',
    async (_what, csv, reason, message) => {
      const before = await countCustomers();
      const res = await importCsv(csv, false);
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(res.errors![0]!.message).toMatch(message);
      expect(await countCustomers()).toBe(before);
    },
  );

  it('names the unknown columns in the error', async () => {
    const res = await importCsv('Ad Soyad;Ayakkabı no\nAli;42\n', true);
    expect(res.errors![0]!.extensions.columns).toEqual(['Ayakkabı no']);
  });
});

describe('importCustomers access', () => {
  it('is refused to a student', async () => {
    const student = await t.signIn('STUDENT');
    const before = await countCustomers();
    const res = await importCsv('name\nAli Veli\n', false, false, student.token);
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await countCustomers()).toBe(before);
  });
});

describe('npm run import -- customers FILE --dry-run', () => {
  it('prints the counts and each bad line, exits 0 and writes nothing', async () => {
    await withScriptEnv(async ({ env, dir }) => {
      const file = path.join(dir, 'müşteriler.csv');
      await writeFile(
        file,
        '\ufeffAd Soyad;E-posta;Doğum tarihi\r\nAyşe Yılmaz;ayse@example.com;01.02.1990\r\n' +
          'Can Öztürk;can-at-example.com;\r\nDeniz Kaya;AYSE@example.com;\r\n',
      );
      const run = await spawnScript('src/scripts/import.ts', env, ['customers', file, '--dry-run']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Rows: 3, valid: 1, invalid: 2, created: 0');
      expect(run.stdout).toContain('nothing was written');
      expect(run.stdout).toContain('line 3 (Can Öztürk): email: is not an email address');
      expect(run.stdout).toContain('line 4 (Deniz Kaya): email: same email as line 2');

      const refused = await spawnScript('src/scripts/import.ts', env, [
        'customers',
        file,
        '--dry-run',
        '--all-or-nothing',
      ]);
      expect(refused.code).toBe(1);

      await writeFile(file, 'Shoe size\n42\n');
      const bad = await spawnScript('src/scripts/import.ts', env, ['customers', file]);
      expect(bad.code).toBe(1);
      expect(bad.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^Cannot import .*müşteriler\.csv: Unknown column: Shoe size\./),
      ]);

      const database = await openDatabase(loadConfig({ ENV_FILE: 'none', ...env }));
      try {
        expect(await countCustomers(database.db)).toBe(0);
        const audits = await database.db
          .select()
          .from(auditLogTable)
          .where(inArray(auditLogTable.action, ['customer.imported']));
        expect(audits).toHaveLength(0);
      } finally {
        await database.close();
      }
    });
  }, 120_000);
});
