import type { DbOrTx } from '../db/client.js';
import {
  packageItemsTable,
  packagesTable,
  servicesTable,
  type LessonFormat,
  type RentalPeriod,
  type ServiceKind,
} from '../modules/catalog/schema.js';
import type { CustomerSkill, Discipline } from '../modules/customers/schema.js';
import {
  instructorCertificationsTable,
  instructorHoursTable,
  instructorLocationsTable,
  instructorsTable,
} from '../modules/instructors/schema.js';
import type { LocationRow } from '../modules/locations/schema.js';

interface DemoService {
  name: string;
  kind: ServiceKind;
  discipline?: string;
  lessonFormat?: LessonFormat;
  rentalPeriod?: RentalPeriod;
  /** What each renter takes out (availability checks the stock; the wizard sizes it). */
  equipmentCategories?: string[];
  durationMinutes: number;
  capacity: number;
  requiredLevel?: string;
  price: number;
}

/** Prices in the location's major unit (lira, euro); lessons first, then rentals and rooms. */
const CATALOGS: Record<string, DemoService[]> = {
  TRY: [
    {
      name: 'Özel kite dersi / Private kite lesson',
      kind: 'LESSON',
      discipline: 'KITE',
      lessonFormat: 'PRIVATE',
      durationMinutes: 120,
      capacity: 1,
      price: 4500,
    },
    {
      name: 'Yarı özel kite dersi / Semi-private kite lesson',
      kind: 'LESSON',
      discipline: 'KITE',
      lessonFormat: 'SEMI_PRIVATE',
      durationMinutes: 120,
      capacity: 2,
      price: 3200,
    },
    {
      name: 'Grup wing dersi / Group wing lesson',
      kind: 'LESSON',
      discipline: 'WING',
      lessonFormat: 'GROUP',
      durationMinutes: 90,
      capacity: 6,
      price: 1800,
    },
    {
      name: 'Windsurf başlangıç / Windsurf beginner',
      kind: 'LESSON',
      discipline: 'WINDSURF',
      lessonFormat: 'GROUP',
      durationMinutes: 120,
      capacity: 8,
      price: 1500,
    },
    {
      name: 'Kite dalga kliniği / Kite wave clinic',
      kind: 'LESSON',
      discipline: 'KITE',
      lessonFormat: 'GROUP',
      durationMinutes: 180,
      capacity: 4,
      requiredLevel: 'INTERMEDIATE',
      price: 3500,
    },
    {
      name: 'Kite ekipmanı, saatlik / Kite gear, hourly',
      kind: 'RENTAL',
      equipmentCategories: ['KITE', 'BAR', 'BOARD', 'HARNESS'],
      discipline: 'KITE',
      rentalPeriod: 'HOUR',
      durationMinutes: 60,
      capacity: 1,
      requiredLevel: 'INTERMEDIATE',
      price: 900,
    },
    {
      name: 'SUP, yarım gün / SUP, half day',
      kind: 'RENTAL',
      equipmentCategories: ['SUP'],
      discipline: 'SUP',
      rentalPeriod: 'HALF_DAY',
      durationMinutes: 240,
      capacity: 1,
      price: 1200,
    },
    {
      name: 'Wetsuit, günlük / Wetsuit, day',
      kind: 'RENTAL',
      equipmentCategories: ['WETSUIT'],
      rentalPeriod: 'DAY',
      durationMinutes: 480,
      capacity: 1,
      price: 300,
    },
    {
      name: 'Kamp odası / Camp room',
      kind: 'ACCOMMODATION',
      durationMinutes: 1440,
      capacity: 2,
      price: 2800,
    },
  ],
  EUR: [
    {
      name: 'Private kite lesson',
      kind: 'LESSON',
      discipline: 'KITE',
      lessonFormat: 'PRIVATE',
      durationMinutes: 120,
      capacity: 1,
      price: 170,
    },
    {
      name: 'Group kite course day',
      kind: 'LESSON',
      discipline: 'KITE',
      lessonFormat: 'GROUP',
      durationMinutes: 240,
      capacity: 4,
      price: 140,
    },
    {
      name: 'Private wing foil lesson',
      kind: 'LESSON',
      discipline: 'WING',
      lessonFormat: 'PRIVATE',
      durationMinutes: 90,
      capacity: 1,
      price: 120,
    },
    {
      name: 'Surf lesson',
      kind: 'LESSON',
      discipline: 'SURF',
      lessonFormat: 'GROUP',
      durationMinutes: 120,
      capacity: 8,
      price: 45,
    },
    {
      name: 'Kite gear, day',
      kind: 'RENTAL',
      equipmentCategories: ['KITE', 'BAR', 'BOARD', 'HARNESS'],
      discipline: 'KITE',
      rentalPeriod: 'DAY',
      durationMinutes: 480,
      capacity: 1,
      requiredLevel: 'INTERMEDIATE',
      price: 85,
    },
    {
      name: 'Wing foil set, half day',
      kind: 'RENTAL',
      equipmentCategories: ['WING', 'FOIL_BOARD'],
      discipline: 'WING',
      rentalPeriod: 'HALF_DAY',
      durationMinutes: 240,
      capacity: 1,
      requiredLevel: 'INTERMEDIATE',
      price: 65,
    },
    {
      name: 'Surfboard, hour',
      kind: 'RENTAL',
      equipmentCategories: ['SURFBOARD'],
      discipline: 'SURF',
      rentalPeriod: 'HOUR',
      durationMinutes: 60,
      capacity: 1,
      price: 15,
    },
  ],
};

