/**
 * Instructor matching: who may teach a lesson at a time, and why the others may not. The data
 * of every candidate (profiles, hours, certifications, allocations) is loaded for a window in
 * a fixed number of queries, whatever the number of instructors; the rules then run in memory,
 * so availability can ask them for every slot of a day without asking the database again.
 */
import { and, eq, exists, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { isUuid } from '../../ids.js';
import { allocationsOf } from '../allocations/service.js';
import type { AllocationRow } from '../allocations/schema.js';
import type { ServiceRow } from '../catalog/schema.js';
import {
  customersTable,
  SKILL_LEVELS,
  type CustomerSkill,
  type SkillLevel,
} from '../customers/schema.js';
import {
  instructorCertificationsTable,
  instructorHoursTable,
  instructorLocationsTable,
  instructorsTable,
  type CertificationRow,
  type HoursRow,
  type InstructorRow,
} from '../instructors/schema.js';
import type { LocationRow } from '../locations/schema.js';
import { blocksToRanges, covers, localDateOf, localDay, overlaps, type Range } from './time.js';

export type IneligibleReason =
  | 'INACTIVE'
  | 'NOT_AT_LOCATION'
  | 'NO_DISCIPLINE'
  | 'LEVEL_TOO_LOW'
  | 'NO_VALID_CERTIFICATION'
  | 'NOT_WORKING'
  | 'TIME_OFF'
  | 'BUSY';

export const INELIGIBLE_REASONS = [
  'INACTIVE',
  'NOT_AT_LOCATION',
  'NO_DISCIPLINE',
  'LEVEL_TOO_LOW',
  'NO_VALID_CERTIFICATION',
  'NOT_WORKING',
  'TIME_OFF',
  'BUSY',
] as const satisfies readonly IneligibleReason[];

export interface InstructorFit {
  instructorId: string;
  name: string;
  eligible: boolean;
  reasons: IneligibleReason[];
}

/** A fit with the profile and the day's load, as availability and staff views need them. */
export interface RankedFit extends InstructorFit {
  instructor: InstructorRow;
  /** Lessons booked that local day (other than the one being changed). */
  bookingsThatDay: number;
}

/** Everything the rules read, loaded once for a window of time. */
export interface MatchData {
  service: ServiceRow;
  location: LocationRow;
  /** The level the lesson is taught at: the service's, or the most advanced participant's. */
  level: SkillLevel;
  candidates: Array<{ instructor: InstructorRow; atLocation: boolean }>;
  hours: Map<string, HoursRow[]>;
  certifications: Map<string, CertificationRow[]>;
  allocations: Map<string, AllocationRow[]>;
}

const rank = (level: string | null | undefined) =>
  Math.max(0, SKILL_LEVELS.indexOf((level ?? 'BEGINNER') as SkillLevel));

/**
 * The level a lesson needs its instructor to teach: the service's required level, raised to
 * the level of the most advanced participant in the lesson's discipline (a participant
 * without a recorded skill counts as a beginner).
 */
export function lessonLevel(
  service: Pick<ServiceRow, 'discipline' | 'requiredLevel'>,
  skills: ReadonlyArray<readonly CustomerSkill[]>,
): SkillLevel {
  let level = rank(service.requiredLevel);
  for (const list of skills) {
    const own = list.find((s) => s.discipline === service.discipline);
    level = Math.max(level, rank(own?.level));
  }
  return SKILL_LEVELS[level]!;
}

const groupBy = <R>(rows: readonly R[], key: (row: R) => string) => {
  const map = new Map<string, R[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
};

/** Skills of customers by id (unknown ids are skipped); one query. */
export async function skillsOfCustomers(db: DbOrTx, customerIds: readonly string[]) {
  const ids = [...new Set(customerIds)].filter(isUuid);
  if (!ids.length) return [];
  const rows = await db
    .select({ skills: customersTable.skills })
    .from(customersTable)
    .where(inArray(customersTable.id, ids));
  return rows.map((r) => r.skills);
}

/**
 * Loads the candidates for lessons of `service` at `location` within `window`: the active
 * instructors of the location, or exactly `instructorIds` (active or not, here or not, so the
 * rules can say why), with their hours at the location, their certifications in the
 * discipline and their active allocations overlapping the window (except those of
 * `excludeBookingId`). At most four queries, whatever the number of instructors.
 */
export async function loadMatchData(
  db: DbOrTx,
  args: {
    service: ServiceRow;
    location: LocationRow;
    skills: ReadonlyArray<readonly CustomerSkill[]>;
    window: Range;
    instructorIds?: readonly string[];
    excludeBookingId?: string;
  },
): Promise<MatchData> {
  const { service, location } = args;
  const atLocation = exists(
    db
      .select({ one: instructorLocationsTable.instructorId })
      .from(instructorLocationsTable)
      .where(
        and(
          eq(instructorLocationsTable.instructorId, instructorsTable.id),
          eq(instructorLocationsTable.locationId, location.id),
        ),
      ),
  );
  const worksHere = sql<boolean>`${atLocation}`;
  const asked = args.instructorIds ? [...new Set(args.instructorIds)].filter(isUuid) : null;
  const rows =
    asked && !asked.length
      ? []
      : await db
          .select({ instructor: instructorsTable, atLocation: worksHere })
          .from(instructorsTable)
          .where(
            asked
              ? inArray(instructorsTable.id, asked)
              : and(eq(instructorsTable.active, true), atLocation),
          );
  const ids = rows.map((r) => r.instructor.id);
  const [hours, certifications, allocations] = ids.length
    ? await Promise.all([
        db
          .select()
          .from(instructorHoursTable)
          .where(
            and(
              inArray(instructorHoursTable.instructorId, ids),
              eq(instructorHoursTable.locationId, location.id),
            ),
          ),
        service.discipline
          ? db
              .select()
              .from(instructorCertificationsTable)
              .where(
                and(
                  inArray(instructorCertificationsTable.instructorId, ids),
                  eq(instructorCertificationsTable.discipline, service.discipline),
                ),
              )
          : Promise.resolve([] as CertificationRow[]),
        allocationsOf(db, ids, args.window.start, args.window.end, {
          excludeBookingId: args.excludeBookingId,
        }),
      ])
    : [[], [], []];
  return {
    service,
    location,
    level: lessonLevel(service, args.skills),
    candidates: rows.map((r) => ({ instructor: r.instructor, atLocation: Boolean(r.atLocation) })),
    hours: groupBy(hours, (h) => h.instructorId),
    certifications: groupBy(certifications, (c) => c.instructorId),
    allocations: groupBy(allocations, (a) => a.resourceId),
  };
}

/**
 * The rules, for a lesson over [startsAt, endsAt): every candidate with the reasons it may
 * not teach it, eligible ones first, then those with the fewest lessons that local day, then
 * by name. Time off and other allocations are looked up in what `loadMatchData` loaded, so
 * [startsAt, endsAt) must lie within its window.
 */
export function rankFits(data: MatchData, startsAt: Date, endsAt: Date): RankedFit[] {
  const zone = data.location.timezone;
  const { date, weekday } = localDateOf(startsAt, zone);
  const day = localDay(date, zone);
  const fits = data.candidates.map(({ instructor, atLocation }): RankedFit => {
    const reasons: IneligibleReason[] = [];
    if (!instructor.active) reasons.push('INACTIVE');
    if (!atLocation) reasons.push('NOT_AT_LOCATION');
    const taught = instructor.disciplines.find((d) => d.discipline === data.service.discipline);
    if (!taught) reasons.push('NO_DISCIPLINE');
    else if (rank(taught.level) < rank(data.level)) reasons.push('LEVEL_TOO_LOW');
    // A certificate is valid through its expiry date, read as the lesson's local date.
    const certified = (data.certifications.get(instructor.id) ?? []).some(
      (c) => c.discipline === data.service.discipline && (!c.expiresOn || c.expiresOn >= date),
    );
    if (!certified) reasons.push('NO_VALID_CERTIFICATION');
    const blocks = (data.hours.get(instructor.id) ?? [])
      .filter((h) => h.weekday === weekday)
      .map((h) => ({ start: h.startTime, end: h.endTime }));
    if (!covers(blocksToRanges(date, blocks, zone), startsAt, endsAt)) reasons.push('NOT_WORKING');
    const allocations = data.allocations.get(instructor.id) ?? [];
    const clashing = allocations.filter((a) => overlaps(a.startsAt, a.endsAt, startsAt, endsAt));
    if (clashing.some((a) => a.kind === 'TIME_OFF')) reasons.push('TIME_OFF');
    if (clashing.some((a) => a.kind !== 'TIME_OFF')) reasons.push('BUSY');
    const lessons = new Set(
      allocations
        .filter((a) => a.kind === 'BOOKING' && overlaps(a.startsAt, a.endsAt, day.start, day.end))
        .map((a) => a.bookingId ?? a.id),
    );
    return {
      instructorId: instructor.id,
      name: instructor.name,
      eligible: reasons.length === 0,
      reasons,
      instructor,
      bookingsThatDay: lessons.size,
    };
  });
  return fits.sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      a.bookingsThatDay - b.bookingsThatDay ||
      a.name.localeCompare(b.name) ||
      a.instructorId.localeCompare(b.instructorId),
  );
}

/** The window to load for one lesson: its local day (for the day's load) and the lesson. */
export function lessonWindow(location: LocationRow, startsAt: Date, endsAt: Date): Range {
  const day = localDay(localDateOf(startsAt, location.timezone).date, location.timezone);
  return {
    start: day.start < startsAt ? day.start : startsAt,
    end: day.end > endsAt ? day.end : endsAt,
  };
}

/**
 * Which instructors may teach a lesson of `service` at `location` over [startsAt, endsAt) to
 * `customerIds`, and why the others may not: every active instructor of the location (or
 * exactly `instructorIds`), eligible ones first, then by fewest lessons that local day, then
 * by name. An instructor must be active and work at the location; teach the discipline at
 * least at max(service.requiredLevel, each participant's level in it); hold a certification
 * for the discipline not expired on the lesson's local date; have working hours there that
 * cover the lesson in the location's local time; and have no time off (TIME_OFF) or other
 * active allocation (BUSY) overlapping it, allocations of `excludeBookingId` aside.
 * Non-lesson services get []. Five queries at most, whatever the number of instructors.
 */
export async function matchInstructors(
  db: DbOrTx,
  args: {
    service: ServiceRow;
    location: LocationRow;
    customerIds: readonly string[];
    startsAt: Date;
    endsAt: Date;
    instructorIds?: readonly string[];
    excludeBookingId?: string;
  },
): Promise<InstructorFit[]> {
  if (args.service.kind !== 'LESSON') return [];
  const data = await loadMatchData(db, {
    service: args.service,
    location: args.location,
    skills: await skillsOfCustomers(db, args.customerIds),
    window: lessonWindow(args.location, args.startsAt, args.endsAt),
    instructorIds: args.instructorIds,
    excludeBookingId: args.excludeBookingId,
  });
  return rankFits(data, args.startsAt, args.endsAt).map(
    ({ instructorId, name, eligible, reasons }) => ({ instructorId, name, eligible, reasons }),
  );
}
