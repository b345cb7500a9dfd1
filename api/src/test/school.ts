import type { Db } from '../db/client.js';
import { servicesTable, type ServiceRow } from '../modules/catalog/schema.js';
import { customersTable, type CustomerRow } from '../modules/customers/schema.js';
import { equipmentTable, type EquipmentRow } from '../modules/equipment/schema.js';
import {
  instructorCertificationsTable,
  instructorHoursTable,
  instructorLocationsTable,
  instructorsTable,
  type InstructorRow,
} from '../modules/instructors/schema.js';
import { locationsTable, roomsTable, type LocationRow } from '../modules/locations/schema.js';

/** A small school for booking tests, written straight to the database as setup data. */
export interface TestSchool {
  location: LocationRow;
  instructors: InstructorRow[];
  services: {
    privateKite: ServiceRow;
    groupKite: ServiceRow;
    wingIntro: ServiceRow;
    kiteRental: ServiceRow;
    studio: ServiceRow;
  };
  customers: CustomerRow[];
  kites: EquipmentRow[];
}

/**
 * Seeds one location (Tarifa, Europe/Madrid, EUR, open 08:00–20:00 every day) with
 * `instructorCount` kite instructors working 08:00–20:00 daily with a valid IKO certificate,
 * services of each kind, `customerCount` customers (some linked to `userIds` in order) and
 * a few kites. `validUntil` is the certificates' expiry.
 */
export async function seedTestSchool(
  db: Db,
  options: {
    instructorCount?: number;
    customerCount?: number;
    userIds?: string[];
    timezone?: string;
    validUntil?: string;
    name?: string;
  } = {},
): Promise<TestSchool> {
  const [location] = await db
    .insert(locationsTable)
    .values({
      name: options.name ?? 'Tarifa Kite & Wing',
      timezone: options.timezone ?? 'Europe/Madrid',
      currency: 'EUR',
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        open: '08:00',
        close: '20:00',
      })),
    })
    .returning();
  const instructors = await db
    .insert(instructorsTable)
    .values(
      Array.from({ length: options.instructorCount ?? 3 }, (_, i) => ({
        name:
          ['Lucía Romero', 'Javier Ruiz', 'Anna Müller', 'Deniz Yılmaz', 'Elif Şahin'][i % 5]! +
          (i >= 5 ? ` ${i}` : ''),
        languages: ['en', 'es'],
        disciplines: [
          { discipline: 'KITE' as const, level: 'EXPERT' as const },
          { discipline: 'WING' as const, level: 'ADVANCED' as const },
        ],
      })),
    )
    .returning();
  await db
    .insert(instructorLocationsTable)
    .values(instructors.map((i) => ({ instructorId: i.id, locationId: location!.id })));
  await db.insert(instructorHoursTable).values(
    instructors.flatMap((i) =>
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        instructorId: i.id,
        locationId: location!.id,
        weekday,
        startTime: '08:00',
        endTime: '20:00',
      })),
    ),
  );
  await db.insert(instructorCertificationsTable).values(
    instructors.flatMap((i) => [
      {
        instructorId: i.id,
        name: 'Instructor Level 2',
        issuer: 'IKO',
        discipline: 'KITE',
        level: 'EXPERT',
        expiresOn: options.validUntil ?? '2030-12-31',
      },
      {
        instructorId: i.id,
        name: 'Wing Foil Instructor',
        issuer: 'IWO',
        discipline: 'WING',
        level: 'ADVANCED',
        expiresOn: options.validUntil ?? '2030-12-31',
      },
    ]),
  );
  const common = { locationId: location!.id, currency: 'EUR' } as const;
  const rows = await db
    .insert(servicesTable)
    .values([
      {
        ...common,
        name: 'Discovery kite lesson',
        kind: 'LESSON',
        discipline: 'KITE',
        lessonFormat: 'PRIVATE',
        durationMinutes: 120,
        capacity: 1,
        priceMinor: 16000,
      },
      {
        ...common,
        name: 'Group kite course day',
        kind: 'LESSON',
        discipline: 'KITE',
        lessonFormat: 'GROUP',
        durationMinutes: 180,
        capacity: 4,
        priceMinor: 9000,
      },
      {
        ...common,
        name: 'Wing foil intro',
        kind: 'LESSON',
        discipline: 'WING',
        lessonFormat: 'PRIVATE',
        durationMinutes: 120,
        capacity: 1,
        priceMinor: 15000,
        requiredLevel: 'INTERMEDIATE',
      },
      {
        ...common,
        name: 'Kite set rental',
        kind: 'RENTAL',
        discipline: 'KITE',
        rentalPeriod: 'HOUR',
        durationMinutes: 60,
        capacity: 1,
        priceMinor: 3000,
        equipmentCategories: ['KITE'],
      },
      {
        ...common,
        name: 'Studio by the beach',
        kind: 'ACCOMMODATION',
        durationMinutes: 1440,
        capacity: 2,
        priceMinor: 9500,
      },
    ])
    .returning();
  const [privateKite, groupKite, wingIntro, kiteRental, studio] = rows as [
    ServiceRow,
    ServiceRow,
    ServiceRow,
    ServiceRow,
    ServiceRow,
  ];
  const userIds = options.userIds ?? [];
  const customers = await db
    .insert(customersTable)
    .values(
      Array.from({ length: options.customerCount ?? 6 }, (_, i) => ({
        name: `Student ${i + 1}`,
        email: `student${i + 1}-${location!.id.slice(0, 6)}@test.plannivo.test`,
        userId: userIds[i] ?? null,
        skills: [{ discipline: 'KITE' as const, level: 'BEGINNER' as const }],
      })),
    )
    .returning();
  const kites = await db
    .insert(equipmentTable)
    .values(
      ['7m', '9m', '9m', '12m'].map((size, i) => ({
        locationId: location!.id,
        name: `Duotone Evo ${size} #${i + 1}`,
        category: 'KITE',
        size,
      })),
    )
    .returning();
  await db.insert(roomsTable).values([{ locationId: location!.id, name: 'Studio 1', capacity: 2 }]);
  return {
    location: location!,
    instructors,
    services: { privateKite, groupKite, wingIntro, kiteRental, studio },
    customers,
    kites,
  };
}
