/**
 * A large school for the bookings bench, written with COPY: 3 locations, 60 instructors with
 * working hours and certifications, 20,000 customers and 200,000 bookings over two years (a
 * year back, a year ahead) with their participants and allocations, times `scale`.
 *
 * Bookings follow the season (a summer peak about 4.6 times the winter trough) and the
 * locations' size (half of them at the first one), so the biggest location has weeks of about
 * 500, 800 and 2,000 bookings. Lessons are laid out per instructor and day, rentals per kite
 * and day, one after another with gaps, so no two active allocations of a resource overlap:
 * the exclusion constraint checks every row as it is copied in.
 */
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DateTime } from 'luxon';
import type postgres from 'postgres';
import { createUserWithPassword } from '../../api/src/modules/identity/service.js';
import type { Db } from '../../api/src/db/client.js';
import { generator, type Random } from './random.js';

/** The school at full size (scale 1). */
export const FULL_SIZE = { customers: 20_000, bookings: 200_000 };

/** Lessons run 08:00–21:00 local in half-hour units. */
const OPEN = '08:00';
const UNITS_PER_DAY = 26;
const UNIT_MS = 30 * 60_000;
/** A fifth of the bookings are kite rentals, the rest lessons. */
const RENTAL_SHARE = 0.2;
/** The season: 1 + PEAK_EXTRA × a bell around 20 July with a 40-day spread. */
const PEAK_EXTRA = 3.6;
const PEAK_DAY_OF_YEAR = 201;
const PEAK_SPREAD_DAYS = 40;

export const MANAGER = {
  email: 'bench-manager@bench.plannivo.test',
  password: 'bench manager passphrase 2026',
};

interface LocationPlan {
  name: string;
  timezone: string;
  currency: string;
  /** Share of all bookings. */
  share: number;
  instructors: number;
  kites: number;
  /** Unit prices of the four services, in minor units. */
  prices: [number, number, number, number];
}

const LOCATIONS: LocationPlan[] = [
  {
    name: 'Tarifa Kite Center',
    timezone: 'Europe/Madrid',
    currency: 'EUR',
    share: 0.5,
    instructors: 30,
    kites: 40,
    prices: [9_000, 7_000, 5_500, 4_000],
  },
  {
    name: 'Alaçatı Rüzgar Okulu',
    timezone: 'Europe/Istanbul',
    currency: 'TRY',
    share: 0.3,
    instructors: 18,
    kites: 24,
    prices: [350_000, 275_000, 200_000, 150_000],
  },
  {
    name: 'Lagos Surf & Kite',
    timezone: 'Europe/Lisbon',
    currency: 'EUR',
    share: 0.2,
    instructors: 12,
    kites: 16,
    prices: [8_500, 6_500, 5_000, 3_500],
  },
];

type ServiceKey = 'private' | 'semiPrivate' | 'group' | 'rental';

interface ServicePlan {
  key: ServiceKey;
  name: string;
  kind: 'LESSON' | 'RENTAL';
  discipline: 'KITE' | 'WING';
  lessonFormat: 'PRIVATE' | 'SEMI_PRIVATE' | 'GROUP' | null;
  units: number;
  capacity: number;
  /** Share among lessons (rentals: their own share). */
  weight: number;
}

const SERVICES: ServicePlan[] = [
  {
    key: 'private',
    name: 'Private kite lesson',
    kind: 'LESSON',
    discipline: 'KITE',
    lessonFormat: 'PRIVATE',
    units: 2,
    capacity: 1,
    weight: 0.55,
  },
  {
    key: 'semiPrivate',
    name: 'Semi-private kite lesson',
    kind: 'LESSON',
    discipline: 'KITE',
    lessonFormat: 'SEMI_PRIVATE',
    units: 3,
    capacity: 2,
    weight: 0.25,
  },
  {
    key: 'group',
    name: 'Group wing foil lesson',
    kind: 'LESSON',
    discipline: 'WING',
    lessonFormat: 'GROUP',
    units: 4,
    capacity: 6,
    weight: 0.2,
  },
  {
    key: 'rental',
    name: 'Kite and board rental',
    kind: 'RENTAL',
    discipline: 'KITE',
    lessonFormat: null,
    units: 4,
    capacity: 1,
    weight: 1,
  },
];
const LESSONS = SERVICES.filter((s) => s.kind === 'LESSON');

