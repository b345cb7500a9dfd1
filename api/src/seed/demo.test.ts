import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.js';
import { countOverlappingPairs } from '../modules/allocations/service.js';
import { bookingsTable, waitlistEntriesTable } from '../modules/bookings/schema.js';
import { customersTable } from '../modules/customers/schema.js';
import { equipmentEventsTable, maintenanceWindowsTable } from '../modules/equipment/schema.js';
import { locationsTable } from '../modules/locations/schema.js';
import { usersTable } from '../modules/identity/schema.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoSchool } from './demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

describe('demo school seed', () => {
  it('creates both locations and the five contract accounts, each able to sign in', async () => {
    const result = await seedDemoSchool(t.db, t.app.log, { files: t.app.deps.platform.files });
    expect(result.seeded).toBe(true);
    const locations = await t.db.select().from(locationsTable);
    expect(locations.map((l) => [l.name, l.timezone, l.currency]).sort()).toEqual([
      ['Akyaka Kite Center', 'Europe/Istanbul', 'TRY'],
      ['Tarifa Kite & Wing', 'Europe/Madrid', 'EUR'],
    ]);
    const users = await t.db.select().from(usersTable);
    expect(users.map((u) => u.role).sort()).toEqual([
      'ADMIN',
      'CUSTOMER',
      'INSTRUCTOR',
      'MANAGER',
      'STUDENT',
    ]);
    for (const account of DEMO_ACCOUNTS) {
      const res = await t.gql<{ login: { token: string; user: { role: string } } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { role } } }',
        { e: account.email, p: DEMO_PASSWORD },
      );
      expect(res.data?.login.user.role).toBe(account.role);
      // The contract: demo accounts have accepted the current documents already.
      const me = await t.gql<{
        me: { customer: { name: string } | null; locations: unknown[] };
        pendingLegalDocuments: unknown[];
        locations: unknown[];
      }>(
        '{ me { customer { name } locations { id } } pendingLegalDocuments { id } locations { id } }',
        {},
        { token: res.data!.login.token },
      );
      expect(me.errors).toBeUndefined();
      expect(me.data!.pendingLegalDocuments).toEqual([]);
      const member = account.role === 'STUDENT' || account.role === 'CUSTOMER';
      expect(me.data!.me.customer?.name ?? null).toBe(member ? account.name : null);
      expect(me.data!.me.locations).toHaveLength(member ? 0 : 1);
    }
  });

  it('publishes version 1 of the terms, privacy notice and marketing consent in Turkish and English', async () => {
    const res = await t.gql<{
      currentLegalDocuments: Array<{ kind: string; version: number; body: string }>;
    }>('{ currentLegalDocuments { kind version body } }');
    const docs = res.data!.currentLegalDocuments;
    expect(docs.map((d) => [d.kind, d.version])).toEqual([
      ['TERMS', 1],
      ['PRIVACY', 1],
      ['MARKETING', 1],
      ['RENTAL', 1],
    ]);
    for (const doc of docs) expect(doc.body).toMatch(/[çğıöşü]/);
  });

  it('adds a few hundred customers, some with the children they book for', async () => {
    const rows = await t.db.select().from(customersTable);
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const dependents = rows.filter((r) => r.guardianId);
    expect(dependents.length).toBeGreaterThan(20);
    const ids = new Set(rows.map((r) => r.id));
    expect(dependents.every((d) => ids.has(d.guardianId!))).toBe(true);
    expect(rows.some((r) => /[çğıöşüİ]/.test(r.name))).toBe(true);
  });

  it('gives both locations a catalog in their currency and instructors with weekly hours', async () => {
    const token = (
      await t.gql<{ login: { token: string } }>(
        'mutation { login(email: "manager@demo.plannivo.test", password: "plannivo-demo") { token } }',
      )
    ).data!.login.token;
    const res = await t.gql<{
      locations: Array<{ id: string; currency: string }>;
    }>('{ locations { id currency } }', {}, { token });
    for (const location of res.data!.locations) {
      const catalog = await t.gql<{
        services: Array<{ kind: string; price: { currency: string } }>;
        packages: unknown[];
        instructors: Array<{
          workingHours: unknown[];
          certifications: Array<{ issuer: string | null; number: string | null; name: string }>;
        }>;
      }>(
        'query($l: ID) { services(locationId: $l) { kind price { currency } } packages(locationId: $l) { id } instructors(locationId: $l) { workingHours { weekday } certifications { issuer number name } } }',
        { l: location.id },
        { token },
      );
      const { services, packages, instructors } = catalog.data!;
      expect(new Set(services.map((s) => s.kind)).has('LESSON')).toBe(true);
      expect(services.every((s) => s.price.currency === location.currency)).toBe(true);
      expect(packages.length).toBeGreaterThanOrEqual(2);
      expect(instructors.length).toBeGreaterThanOrEqual(2);
      expect(instructors.every((i) => i.workingHours.length === 12)).toBe(true);
      // Every demo certificate names its issuer apart from its name, with a number.
      const certificates = instructors.flatMap((i) => i.certifications);
      expect(instructors.every((i) => i.certifications.length > 0)).toBe(true);
      for (const c of certificates) {
        expect(c.issuer).toMatch(/^(IKO|VDWS|PADI|BSAC|ISA|RYA)$/);
        expect(c.number).toBeTruthy();
        expect(c.name).not.toContain(c.issuer);
      }
    }
  });

  it('gives both locations 60–90 items of gear with serial numbers, purchases, rooms, one retired and one in repair', async () => {
    const token = (
      await t.gql<{ login: { token: string } }>(
        'mutation { login(email: "manager@demo.plannivo.test", password: "plannivo-demo") { token } }',
      )
    ).data!.login.token;
    const { locations } = (
      await t.gql<{ locations: Array<{ id: string }> }>('{ locations { id } }', {}, { token })
    ).data!;
    const statuses: string[] = [];
    for (const location of locations) {
      const res = await t.gql<{
        equipment: {
          totalCount: number;
          edges: Array<{
            node: {
              name: string;
              category: string;
              status: string;
              serialNumber: string;
              purchaseDate: string | null;
              purchaseCost: { currency: string } | null;
              usageHours: number;
              retiredReason: string | null;
            };
          }>;
        };
        rooms: unknown[];
        location: { currency: string };
      }>(
        `query($l: ID!) { equipment(locationId: $l, first: 200) { totalCount edges { node {
          name category status serialNumber purchaseDate purchaseCost { currency } usageHours retiredReason } } }
          rooms(locationId: $l) { id } location(id: $l) { currency } }`,
        { l: location.id },
        { token },
      );
      const { equipment, rooms } = res.data!;
      expect(equipment.totalCount).toBeGreaterThanOrEqual(60);
      expect(equipment.totalCount).toBeLessThanOrEqual(90);
      const nodes = equipment.edges.map((e) => e.node);
      expect(nodes.every((n) => n.serialNumber && n.purchaseDate)).toBe(true);
      const { currency } = res.data!.location;
      expect(nodes.every((n) => n.purchaseCost?.currency === currency)).toBe(true);
      // Some kites are just under the 100-hour service.
      const nearService = nodes.filter(
        (n) => n.category === 'KITE' && n.usageHours >= 92 && n.usageHours < 100,
      );
      expect(nearService.length).toBeGreaterThanOrEqual(2);
      expect(nodes.filter((n) => n.status === 'RETIRED').every((n) => n.retiredReason)).toBe(true);
      for (const category of ['KITE', 'BAR', 'BOARD', 'HARNESS', 'WETSUIT', 'WING', 'BOAT']) {
        expect(nodes.some((n) => n.category === category)).toBe(true);
      }
      expect(rooms.length).toBeGreaterThanOrEqual(2);
      statuses.push(...nodes.map((n) => n.status));
    }
    expect(statuses.filter((s) => s === 'RETIRED')).toHaveLength(1);
    // One in repair from the start, and the kite damaged on demo rental #3.
    expect(statuses.filter((s) => s === 'MAINTENANCE')).toHaveLength(2);
    const windows = await t.db.select().from(maintenanceWindowsTable);
    expect(windows.some((w) => w.startsAt > new Date())).toBe(true);
    // Every item's log starts with its purchase; some have inspections and repairs.
    const events = await t.db.select().from(equipmentEventsTable);
    const kinds = (kind: string) => events.filter((e) => e.kind === kind).length;
    expect(kinds('PURCHASED')).toBe(statuses.length);
    expect(kinds('RETIRED')).toBe(1);
    expect(kinds('INSPECTED')).toBeGreaterThanOrEqual(2);
    expect(kinds('REPAIRED')).toBeGreaterThanOrEqual(2);
    expect(kinds('DAMAGED')).toBeGreaterThanOrEqual(3);
  });

  it('fills a week of bookings in every status, a full group session with a waiting list, and the student’s lessons', async () => {
    const rows = await t.db.select().from(bookingsTable);
    expect(rows.length).toBeGreaterThan(60);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['PENDING', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW']),
    );
    expect(rows.filter((r) => r.deletedAt)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.locationId)).size).toBe(2);
    expect(await countOverlappingPairs(t.db)).toBe(0);
    const waiting = await t.db.select().from(waitlistEntriesTable);
    expect(waiting).toHaveLength(2);

    const login = await t.gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'student@demo.plannivo.test', p: DEMO_PASSWORD },
    );
    const mine = await t.gql<{
      bookings: { edges: Array<{ node: { startsAt: string; status: string } }> };
      me: { customer: { dependents: Array<{ name: string }> } };
    }>(
      '{ bookings(first: 50) { edges { node { startsAt status } } } me { customer { dependents { name } } } }',
      {},
      { token: login.data!.login.token },
    );
    expect(mine.errors).toBeUndefined();
    const now = Date.now();
    const lessons = mine.data!.bookings.edges.map((e) => e.node);
    expect(
      lessons.filter((l) => Date.parse(l.startsAt) < now && l.status === 'COMPLETED'),
    ).toHaveLength(2);
    expect(
      lessons.filter((l) => Date.parse(l.startsAt) > now && l.status === 'CONFIRMED'),
    ).toHaveLength(1);
    expect(mine.data!.me.customer.dependents.map((d) => d.name)).toEqual(['Lina Schneider']);
  });

  it('keeps a few rentals at Akyaka: returned, damaged with a repair task, overdue and out now', async () => {
    const login = await t.gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'manager@demo.plannivo.test', p: DEMO_PASSWORD },
    );
    const token = login.data!.login.token;
    const res = await t.gql<{
      rentals: {
        edges: Array<{
          node: {
            id: string;
            number: number;
            status: string;
            overdue: boolean;
            termsVersion: number | null;
            signatureUrl: string;
            location: { name: string };
            items: Array<{ damaged: boolean; repairTaskId: string | null }>;
          };
        }>;
      };
    }>(
      '{ rentals(first: 50) { edges { node { id number status overdue termsVersion signatureUrl location { name } items { damaged repairTaskId } } } } }',
      {},
      { token },
    );
    expect(res.errors).toBeUndefined();
    const rentals = res.data!.rentals.edges.map((e) => e.node);
    expect(rentals.map((r) => r.number).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(
      rentals.every((r) => r.location.name === 'Akyaka Kite Center' && r.termsVersion === 1),
    ).toBe(true);
    expect(rentals.filter((r) => r.status === 'RETURNED')).toHaveLength(3);
    expect(rentals.filter((r) => r.overdue)).toHaveLength(1);
    expect(rentals.filter((r) => r.status === 'OUT' && !r.overdue)).toHaveLength(1);
    const damaged = rentals.flatMap((r) => r.items).filter((i) => i.damaged);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]!.repairTaskId).not.toBeNull();
    expect(await countOverlappingPairs(t.db)).toBe(0);
    const png = await fetch(`${t.url}${rentals[0]!.signatureUrl}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('keeps the books: lessons charged and mostly paid with receipts, the rest owed, the student’s wallet', async () => {
    const lines = rowsOf<{ unbalanced: number; owing: number; receipts: number; payments: number }>(
      await t.db.execute(sql`select
        (select count(*)::int from (select 1 from journal_lines group by journal_id, currency
          having sum(amount_minor) <> 0) u) as unbalanced,
        (select count(*)::int from (select booking_id from journal_lines where account = 'RECEIVABLES'
          and booking_id is not null group by booking_id having sum(amount_minor) > 0) o) as owing,
        (select count(*)::int from invoices where kind = 'RECEIPT') as receipts,
        (select count(*)::int from payments) as payments`),
    );
    const figures = lines[0]!;
    expect(figures.unbalanced).toBe(0);
    // Two completed lessons per location are left unpaid.
    expect(figures.owing).toBe(4);
    expect(figures.payments).toBeGreaterThan(10);
    expect(figures.receipts).toBe(figures.payments);
    const student = DEMO_ACCOUNTS.find((a) => a.role === 'STUDENT')!;
    const login = await t.gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: student.email, p: DEMO_PASSWORD },
    );
    const me = await t.gql<{ me: { customer: { id: string } } }>(
      '{ me { customer { id } } }',
      {},
      { token: login.data!.login.token },
    );
    const wallet = await t.gql<{
      wallet: { balances: Array<{ currency: string; amountMinor: number }> };
    }>(
      'query($c: ID!) { wallet(customerId: $c) { balances { currency amountMinor } } }',
      { c: me.data!.me.customer.id },
      { token: login.data!.login.token },
    );
    expect(wallet.data!.wallet.balances).toEqual([
      { currency: 'TRY', amountMinor: expect.any(Number) },
    ]);
    expect(wallet.data!.wallet.balances[0]!.amountMinor).toBeGreaterThan(0);
  });

  it('does nothing on a database that already has users', async () => {
    const result = await seedDemoSchool(t.db, t.app.log);
    expect(result).toEqual({ seeded: false, reason: 'the database already has users' });
    expect(await t.db.select().from(locationsTable)).toHaveLength(2);
  });
});
