import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { allocationsTable } from '../allocations/schema.js';
import { bookingParticipantsTable, bookingsTable } from './schema.js';

// The admin calendar's week: every field a calendar cell shows, each resolved through loaders.
const WEEK = `query($filter: BookingFilter!, $first: Int!) {
  bookings(filter: $filter, first: $first) {
    edges { node {
      id status startsAt endsAt deletedAt placesLeft
      service { name } location { name } instructor { name } customers { name }
      equipment { name } room { name } price { formatted }
    } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

/** Two Mondays 00:00 UTC a week apart; the dates lie in the future of any run. */
const QUIET_WEEK = new Date('2031-03-03T00:00:00.000Z');
const BUSY_WEEK = new Date('2031-03-10T00:00:00.000Z');
const DAY = 86_400_000;

let t: TestApp;
let school: TestSchool;
let manager: SignedIn;
let statements = 0;

/**
 * Writes `count` bookings spread over the week starting `monday`, each with one to three
 * participants, instructors and kites taken in turn (setup data, straight to the database).
 */
async function seedWeek(monday: Date, count: number) {
  const rows = Array.from({ length: count }, (_, k) => {
    const startsAt = new Date(
      monday.getTime() + (k % 7) * DAY + (8 + Math.floor(k / 7) / 2) * 3_600_000,
    );
    return {
      id: crypto.randomUUID(),
      locationId: school.location.id,
      serviceId: (k % 2 ? school.services.groupKite : school.services.privateKite).id,
      instructorId: school.instructors[k % school.instructors.length]!.id,
      status: 'CONFIRMED' as const,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      unitPriceMinor: 9000,
      priceMinor: 9000,
      currency: 'EUR',
    };
  });
  await t.db.insert(bookingsTable).values(rows);
  await t.db.insert(bookingParticipantsTable).values(
    rows.flatMap((b, k) =>
      Array.from({ length: 1 + (k % 3) }, (_, j) => ({
        bookingId: b.id,
        customerId: school.customers[(k + j) % school.customers.length]!.id,
      })),
    ),
  );
  // A kite for every booking, so the equipment loader has rows to fetch too.
  await t.db.insert(allocationsTable).values(
    rows.map((b, k) => ({
      resourceType: 'EQUIPMENT' as const,
      resourceId: school.kites[k % school.kites.length]!.id,
      kind: 'BOOKING' as const,
      bookingId: b.id,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      active: false,
    })),
  );
}

/**
 * The SQL statements one calendar request for the week runs, counted through the app's
 * onQuery hook. The fewest of three runs: the in-process jobs (mail sweep, waitlist offers)
 * may run a statement of their own during one of them.
 */
async function statementsForWeek(monday: Date, expected: number) {
  const counts: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const before = statements;
    const res = await t.gql<{ bookings: { edges: unknown[]; totalCount: number } }>(
      WEEK,
      {
        filter: {
          locationId: school.location.id,
          from: monday.toISOString(),
          to: new Date(monday.getTime() + 7 * DAY).toISOString(),
        },
        first: 1000,
      },
      { token: manager.token },
    );
    counts.push(statements - before);
    expect(res.errors).toBeUndefined();
    expect(res.data!.bookings.edges).toHaveLength(expected);
    expect(res.data!.bookings.totalCount).toBe(expected);
  }
  return Math.min(...counts);
}

beforeAll(async () => {
  t = await startTestApp({
    onQuery: () => {
      statements += 1;
    },
  });
  manager = await t.signIn('MANAGER');
  school = await seedTestSchool(t.db, { instructorCount: 5, customerCount: 40 });
  await seedWeek(QUIET_WEEK, 10);
  await seedWeek(BUSY_WEEK, 200);
});

afterAll(async () => {
  await t?.stop();
});

describe('calendar week query', () => {
  it('runs as many SQL statements for 200 bookings as for 10 (loaders batch each field)', async () => {
    const quiet = await statementsForWeek(QUIET_WEEK, 10);
    const busy = await statementsForWeek(BUSY_WEEK, 200);
    expect(quiet).toBeGreaterThan(0);
    expect(busy).toBe(quiet);
  });
});