export interface SeededLocation {
  id: string;
  name: string;
  timezone: string;
  currency: string;
  instructorIds: string[];
  services: Record<ServiceKey, { id: string; durationMinutes: number }>;
}

export interface SeededSchool {
  managerUserId: string;
  locations: SeededLocation[];
  customerIds: string[];
  /** The first and last local date with bookings (the same range at every location). */
  firstDate: string;
  lastDate: string;
  rows: { customers: number; bookings: number; participants: number; allocations: number };
  seconds: number;
}

const FIRST_NAMES =
  'Ayşe Fatma Zeynep Elif Merve Özge Büşra Çağla Şule Gökçe Derya İrem Sıla Yağmur Ceren Mehmet Mustafa Ahmet Hüseyin İbrahim Murat Ömer Emre Burak Çağrı Oğuz Şükrü Ümit Barış Kerem Anna Lena Sophie Léa Lucía María Giulia Astrid Zofia Jörg Jürgen Lukas Théo François José Álvaro Søren Björn Paweł Łukasz Oliver'.split(
    ' ',
  );
const LAST_NAMES =
  'Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan Doğan Kılıç Çetin Koç Kurt Özkan Şimşek Korkmaz Çakır Erdoğan Güneş Işık Müller Schmidt Schäfer Köhler Groß Dubois Lefèvre García Fernández Muñoz Rossi Bianchi Jansen Nowak Wiśniewski Dvořák Andersson Jørgensen Smith Murphy'.split(
    ' ',
  );
const INSTRUCTOR_NAMES =
  'Lucía Romero|Javier Ruiz|Anna Müller|Deniz Yılmaz|Elif Şahin|Carlos Vega|Marta Soler|Tom Becker|Can Aksoy|Selin Öztürk|João Silva|Inês Costa|Pablo Ortega|Nora Lind|Emre Kılıç'.split(
    '|',
  );

/** ASCII for an email address: "Şükrü Öztürk" becomes "sukru.ozturk". */
function ascii(value: string) {
  return value
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

/** One value in COPY's text format. */
function copyValue(value: string | number | boolean | Date | null): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value.replace(/[\\\t\n\r]/g, (c) => `\\${c}`);
  return String(value);
}

