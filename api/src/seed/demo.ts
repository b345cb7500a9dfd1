import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords.js';
import type { Db, Tx } from '../db/client.js';
import { customersTable } from '../modules/customers/schema.js';
import { userLocationsTable, usersTable, type Role } from '../modules/identity/schema.js';
import { legalAcceptancesTable, legalDocumentsTable } from '../modules/legal/schema.js';
import { locationsTable } from '../modules/locations/schema.js';
import { seedDemoCatalog } from './demo-catalog.js';
import { demoCustomers } from './demo-customers.js';
import { seedDemoBookings } from './demo-bookings.js';
import { seedDemoEquipment } from './demo-equipment.js';
import { seedDemoMaintenance } from './demo-maintenance.js';
import { seedDemoMoney } from './demo-money.js';
import { seedDemoPackages } from './demo-packages.js';
import { seedDemoRentals } from './demo-rentals.js';
import { DEMO_LEGAL_DOCUMENTS } from './legal-texts.js';
import type { FileStore } from '../platform/files.js';
import type { Logger } from '../platform/logger.js';

export const DEMO_PASSWORD = 'plannivo-demo';

/** The contract's demo accounts; all belong to Akyaka. */
export const DEMO_ACCOUNTS: ReadonlyArray<{
  email: string;
  name: string;
  role: Role;
  locale: 'tr' | 'en';
}> = [
  { email: 'admin@demo.plannivo.test', name: 'Selin Aydın', role: 'ADMIN', locale: 'tr' },
  { email: 'manager@demo.plannivo.test', name: 'Mert Kaya', role: 'MANAGER', locale: 'tr' },
  {
    email: 'instructor@demo.plannivo.test',
    name: 'Deniz Yılmaz',
    role: 'INSTRUCTOR',
    locale: 'tr',
  },
  { email: 'student@demo.plannivo.test', name: 'Emma Schneider', role: 'STUDENT', locale: 'en' },
  { email: 'customer@demo.plannivo.test', name: 'Can Öztürk', role: 'CUSTOMER', locale: 'tr' },
];

const WEEK_HOURS = (open: string, close: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open, close }));

export const DEMO_LOCATIONS = [
  {
    name: 'Akyaka Kite Center',
    timezone: 'Europe/Istanbul',
    currency: 'TRY',
    address: 'Akyaka Mah. Sahil Yolu No: 12, 48650 Ula / Muğla',
    phone: '+90 252 243 50 50',
    email: 'akyaka@demo.plannivo.test',
    openingHours: WEEK_HOURS('09:00', '19:00'),
    taxRateBasisPoints: 2000,
    taxInclusive: true,
  },
  {
    name: 'Tarifa Kite & Wing',
    timezone: 'Europe/Madrid',
    currency: 'EUR',
    address: 'Playa de Los Lances Norte, 11380 Tarifa, Cádiz',
    phone: '+34 956 68 00 00',
    email: 'tarifa@demo.plannivo.test',
    openingHours: WEEK_HOURS('10:00', '20:00'),
    taxRateBasisPoints: 2100,
    taxInclusive: true,
  },
];

export type DemoSeedResult =
  | { seeded: true; accounts: typeof DEMO_ACCOUNTS; locations: number; customers: number }
  | { seeded: false; reason: string };

/**
 * Seeds the demo school into an empty database: both locations, the five demo accounts
 * (staff assigned to Akyaka, students and customers with their own customer records), and
 * version 1 of the terms, privacy and marketing documents, which every demo account has
 * accepted (as the contract says). Does nothing when any user exists, so it is safe to run
 * at every start.
 */