/** A certificate as the issuing body prints it; fixed dates, one of them already lapsed. */
interface DemoCertification {
  issuer: string;
  name: string;
  number: string;
  discipline: Discipline;
  level: string;
  expiresOn: string;
}

/** The demo instructor account's certificates: kite, and a lapsed diving instructor rating. */
const DEMO_ACCOUNT_CERTIFICATIONS: DemoCertification[] = [
  {
    issuer: 'IKO',
    name: 'Kiteboarding Instructor',
    number: 'IKO-58214',
    discipline: 'KITE',
    level: 'Level 2',
    expiresOn: '2027-12-31',
  },
  {
    issuer: 'PADI',
    name: 'Open Water Scuba Instructor',
    number: 'PADI 271834',
    discipline: 'DIVING',
    level: 'OWSI',
    expiresOn: '2026-03-31',
  },
];

const INSTRUCTORS: Array<{
  name: string;
  languages: string[];
  disciplines: CustomerSkill[];
  currency: 'TRY' | 'EUR';
  certifications: DemoCertification[];
}> = [
  {
    name: 'Ece Güneş',
    languages: ['tr', 'en'],
    disciplines: [
      { discipline: 'WING', level: 'ADVANCED' },
      { discipline: 'WINDSURF', level: 'EXPERT' },
    ],
    currency: 'TRY',
    certifications: [
      {
        issuer: 'VDWS',
        name: 'Windsurf Instructor',
        number: 'VDWS-W 14-2287',
        discipline: 'WINDSURF',
        level: 'Instructor',
        expiresOn: '2028-03-31',
      },
      {
        issuer: 'VDWS',
        name: 'Wingsurf Instructor',
        number: 'VDWS-WG 23-0419',
        discipline: 'WING',
        level: 'Instructor',
        expiresOn: '2027-09-30',
      },
    ],
  },
  {
    name: 'Oğuz Koç',
    languages: ['tr', 'en', 'de'],
    disciplines: [{ discipline: 'KITE', level: 'EXPERT' }],
    currency: 'TRY',
    certifications: [
      {
        issuer: 'IKO',
        name: 'Kiteboarding Instructor',
        number: 'IKO-40377',
        discipline: 'KITE',
        level: 'Level 3',
        expiresOn: '2028-06-30',
      },
      {
        issuer: 'RYA',
        name: 'Dinghy Instructor',
        number: 'RYA DI 402917',
        discipline: 'SAILING',
        level: 'Dinghy Instructor',
        expiresOn: '2029-05-31',
      },
    ],
  },
  {
    name: 'Lucía García',
    languages: ['es', 'en'],
    disciplines: [
      { discipline: 'KITE', level: 'ADVANCED' },
      { discipline: 'SURF', level: 'EXPERT' },
    ],
    currency: 'EUR',
    certifications: [
      {
        issuer: 'ISA',
        name: 'Surf Instructor',
        number: 'ISA-ES-3381',
        discipline: 'SURF',
        level: 'Level 1',
        expiresOn: '2027-06-30',
      },
      {
        issuer: 'IKO',
        name: 'Kiteboarding Instructor',
        number: 'IKO-61902',
        discipline: 'KITE',
        level: 'Level 1',
        expiresOn: '2027-11-30',
      },
    ],
  },
  {
    name: 'Finn Larsen',
    languages: ['en', 'de', 'da'],
    disciplines: [
      { discipline: 'WING', level: 'EXPERT' },
      { discipline: 'KITE', level: 'INTERMEDIATE' },
    ],
    currency: 'EUR',
    certifications: [
      {
        issuer: 'IKO',
        name: 'Wing Foil Instructor',
        number: 'IKO-WF-7730',
        discipline: 'WING',
        level: 'Level 1',
        expiresOn: '2028-01-31',
      },
      {
        issuer: 'BSAC',
        name: 'Open Water Instructor',
        number: 'BSAC 118452',
        discipline: 'DIVING',
        level: 'OWI',
        expiresOn: '2027-04-30',
      },
    ],
  },
];