/** Streams rows into a table with COPY … FROM STDIN, in chunks of about 1 MB. */
async function copyInto(
  sql: postgres.Sql,
  table: string,
  columns: readonly string[],
  rows: Iterable<ReadonlyArray<string | number | boolean | Date | null>>,
) {
  function* chunks() {
    let chunk = '';
    for (const row of rows) {
      chunk += row.map(copyValue).join('\t') + '\n';
      if (chunk.length > 1_000_000) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  const target = await sql`copy ${sql(table)} (${sql(columns as string[])}) from stdin`.writable();
  await pipeline(Readable.from(chunks()), target);
}

/** Season factor of a date: 1 in winter, 1 + PEAK_EXTRA on 20 July. */
function season(date: DateTime) {
  const distance = date.ordinal - PEAK_DAY_OF_YEAR;
  return 1 + PEAK_EXTRA * Math.exp(-(distance * distance) / (2 * PEAK_SPREAD_DAYS ** 2));
}

/** A whole number whose expected value is `x`. */
const roundRandom = (r: Random, x: number) => Math.floor(x) + (r.next() < x % 1 ? 1 : 0);

/**
 * Lays `lengths` (in units) out in a day of UNITS_PER_DAY with random gaps, in order; the
 * lengths that do not fit are dropped. Returns each start unit.
 */
function layOut(r: Random, lengths: number[]): { start: number; units: number }[] {
  while (lengths.reduce((a, b) => a + b, 0) > UNITS_PER_DAY) lengths.pop();
  const gaps = new Array<number>(lengths.length + 1).fill(0);
  for (let free = UNITS_PER_DAY - lengths.reduce((a, b) => a + b, 0); free > 0; free -= 1) {
    gaps[r.int(gaps.length)]! += 1;
  }
  const placed: { start: number; units: number }[] = [];
  let at = 0;
  lengths.forEach((units, i) => {
    at += gaps[i]!;
    placed.push({ start: at, units });
    at += units;
  });
  return placed;
}

function pickWeighted<T extends { weight: number }>(r: Random, list: readonly T[]): T {
  let x = r.next() * list.reduce((a, b) => a + b.weight, 0);
  for (const item of list) {
    x -= item.weight;
    if (x <= 0) return item;
  }
  return list[list.length - 1]!;
}

/**
 * Seeds the school into a migrated, empty database: the small tables through drizzle, the
 * big ones (customers, bookings, participants, allocations) with COPY through `sql`.
 * Deterministic for a scale, apart from `now` (the two years are centred on today).
 */
export async function seedSchool(
  sql: postgres.Sql,
  db: Db,
  options: { scale: number; now: Date },
): Promise<SeededSchool> {
  const started = performance.now();
  const r = generator(20_261_124);
  const customerCount = Math.max(50, Math.round(FULL_SIZE.customers * options.scale));
  const bookingTarget = Math.max(100, Math.round(FULL_SIZE.bookings * options.scale));
  const manager = await createUserWithPassword(db, {
    email: MANAGER.email,
    password: MANAGER.password,
    name: 'Bench Manager',
    role: 'MANAGER',
  });

  // Locations, services, instructors with hours and certifications, kites.
  const locations: SeededLocation[] = [];
  const kitesByLocation = new Map<string, string[]>();
  let instructorNumber = 0;
  for (const plan of LOCATIONS) {
    const id = r.uuid();
    await sql`insert into locations ${sql({
      id,
      name: plan.name,
      timezone: plan.timezone,
      currency: plan.currency,
      opening_hours: sql.json(
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: OPEN, close: '21:00' })),
      ),
    })}`;
    const services = {} as SeededLocation['services'];
    for (const [i, s] of SERVICES.entries()) {
      const serviceId = r.uuid();
      services[s.key] = { id: serviceId, durationMinutes: s.units * 30 };
      await sql`insert into services ${sql({
        id: serviceId,
        location_id: id,
        name: s.name,
        kind: s.kind,
        discipline: s.discipline,
        lesson_format: s.lessonFormat,
        rental_period: s.kind === 'RENTAL' ? 'HOUR' : null,
        duration_minutes: s.units * 30,
        capacity: s.capacity,
        price_minor: plan.prices[i]!,
        currency: plan.currency,
        equipment_categories: s.kind === 'RENTAL' ? ['KITE'] : [],
      })}`;
    }
    const instructorIds = Array.from({ length: plan.instructors }, () => r.uuid());
    await sql`insert into instructors ${sql(
      instructorIds.map((instructorId) => {
        instructorNumber += 1;
        const base = INSTRUCTOR_NAMES[instructorNumber % INSTRUCTOR_NAMES.length]!;
        return {
          id: instructorId,
          name: `${base} ${instructorNumber}`,
          languages: ['en', 'es', 'tr'],
          disciplines: sql.json([
            { discipline: 'KITE', level: 'EXPERT' },
            { discipline: 'WING', level: 'ADVANCED' },
          ]),
          pay_currency: plan.currency,
        };
      }),
    )}`;
    await sql`insert into instructor_locations ${sql(
      instructorIds.map((instructorId) => ({ instructor_id: instructorId, location_id: id })),
    )}`;
    await sql`insert into instructor_hours ${sql(
      instructorIds.flatMap((instructorId) =>
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          instructor_id: instructorId,
          location_id: id,
          weekday,
          start_time: OPEN,
          end_time: '21:00',
        })),
      ),
    )}`;
    await sql`insert into instructor_certifications ${sql(
      instructorIds.flatMap((instructorId) => [
        {
          instructor_id: instructorId,
          name: 'Instructor Level 2',
          issuer: 'IKO',
          discipline: 'KITE',
          level: 'EXPERT',
          expires_on: '2031-12-31',
        },
        {
          instructor_id: instructorId,
          name: 'Wing Foil Instructor',
          issuer: 'IWO',
          discipline: 'WING',
          level: 'ADVANCED',
          expires_on: '2031-12-31',
        },
      ]),
    )}`;
    const kiteIds = Array.from({ length: plan.kites }, () => r.uuid());
    await sql`insert into equipment ${sql(
      kiteIds.map((kiteId, i) => ({
        id: kiteId,
        location_id: id,
        name: `Duotone Evo ${[7, 9, 10, 12][i % 4]}m #${i + 1}`,
        category: 'KITE',
        size: `${[7, 9, 10, 12][i % 4]}m`,
      })),
    )}`;
    kitesByLocation.set(id, kiteIds);
    locations.push({
      id,
      name: plan.name,
      timezone: plan.timezone,
      currency: plan.currency,
      instructorIds,
      services,
    });
  }

  // Customers.
  const customerIds = Array.from({ length: customerCount }, () => r.uuid());
  await copyInto(
    sql,
    'customers',
    ['id', 'name', 'email', 'phone', 'phone_digits', 'skills'],
    (function* () {
      for (const [i, id] of customerIds.entries()) {
        const first = r.pick(FIRST_NAMES);
        const last = r.pick(LAST_NAMES);
        const digits = `90532${String(1_000_000 + i).padStart(7, '0')}`;
        const skills = r.chance(0.6)
          ? [{ discipline: 'KITE', level: r.pick(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']) }]
          : [];
        yield [
          id,
          `${first} ${last}`,
          r.chance(0.85) ? `${ascii(first)}.${ascii(last)}${i}@example.com` : null,
          r.chance(0.8) ? `+${digits}` : null,
          digits,
          JSON.stringify(skills),
        ];
      }
    })(),
  );

  // Bookings: the expected number per location and day follows the season; lessons are laid
  // out per instructor, rentals per kite.
  const today = DateTime.fromJSDate(options.now, { zone: 'UTC' }).startOf('day');
  const dates = Array.from({ length: 730 }, (_, i) => today.plus({ days: i - 365 }));
  const seasonTotal = dates.reduce((sum, d) => sum + season(d), 0);
  const now = options.now.getTime();
  const bookingRows: (string | number | Date | null)[][] = [];
  const participantRows: (string | Date)[][] = [];
  const allocationRows: (string | boolean | Date)[][] = [];
  for (const [index, location] of locations.entries()) {
    const plan = LOCATIONS[index]!;
    const kites = kitesByLocation.get(location.id)!;
    for (const date of dates) {
      const expected = (bookingTarget * plan.share * season(date)) / seasonTotal;
      const opens = DateTime.fromISO(`${date.toISODate()}T${OPEN}`, { zone: plan.timezone });
      const dayStart = opens.toMillis();
      const perInstructor = (expected * (1 - RENTAL_SHARE)) / plan.instructors;
      const perKite = (expected * RENTAL_SHARE) / plan.kites;
      const resources = [
        ...location.instructorIds.map((id) => ({ id, type: 'INSTRUCTOR' as const })),
        ...kites.map((id) => ({ id, type: 'EQUIPMENT' as const })),
      ];
      for (const resource of resources) {
        const lesson = resource.type === 'INSTRUCTOR';
        const count = roundRandom(r, lesson ? perInstructor : perKite);
        if (!count) continue;
        const services = Array.from({ length: count }, () =>
          lesson ? pickWeighted(r, LESSONS) : SERVICES[3]!,
        );
        const placed = layOut(
          r,
          services.map((s) => s.units),
        );
        for (const [i, { start, units }] of placed.entries()) {
          const service = services[i]!;
          const serviceIndex = SERVICES.indexOf(service);
          const startsAt = new Date(dayStart + start * UNIT_MS);
          const endsAt = new Date(startsAt.getTime() + units * UNIT_MS);
          const past = endsAt.getTime() < now;
          const roll = r.next();
          const status = past
            ? roll < 0.88
              ? 'COMPLETED'
              : roll < 0.95
                ? 'CANCELLED'
                : roll < 0.98
                  ? 'NO_SHOW'
                  : 'CONFIRMED'
            : roll < 0.85
              ? 'CONFIRMED'
              : roll < 0.93
                ? 'PENDING'
                : 'CANCELLED';
          const deleted = r.chance(0.01);
          const people =
            service.capacity === 1
              ? 1
              : service.key === 'semiPrivate'
                ? r.chance(0.8)
                  ? 2
                  : 1
                : 2 + r.int(service.capacity - 1);
          const who = new Set<string>();
          while (who.size < people) who.add(r.pick(customerIds));
          const unitPrice = plan.prices[serviceIndex]!;
          const createdAt = new Date(startsAt.getTime() - (1 + r.int(40)) * 86_400_000);
          const bookingId = r.uuid();
          bookingRows.push([
            bookingId,
            location.id,
            location.services[service.key].id,
            lesson ? resource.id : null,
            status,
            startsAt,
            endsAt,
            unitPrice,
            unitPrice * people,
            plan.currency,
            manager.id,
            status === 'PENDING' ? null : createdAt,
            status === 'COMPLETED' ? endsAt : null,
            status === 'CANCELLED' ? createdAt : null,
            status === 'CANCELLED' ? 0 : null,
            deleted ? startsAt : null,
            createdAt,
            createdAt,
          ]);
          for (const customerId of who) participantRows.push([bookingId, customerId, createdAt]);
          allocationRows.push([
            r.uuid(),
            resource.type,
            resource.id,
            'BOOKING',
            bookingId,
            startsAt,
            endsAt,
            status !== 'CANCELLED' && !deleted,
          ]);
        }
      }
    }
  }
  await copyInto(
    sql,
    'bookings',
    [
      'id',
      'location_id',
      'service_id',
      'instructor_id',
      'status',
      'starts_at',
      'ends_at',
      'unit_price_minor',
      'price_minor',
      'currency',
      'created_by',
      'confirmed_at',
      'completed_at',
      'cancelled_at',
      'cancellation_fee_minor',
      'deleted_at',
      'created_at',
      'updated_at',
    ],
    bookingRows,
  );
  await copyInto(
    sql,
    'booking_participants',
    ['booking_id', 'customer_id', 'created_at'],
    participantRows,
  );
  // The exclusion constraint checks each of these: a seeding bug would stop here.
  await copyInto(
    sql,
    'allocations',
    ['id', 'resource_type', 'resource_id', 'kind', 'booking_id', 'starts_at', 'ends_at', 'active'],
    allocationRows,
  );
  await sql`analyze`;
  return {
    managerUserId: manager.id,
    locations,
    customerIds,
    firstDate: dates[0]!.toISODate()!,
    lastDate: dates.at(-1)!.toISODate()!,
    rows: {
      customers: customerIds.length,
      bookings: bookingRows.length,
      participants: participantRows.length,
      allocations: allocationRows.length,
    },
    seconds: (performance.now() - started) / 1000,
  };
}
