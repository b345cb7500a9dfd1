import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../auth/cookies.js';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import { packagesTable, servicesTable } from '../catalog/schema.js';
import { customersTable } from '../customers/schema.js';
import { locationsTable } from '../locations/schema.js';
import type { ImportReport } from './report.js';

let t: TestApp;
let manager: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  manager = await t.signIn('MANAGER');
});
afterAll(() => t.stop());

/** POSTs a file to the import route; returns the status and parsed body. */
async function upload(
  path: string,
  body: string | Buffer,
  options: { token?: string | null; cookie?: string; type?: string | null } = {},
) {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? manager.token : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.type !== null) headers['content-type'] = options.type ?? 'text/csv';
  const res = await fetch(`${t.url}${path}`, { method: 'POST', headers, body });
  const json = (await res.json()) as ImportReport & {
    error?: { code: string; message: string; reason?: string; fields?: Record<string, string> };
  };
  return { status: res.status, body: json, headers: res.headers };
}

const countCustomers = async (prefix: string) =>
  (
    await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(customersTable)
      .where(like(customersTable.email, `${prefix}%`))
  )[0]!.n;

const NOTES = 'Öğleden sonra rüzgâr sörfü; ılık su, kısa wetsuit yeterli, Ağustos ayında geliyor';

/** 10,000 customers with long notes: about 1.3 MB, over the 1 MB /graphql limit; 1% bad. */
function bigFile(prefix: string) {
  const lines = ['Ad Soyad;E-posta;Telefon;Notlar'];
  for (let i = 0; i < 10_000; i += 1) {
    const email = i % 100 === 7 ? `${prefix}${i}-at-example.com` : `${prefix}${i}@example.com`;
    lines.push(
      `Müşteri Çağlar Şahin ${i};${email};+90 532 ${String(i).padStart(7, '0')};` + `"${NOTES}"`,
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

describe('POST /imports/:kind', () => {
  it('imports a 10,000-row file over 1 MB: dry run first, then commit', async () => {
    const csv = bigFile('big');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1.2 * 1024 * 1024);

    // The same file through /graphql is over its body limit.
    const graphql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager.token}` },
      body: JSON.stringify({
        query: 'mutation($csv: String!) { importCustomers(csv: $csv, dryRun: true) { totalRows } }',
        variables: { csv },
      }),
    });
    expect(graphql.status).toBe(413);

    const dry = await upload('/imports/customers?dryRun=true', csv);
    expect(dry.status).toBe(200);
    expect(dry.headers.get('cache-control')).toBe('no-store');
    expect(dry.body).toMatchObject({
      kind: 'CUSTOMERS',
      totalRows: 10_000,
      validRows: 9_900,
      invalidRows: 100,
      created: 0,
      dryRun: true,
      allOrNothing: false,
    });
    expect(dry.body.rows[7]).toEqual({
      line: 9,
      status: 'INVALID',
      name: 'Müşteri Çağlar Şahin 7',
      errors: [{ field: 'email', code: 'INVALID_FORMAT', message: 'is not an email address' }],
    });
    expect(await countCustomers('big')).toBe(0);

    const audits = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.action, 'customer.imported'));
    const commit = await upload('/imports/customers?dryRun=false&allOrNothing=false', csv);
    expect(commit.status).toBe(200);
    expect(commit.body).toMatchObject({ created: 9_900, invalidRows: 100, dryRun: false });
    expect(commit.body.rows.filter((r) => r.status === 'CREATED')).toHaveLength(9_900);
    expect(await countCustomers('big')).toBe(9_900);
    const [imported] = await t.db
      .select()
      .from(customersTable)
      .where(eq(customersTable.email, 'big42@example.com'));
    expect(imported).toMatchObject({
      name: 'Müşteri Çağlar Şahin 42',
      notes: NOTES,
    });
    const after = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.action, 'customer.imported'));
    expect(after).toHaveLength(audits.length + 1);
    expect(after.at(-1)).toMatchObject({
      actorUserId: manager.userId,
      data: { totalRows: 10_000, created: 9_900, invalidRows: 100, allOrNothing: false },
    });
  }, 180_000);

  it('imports packages, with the session cookie and a UTF-8 charset', async () => {
    const [location] = await t.db
      .insert(locationsTable)
      .values({ name: 'Gökova', timezone: 'Europe/Istanbul', currency: 'TRY' })
      .returning();
    await t.db.insert(servicesTable).values({
      locationId: location!.id,
      currency: 'TRY',
      name: 'Kite dersi',
      kind: 'LESSON',
      discipline: 'KITE',
      lessonFormat: 'PRIVATE',
      durationMinutes: 60,
      capacity: 1,
      priceMinor: 100_000,
    });
    const csv =
      'konum;paket adı;geçerlilik;fiyat;içerik\nGÖKOVA;Beşli kurs;60;"5.000,00";KİTE DERSİ x 5\n';
    const res = await upload('/imports/packages?dryRun=false', csv, {
      token: null,
      cookie: `${SESSION_COOKIE}=${manager.token}`,
      type: 'text/csv; charset=utf-8',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'PACKAGES', created: 1 });
    const [row] = await t.db
      .select()
      .from(packagesTable)
      .where(eq(packagesTable.name, 'Beşli kurs'));
    expect(row).toMatchObject({ locationId: location!.id, priceMinor: 500_000, currency: 'TRY' });
  });

  it('refuses callers the mutations refuse, before reading the file', async () => {
    const csv = 'name,email\nYetkisiz Kişi,unauthorised@example.com\n';
    const student = await t.signIn('STUDENT');
    const instructor = await t.signIn('INSTRUCTOR');
    const key = await t.apiKey(['CUSTOMERS_WRITE']);
    const cases: Array<[string | null, number, string]> = [
      [null, 401, 'UNAUTHENTICATED'],
      ['not-a-session', 401, 'UNAUTHENTICATED'],
      [student.token, 403, 'FORBIDDEN'],
      [instructor.token, 403, 'FORBIDDEN'],
      [key, 403, 'FORBIDDEN'],
    ];
    for (const [token, status, code] of cases) {
      const res = await upload('/imports/customers?dryRun=false', csv, { token });
      expect([res.status, res.body.error?.code]).toEqual([status, code]);
    }
    expect(await countCustomers('unauthorised')).toBe(0);
  });

  it.each([
    ['text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['application/x-www-form-urlencoded', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['multipart/form-data; boundary=x', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['application/json', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['text/csv; charset=iso-8859-9', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [null, 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('refuses a body sent as %s (what an HTML form could send)', async (type, status, reason) => {
    const res = await upload('/imports/customers?dryRun=false', 'name\nForm Gönderisi\n', { type });
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason });
  });

  it('answers errors as { error: { code, message } } with a fitting status, writing nothing', async () => {
    const before = await countCustomers('');
    const unknownKind = await upload('/imports/instructors?dryRun=true', 'name\nA\n');
    expect([unknownKind.status, unknownKind.body.error?.code]).toEqual([404, 'NOT_FOUND']);

    const noFlag = await upload('/imports/customers', 'name\nA\n');
    expect(noFlag.status).toBe(400);
    expect(noFlag.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { dryRun: 'must be true or false' },
    });

    const empty = await upload('/imports/customers?dryRun=false', '');
    expect([empty.status, empty.body.error?.reason]).toEqual([400, 'CSV_EMPTY']);

    // Turkish saved as Windows-1254 (ISO-8859-9), not UTF-8: refused, never garbled.
    const latin5 = Buffer.from([
      ...Buffer.from('name\nM'),
      0xfc, // ü
      0xfe, // ş
      ...Buffer.from('teri\n'),
    ]);
    const notText = await upload('/imports/customers?dryRun=false', latin5);
    expect([notText.status, notText.body.error?.reason]).toEqual([400, 'CSV_NOT_TEXT']);
    expect(notText.body.error?.message).toMatch(/CSV UTF-8/);

    const header = await upload('/imports/packages?dryRun=false', 'name,email\nA,a@example.com\n');
    expect(header.status).toBe(400);
    expect(header.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CSV_HEADER',
      columns: ['email'],
    });

    const huge = Buffer.alloc(21 * 1024 * 1024, 'a');
    const tooLarge = await upload('/imports/customers?dryRun=false', huge);
    expect([tooLarge.status, tooLarge.body.error?.reason]).toEqual([413, 'CSV_TOO_LARGE']);
    expect(await countCustomers('')).toBe(before);
  });
});