/** Monday to Saturday, a morning and an afternoon block, local time. */
const WEEK = [1, 2, 3, 4, 5, 6].flatMap((weekday) => [
  { weekday, startTime: '09:00', endTime: '12:30' },
  { weekday, startTime: '14:00', endTime: '18:30' },
]);

/**
 * Both locations' catalogs and packages, and their instructors with weekly hours and
 * certificates (issuer, name, number); the demo
 * instructor account (`instructorUserId`) teaches kite at Akyaka.
 */
export async function seedDemoCatalog(
  tx: DbOrTx,
  locations: LocationRow[],
  demoInstructor: { userId: string; name: string },
) {
  let services = 0;
  for (const location of locations) {
    const catalog = CATALOGS[location.currency] ?? [];
    const rows = await tx
      .insert(servicesTable)
      .values(
        catalog.map((s) => ({
          ...s,
          locationId: location.id,
          priceMinor: s.price * 100,
          currency: location.currency,
        })),
      )
      .returning();
    services += rows.length;
    const [course] = await tx
      .insert(packagesTable)
      .values({
        locationId: location.id,
        name:
          location.currency === 'TRY'
            ? '10 saatlik kite kursu / 10-hour kite course'
            : '10-hour kite course',
        validityDays: 90,
        priceMinor: Math.round(rows[0]!.priceMinor * 5 * 0.9),
        currency: location.currency,
      })
      .returning();
    await tx
      .insert(packageItemsTable)
      .values({ packageId: course!.id, serviceId: rows[0]!.id, quantity: 5 });
    const [gift] = await tx
      .insert(packagesTable)
      .values({
        locationId: location.id,
        name:
          location.currency === 'TRY'
            ? 'Hediye: deneme dersi / Gift: taster lesson'
            : 'Gift: taster lesson',
        validityDays: 365,
        priceMinor: rows[0]!.priceMinor,
        currency: location.currency,
        gift: true,
      })
      .returning();
    await tx
      .insert(packageItemsTable)
      .values({ packageId: gift!.id, serviceId: rows[0]!.id, quantity: 1 });
  }
  const people = [
    {
      name: demoInstructor.name,
      userId: demoInstructor.userId,
      languages: ['tr', 'en'],
      disciplines: [{ discipline: 'KITE', level: 'EXPERT' }] as CustomerSkill[],
      currency: 'TRY' as const,
      certifications: DEMO_ACCOUNT_CERTIFICATIONS,
    },
    ...INSTRUCTORS.map((i) => ({ ...i, userId: null })),
  ];
  for (const person of people) {
    const location = locations.find((l) => l.currency === person.currency)!;
    const [row] = await tx
      .insert(instructorsTable)
      .values({
        name: person.name,
        userId: person.userId,
        languages: person.languages,
        disciplines: person.disciplines,
        payType: person.userId ? 'HOURLY' : 'COMMISSION',
        payAmount: person.userId ? 60000 : 3000,
        payCurrency: person.userId ? 'TRY' : null,
      })
      .returning();
    await tx
      .insert(instructorLocationsTable)
      .values({ instructorId: row!.id, locationId: location.id });
    await tx
      .insert(instructorHoursTable)
      .values(WEEK.map((w) => ({ ...w, instructorId: row!.id, locationId: location.id })));
    await tx
      .insert(instructorCertificationsTable)
      .values(person.certifications.map((c) => ({ ...c, instructorId: row!.id })));
  }
  return { services, instructors: people.length };
}
