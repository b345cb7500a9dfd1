import { and, eq, isNull, notInArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { DbOrTx } from '../db/client.js';
import { allocationsTable } from '../modules/allocations/schema.js';
import { servicesTable, type ServiceRow } from '../modules/catalog/schema.js';
import { customersTable, type CustomerRow } from '../modules/customers/schema.js';
import { equipmentTable } from '../modules/equipment/schema.js';
import {
  instructorLocationsTable,
  instructorsTable,
  type InstructorRow,
} from '../modules/instructors/schema.js';
import type { LocationRow } from '../modules/locations/schema.js';
import {
  bookingParticipantsTable,
  bookingsTable,
  waitlistEntriesTable,
  type BookingStatus,
} from '../modules/bookings/schema.js';
import { bookingPrice } from '../modules/bookings/rules.js';

/** A lesson start per instructor and day, local time: Akyaka sails in the afternoon wind. */
const LESSON_HOURS: Record<string, readonly string[]> = {
  'Europe/Istanbul': ['13:00', '16:00'],
  'Europe/Madrid': ['10:00', '14:00', '17:00'],
};

interface Plan {
  location: LocationRow;
  service: ServiceRow;
  startsAt: Date;
  minutes: number;
  instructor: InstructorRow | null;
  customers: CustomerRow[];
  equipmentIds: string[];
  status: BookingStatus;
  deleted?: boolean;
  notes?: string;
}

/**
 * A week of bookings around `now` (three days back, four ahead) in both locations: private
 * and group lessons spread across the instructors, kite rentals with their gear, every status
 * (completed, no-show and cancelled in the past; checked in today; confirmed and pending
 * ahead; one archived), a full group session with a waiting list, and for the demo student
 * (`studentUserId`) two past lessons and an upcoming one. Written straight to the tables with
 * their allocations, so the exclusion constraint still guards every row.
 */
export async function seedDemoBookings(
  tx: DbOrTx,
  locations: LocationRow[],
  options: { now: Date; studentUserId: string },
) {
  const people = await tx
    .select()
    .from(customersTable)
    .where(isNull(customersTable.userId))
    .orderBy(customersTable.createdAt, customersTable.name);
  const [student] = await tx
    .select()
    .from(customersTable)
    .where(eq(customersTable.userId, options.studentUserId));
  let next = 0;
  const someone = () => people[next++ % people.length]!;
  const plans: Plan[] = [];

  for (const location of locations) {
    const services = await tx
      .select()
      .from(servicesTable)
      .where(eq(servicesTable.locationId, location.id));
    const lesson = (format: 'PRIVATE' | 'SEMI_PRIVATE' | 'GROUP') =>
      services.find(
        (s) => s.kind === 'LESSON' && s.discipline === 'KITE' && s.lessonFormat === format,
      );
    const privateKite = lesson('PRIVATE')!;
    const semiPrivate = lesson('SEMI_PRIVATE') ?? privateKite;
    const group = lesson('GROUP');
    const rental = services.find(
      (s) => s.kind === 'RENTAL' && s.name.toLowerCase().includes('kite'),
    );
    const instructors = (
      await tx
        .select({ instructor: instructorsTable })
        .from(instructorsTable)
        .innerJoin(
          instructorLocationsTable,
          eq(instructorLocationsTable.instructorId, instructorsTable.id),
        )
        .where(eq(instructorLocationsTable.locationId, location.id))
        .orderBy(instructorsTable.name)
    )
      .map((r) => r.instructor)
      .filter((i) => i.disciplines.some((d) => d.discipline === 'KITE'));
    const kites = await tx
      .select({ id: equipmentTable.id })
      .from(equipmentTable)
      .where(
        and(
          eq(equipmentTable.locationId, location.id),
          eq(equipmentTable.category, 'KITE'),
          eq(equipmentTable.status, 'AVAILABLE'),
          // Not the kite in the repair shop this week.
          notInArray(
            equipmentTable.id,
            tx
              .select({ id: allocationsTable.resourceId })
              .from(allocationsTable)
              .where(eq(allocationsTable.kind, 'MAINTENANCE')),
          ),
        ),
      )
      .orderBy(equipmentTable.name);
    const hours = LESSON_HOURS[location.timezone] ?? ['10:00', '14:00'];
    const today = DateTime.fromJSDate(options.now, { zone: location.timezone }).startOf('day');
    const at = (day: number, time: string) => {
      const [h, m] = time.split(':').map(Number);
      return today.plus({ days: day }).set({ hour: h, minute: m }).toJSDate();
    };

    for (let day = -3; day <= 4; day += 1) {
      instructors.forEach((instructor, i) => {
        hours.forEach((time, slot) => {
          // Not everyone teaches every slot: a school's week has gaps.
          if ((i + slot + day + 10) % 3 === 2) return;
          // The group session (slot 0 of the first instructor) is planned below.
          if (group && i === 0 && slot === 0 && day === 1) return;
          const pair = (i + day + 10) % 4 === 0;
          const service = pair ? semiPrivate : privateKite;
          const status: BookingStatus =
            day < 0
              ? (i + slot + day + 10) % 7 === 0
                ? 'NO_SHOW'
                : (i + slot + day + 10) % 5 === 0
                  ? 'CANCELLED'
                  : 'COMPLETED'
              : day === 0
                ? slot === 0
                  ? 'CHECKED_IN'
                  : 'CONFIRMED'
                : (i + slot) % 4 === 3
                  ? 'PENDING'
                  : 'CONFIRMED';
          plans.push({
            location,
            service,
            startsAt: at(day, time),
            minutes: service.durationMinutes,
            instructor,
            customers: pair ? [someone(), someone()] : [someone()],
            equipmentIds: [],
            status,
            // One archived lesson in the week, restorable from the archive.
            deleted: day === 2 && i === 1 && !plans.some((p) => p.deleted),
            notes:
              i === 0 && day === 0 && slot === 0
                ? 'First time on the water; nervous of deep water.'
                : undefined,
          });
        });
      });
      if (rental && kites.length >= 3) {
        // Morning rentals for independent riders, each with their own kite.
        for (let k = 0; k < 3; k += 1) {
          plans.push({
            location,
            service: rental,
            startsAt: at(day, '09:00'),
            minutes: rental.durationMinutes * 3,
            instructor: null,
            customers: [someone()],
            equipmentIds: [kites[(k + day + 3) % kites.length]!.id],
            status: day < 0 ? 'COMPLETED' : 'CONFIRMED',
          });
        }
      }
    }
    if (group && instructors[0]) {
      plans.push({
        location,
        service: group,
        startsAt: at(1, hours[0]!),
        minutes: group.durationMinutes,
        instructor: instructors[0],
        customers: Array.from({ length: group.capacity }, () => someone()),
        equipmentIds: [],
        status: 'CONFIRMED',
      });
    }
  }

  // The demo student's own lessons at the first location: two past, one ahead.
  const home = locations[0]!;
  const homePlans = plans.filter(
    (p) => p.location.id === home.id && p.service.lessonFormat === 'PRIVATE' && p.instructor,
  );
  if (student) {
    const past = homePlans.filter((p) => p.startsAt < options.now && p.status === 'COMPLETED');
    const ahead = homePlans.filter((p) => p.startsAt > options.now && p.status === 'CONFIRMED');
    for (const p of [...past.slice(0, 2), ...ahead.slice(0, 1)]) p.customers = [student];
  }

  const written = await writePlans(tx, plans, options.now);
  // Two people wait for the full group session at the first location.
  const full = written.find(
    (w) => w.plan.service.lessonFormat === 'GROUP' && w.plan.location.id === home.id,
  );
  if (full) {
    await tx.insert(waitlistEntriesTable).values([
      { bookingId: full.id, customerId: someone().id, createdAt: options.now },
      { bookingId: full.id, customerId: someone().id, createdAt: options.now },
    ]);
  }
  return written.length;
}

async function writePlans(tx: DbOrTx, plans: Plan[], now: Date) {
  const rows = plans.map((p) => {
    const endsAt = new Date(p.startsAt.getTime() + p.minutes * 60_000);
    const cancelled = p.status === 'CANCELLED';
    return {
      plan: p,
      row: {
        id: crypto.randomUUID(),
        locationId: p.location.id,
        serviceId: p.service.id,
        instructorId: p.instructor?.id ?? null,
        status: p.status,
        startsAt: p.startsAt,
        endsAt,
        unitPriceMinor: p.service.priceMinor,
        priceMinor: bookingPrice({
          unitPriceMinor: p.service.priceMinor,
          participants: p.customers.length,
          bookedMinutes: p.minutes,
          serviceMinutes: p.service.durationMinutes,
        }),
        currency: p.service.currency,
        notes: p.notes ?? null,
        confirmedAt: p.status === 'PENDING' ? null : now,
        cancelledAt: cancelled ? new Date(p.startsAt.getTime() - 2 * 86_400_000) : null,
        cancelReason: cancelled ? 'Wind forecast too light' : null,
        cancellationFeeMinor: cancelled ? 0 : null,
        deletedAt: p.deleted ? now : null,
        createdAt: now,
        updatedAt: now,
      },
    };
  });
  for (let i = 0; i < rows.length; i += 200) {
    const batch = rows.slice(i, i + 200);
    await tx.insert(bookingsTable).values(batch.map((b) => b.row));
    await tx.insert(bookingParticipantsTable).values(
      batch.flatMap((b) =>
        [...new Set(b.plan.customers.map((c) => c.id))].map((customerId) => ({
          bookingId: b.row.id,
          customerId,
          createdAt: now,
        })),
      ),
    );
    const claims = batch.flatMap((b) => {
      const active = b.row.status !== 'CANCELLED' && !b.row.deletedAt;
      const base = {
        kind: 'BOOKING' as const,
        bookingId: b.row.id,
        startsAt: b.row.startsAt,
        endsAt: b.row.endsAt,
        active,
      };
      return [
        ...(b.row.instructorId
          ? [{ ...base, resourceType: 'INSTRUCTOR' as const, resourceId: b.row.instructorId }]
          : []),
        ...b.plan.equipmentIds.map((id) => ({
          ...base,
          resourceType: 'EQUIPMENT' as const,
          resourceId: id,
        })),
      ];
    });
    if (claims.length) await tx.insert(allocationsTable).values(claims);
  }
  return rows.map((r) => ({ id: r.row.id, plan: r.plan }));
}