export async function seedDemoSchool(
  db: Db,
  log: Logger,
  /** Where the demo rentals' signature images go; without it they are not stored. */
  options: { files?: FileStore; publicUrl?: string } = {},
): Promise<DemoSeedResult> {
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(usersTable);
  if (count > 0) return { seeded: false, reason: 'the database already has users' };

  // One hash for all five: they share the demo password, and hashing is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const signatures = await db.transaction(async (tx) => {
    const locations = await tx
      .insert(locationsTable)
      .values([...DEMO_LOCATIONS])
      .returning();
    const users = await tx
      .insert(usersTable)
      .values(
        DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash, marketingOptIn: a.role === 'STUDENT' })),
      )
      .returning();
    const akyaka = locations[0]!;
    const staff = users.filter((u) => ['ADMIN', 'MANAGER', 'INSTRUCTOR'].includes(u.role));
    await tx
      .insert(userLocationsTable)
      .values(staff.map((u) => ({ userId: u.id, locationId: akyaka.id })));
    const members = users.filter((u) => u.role === 'STUDENT' || u.role === 'CUSTOMER');
    await tx
      .insert(customersTable)
      .values(members.map((u) => ({ name: u.name, email: u.email, userId: u.id })));
    const instructor = users.find((u) => u.role === 'INSTRUCTOR')!;
    await seedDemoCatalog(tx, locations, { userId: instructor.id, name: instructor.name });
    await seedDemoEquipment(tx, locations);
    await seedDemoMaintenance(tx, locations, {
      completedBy: users.find((u) => u.role === 'MANAGER')?.id ?? null,
    });
    // A few hundred customers, some with children; adults first, so guardians exist.
    const people = demoCustomers();
    const idByKey = new Map<string, string>();
    for (const wave of [
      people.filter((p) => !p.guardianKey),
      people.filter((p) => p.guardianKey),
    ]) {
      for (let i = 0; i < wave.length; i += 200) {
        const rows = await tx
          .insert(customersTable)
          .values(
            wave.slice(i, i + 200).map(({ key: _key, guardianKey, ...person }) => ({
              ...person,
              guardianId: guardianKey ? idByKey.get(guardianKey)! : null,
            })),
          )
          .returning({ id: customersTable.id });
        wave.slice(i, i + 200).forEach((p, j) => idByKey.set(p.key, rows[j]!.id));
      }
    }
    // The demo student books for her daughter too.
    const student = users.find((u) => u.role === 'STUDENT')!;
    const [own] = await tx
      .select({ id: customersTable.id })
      .from(customersTable)
      .where(eq(customersTable.userId, student.id));
    await tx.insert(customersTable).values({
      name: 'Lina Schneider',
      guardianId: own!.id,
      birthDate: '2012-05-14',
      weightKg: 48,
      heightCm: 158,
      skills: [{ discipline: 'KITE', level: 'BEGINNER' }],
    });
    await seedDemoBookings(tx, locations, { now: new Date(), studentUserId: student.id });
    const documents = await tx
      .insert(legalDocumentsTable)
      .values(DEMO_LEGAL_DOCUMENTS.map((d) => ({ ...d, version: 1 })))
      .returning();
    // Rental terms are signed on each rental contract, not accepted for an account.
    const required = documents.filter((d) => d.kind === 'TERMS' || d.kind === 'PRIVACY');
    const marketing = documents.find((d) => d.kind === 'MARKETING')!;
    await tx
      .insert(legalAcceptancesTable)
      .values([
        ...users.flatMap((u) => required.map((d) => ({ userId: u.id, documentId: d.id }))),
        ...users
          .filter((u) => u.marketingOptIn)
          .map((u) => ({ userId: u.id, documentId: marketing.id })),
      ]);
    if (options.files) {
      await seedDemoMoney(tx as unknown as Tx, locations, {
        now: new Date(),
        files: options.files,
        log,
        publicUrl: options.publicUrl ?? 'http://localhost:4000',
        studentUserId: student.id,
        managerId: users.find((u) => u.role === 'MANAGER')?.id ?? null,
      });
      // After the money seed, so its figures (lessons charged, two left owing) stay as they are.
      await seedDemoPackages(tx as unknown as Tx, locations, {
        now: new Date(),
        files: options.files,
        log,
        publicUrl: options.publicUrl ?? 'http://localhost:4000',
        studentUserId: student.id,
      });
    }
    return seedDemoRentals(tx, locations, {
      now: new Date(),
      terms: documents.find((d) => d.kind === 'RENTAL'),
      createdBy: users.find((u) => u.role === 'MANAGER')?.id ?? null,
    });
  });
  for (const { key, png } of options.files ? signatures : []) {
    await options.files!.put(key, Readable.from([png]), { contentType: 'image/png' });
  }
  log.info(
    { accounts: DEMO_ACCOUNTS.length, locations: DEMO_LOCATIONS.length },
    'demo school seeded',
  );
  return {
    seeded: true,
    accounts: DEMO_ACCOUNTS,
    locations: DEMO_LOCATIONS.length,
    customers: demoCustomers().length + 2,
  };
}
