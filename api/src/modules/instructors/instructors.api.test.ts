import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import { usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';
import {
  instructorCertificationsTable,
  instructorHoursTable,
  instructorsTable,
  instructorTimeOffTable,
} from './schema.js';

// Requests run at this instant: certificates' days left are counted from 2026-06-15.
const NOW = new Date('2026-06-15T10:00:00.000Z');

let t: TestApp;
let manager: SignedIn;
let teacher: SignedIn;
let student: SignedIn;
let akyaka: string;
let tarifa: string;
let instructorId: string;

/** Answers as plain JSON: each test reads the fields it asked for. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const as = (who: SignedIn) => (query: string, variables?: Record<string, unknown>) =>
  t.gql<Json>(query, variables, { token: who.token });

const countRows = async (
  table:
    | typeof instructorHoursTable
    | typeof instructorTimeOffTable
    | typeof instructorCertificationsTable,
) => (await t.db.select().from(table)).length;

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  manager = await t.signIn('MANAGER');
  teacher = await t.signIn('INSTRUCTOR');
  student = await t.signIn('STUDENT');
  const rows = await t.db
    .insert(locationsTable)
    .values([
      { name: 'Akyaka', timezone: 'Europe/Istanbul', currency: 'TRY' },
      { name: 'Tarifa', timezone: 'Europe/Madrid', currency: 'EUR' },
    ])
    .returning();
  akyaka = rows[0]!.id;
  tarifa = rows[1]!.id;
  const res = await as(manager)(
    `mutation($i: InstructorInput!) { createInstructor(input: $i) { id } }`,
    {
      i: {
        name: 'Deniz Yılmaz',
        userId: teacher.userId,
        languages: ['TR', 'en'],
        disciplines: [{ discipline: 'KITE', level: 'ADVANCED' }],
        locationIds: [akyaka],
        payType: 'COMMISSION',
        payAmount: 1500,
      },
    },
  );
  instructorId = (res.data as { createInstructor: { id: string } }).createInstructor.id;
  // A second, freelance instructor at Tarifa teaching wing in Spanish.
  await as(manager)(`mutation($i: InstructorInput!) { createInstructor(input: $i) { id } }`, {
    i: {
      name: 'Lucía García',
      languages: ['es', 'en'],
      disciplines: [{ discipline: 'WING', level: 'EXPERT' }],
      locationIds: [tarifa],
    },
  });
});
afterAll(() => t.stop());

describe('instructor profiles', () => {
  it('are linked to a staff account and listed by location', async () => {
    const res = await as(manager)(
      `query($l: ID) { instructors(locationId: $l) {
        name languages disciplines { discipline level } user { id } locations { id } payRate { type commissionPercent commissionBasisPoints } } }`,
      { l: akyaka },
    );
    expect(res.data!.instructors).toEqual([
      {
        name: 'Deniz Yılmaz',
        languages: ['tr', 'en'],
        disciplines: [{ discipline: 'KITE', level: 'ADVANCED' }],
        user: { id: teacher.userId },
        locations: [{ id: akyaka }],
        payRate: { type: 'COMMISSION', commissionPercent: 15, commissionBasisPoints: 1500 },
      },
    ]);
  });

  it('filter by discipline, language and name', async () => {
    const names = async (filter: Record<string, unknown>) => {
      const res = await as(manager)(
        'query($f: InstructorFilter) { instructors(filter: $f) { name } }',
        { f: filter },
      );
      return (res.data as { instructors: Array<{ name: string }> }).instructors.map((i) => i.name);
    };
    expect(await names({})).toEqual(['Deniz Yılmaz', 'Lucía García']);
    expect(await names({ discipline: 'WING' })).toEqual(['Lucía García']);
    expect(await names({ discipline: 'KITE' })).toEqual(['Deniz Yılmaz']);
    expect(await names({ discipline: 'SURF' })).toEqual([]);
    expect(await names({ language: 'ES' })).toEqual(['Lucía García']);
    expect(await names({ language: 'en' })).toEqual(['Deniz Yılmaz', 'Lucía García']);
    expect(await names({ search: 'yıl' })).toEqual(['Deniz Yılmaz']);
    expect(await names({ search: '%' })).toEqual([]);
  });

  it('show pay and the account to managers and the instructor only; reasons of time off too', async () => {
    const q = 'query($id: ID!) { instructor(id: $id) { payRate { type } user { id } } }';
    const hidden = await as(student)(q, { id: instructorId });
    expect(hidden.data!.instructor).toEqual({ payRate: null, user: null });
    const colleague = await t.signIn('INSTRUCTOR');
    const other = await as(colleague)(q, { id: instructorId });
    expect(other.data!.instructor).toEqual({ payRate: null, user: null });
    const own = await as(teacher)(q, { id: instructorId });
    expect(own.data!.instructor).toEqual({
      payRate: { type: 'COMMISSION' },
      user: { id: teacher.userId },
    });
  });

  it('give an instructor their own profile', async () => {
    const q = '{ myInstructorProfile { id } }';
    expect((await as(teacher)(q)).data).toEqual({ myInstructorProfile: { id: instructorId } });
    const newcomer = await t.signIn('INSTRUCTOR');
    expect((await as(newcomer)(q)).data).toEqual({ myInstructorProfile: null });
  });

  it('refuse a second profile for the same account (CONFLICT) and a student account', async () => {
    const again = await as(manager)(
      'mutation($u: ID!) { createInstructor(input: { name: "Again", userId: $u }) { id } }',
      { u: teacher.userId },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { userId: expect.any(String) },
    });
    const wrong = await as(manager)(
      'mutation($u: ID!) { createInstructor(input: { name: "X", userId: $u }) { id } }',
      { u: student.userId },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { userId: expect.any(String) },
    });
    expect(await t.db.select().from(instructorsTable)).toHaveLength(2);
  });

  it('refuse pay that does not fit the pay type, checked against the stored profile, writing nothing', async () => {
    const UPDATE =
      'mutation($id: ID!, $i: InstructorInput!) { updateInstructor(id: $id, input: $i) { id } }';
    // Commission is in basis points: 150% is refused even when only the amount is sent.
    const tooMuch = await as(manager)(UPDATE, { id: instructorId, i: { payAmount: 15000 } });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { payAmount: expect.any(String) },
    });
    const noCurrency = await as(manager)(UPDATE, {
      id: instructorId,
      i: { payType: 'HOURLY', payAmount: 50000 },
    });
    expect(noCurrency.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { payCurrency: expect.any(String) },
    });
    const [row] = await t.db
      .select()
      .from(instructorsTable)
      .where(eq(instructorsTable.id, instructorId));
    expect(row).toMatchObject({ payType: 'COMMISSION', payAmount: 1500, payCurrency: null });

    const hourly = await as(manager)(
      'mutation($id: ID!, $i: InstructorInput!) { updateInstructor(id: $id, input: $i) { payRate { type hourly { amountMinor currency } commissionPercent } } }',
      { id: instructorId, i: { payType: 'HOURLY', payAmount: 52050, payCurrency: 'try' } },
    );
    expect(hourly.data!.updateInstructor).toEqual({
      payRate: {
        type: 'HOURLY',
        hourly: { amountMinor: 52050, currency: 'TRY' },
        commissionPercent: null,
      },
    });
  });
});

describe('instructor candidates', () => {
  it('are active staff accounts without a profile, instructors first; managers only', async () => {
    const admin = await t.signIn('ADMIN');
    const newcomer = await t.signIn('INSTRUCTOR');
    const gone = await t.signIn('INSTRUCTOR');
    await t.db.update(usersTable).set({ deactivatedAt: NOW }).where(eq(usersTable.id, gone.userId));
    const res = await as(manager)('{ instructorCandidates { id role } }');
    const ids = (res.data as { instructorCandidates: Array<{ id: string; role: string }> })
      .instructorCandidates;
    const mine = ids.map((c) => c.id);
    expect(mine).toContain(newcomer.userId);
    expect(mine).toContain(admin.userId);
    expect(mine).toContain(manager.userId);
    expect(mine).not.toContain(teacher.userId); // has a profile
    expect(mine).not.toContain(gone.userId); // deactivated
    expect(mine).not.toContain(student.userId); // not staff
    const roles = ids.map((c) => c.role);
    expect(roles.lastIndexOf('INSTRUCTOR')).toBeLessThan(roles.indexOf('MANAGER'));

    const linkGone = await as(manager)(
      'mutation($u: ID!) { createInstructor(input: { name: "Gone", userId: $u }) { id } }',
      { u: gone.userId },
    );
    expect(linkGone.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { userId: expect.any(String) },
    });
  });
});

describe('deactivating a profile', () => {
  it('takes it off every list but management’s, keeps its data, and is audited', async () => {
    const created = await as(manager)(
      'mutation { createInstructor(input: { name: "Ayşe Retired", disciplines: [{ discipline: SUP, level: BEGINNER }] }) { id } }',
    );
    const id = (created.data as { createInstructor: { id: string } }).createInstructor.id;
    const SET =
      'mutation($id: ID!, $a: Boolean!) { setInstructorActive(id: $id, active: $a) { id active } }';
    const off = await as(manager)(SET, { id, a: false });
    expect(off.data!.setInstructorActive).toEqual({ id, active: false });
    // Twice changes nothing and writes no second audit row.
    await as(manager)(SET, { id, a: false });

    const LIST =
      'query($all: Boolean) { instructors(includeInactive: $all, filter: { discipline: SUP }) { id active } }';
    expect((await as(manager)(LIST, { all: false })).data).toEqual({ instructors: [] });
    expect((await as(manager)(LIST, { all: true })).data).toEqual({
      instructors: [{ id, active: false }],
    });
    // includeInactive is management's: others still see active profiles only.
    expect((await as(student)(LIST, { all: true })).data).toEqual({ instructors: [] });
    const audit = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(eq(auditLogTable.entityId, id), eq(auditLogTable.action, 'instructor.deactivated')),
      );
    expect(audit).toHaveLength(1);

    const instructorTries = await as(teacher)(SET, { id, a: true });
    expect(instructorTries.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await as(manager)(SET, { id, a: true })).data!.setInstructorActive).toEqual({
      id,
      active: true,
    });
    const unknown = await as(manager)(SET, {
      id: '00000000-0000-4000-8000-000000000000',
      a: false,
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('weekly hours', () => {
  const SET = `mutation($i: ID!, $l: ID!, $h: [WorkingHoursInput!]!) {
    setInstructorHours(instructorId: $i, locationId: $l, hours: $h) { locationId weekday start end } }`;

  it('are kept per location, sorted', async () => {
    const ok = await as(manager)(SET, {
      i: instructorId,
      l: akyaka,
      h: [
        { weekday: 1, start: '14:00', end: '18:00' },
        { weekday: 1, start: '09:00', end: '12:30' },
        { weekday: 6, start: '10:00', end: '16:00' },
      ],
    });
    expect(ok.data!.setInstructorHours).toEqual([
      { locationId: akyaka, weekday: 1, start: '09:00', end: '12:30' },
      { locationId: akyaka, weekday: 1, start: '14:00', end: '18:00' },
      { locationId: akyaka, weekday: 6, start: '10:00', end: '16:00' },
    ]);
    // Hours at a second location add the instructor there and leave the first alone.
    const second = await as(manager)(SET, {
      i: instructorId,
      l: tarifa,
      h: [{ weekday: 4, start: '09:00', end: '13:00' }],
    });
    expect(second.errors).toBeUndefined();
    const res = await as(manager)(
      'query($id: ID!, $l: ID) { instructor(id: $id) { locations { id } workingHours(locationId: $l) { weekday start end } all: workingHours { locationId } } }',
      { id: instructorId, l: tarifa },
    );
    expect(res.data!.instructor).toMatchObject({
      locations: expect.arrayContaining([{ id: akyaka }, { id: tarifa }]),
      workingHours: [{ weekday: 4, start: '09:00', end: '13:00' }],
    });
    expect((res.data!.instructor as { all: unknown[] }).all).toHaveLength(4);
  });

  it.each([
    [
      'overlapping blocks',
      [
        { weekday: 2, start: '09:00', end: '12:00' },
        { weekday: 2, start: '11:00', end: '13:00' },
      ],
      { reason: 'HOURS_OVERLAP', weekday: 2 },
    ],
    [
      'an end before the start',
      [{ weekday: 3, start: '13:00', end: '09:00' }],
      { reason: 'HOURS_BAD_RANGE', weekday: 3 },
    ],
    [
      'a weekday out of range',
      [{ weekday: 9, start: '09:00', end: '10:00' }],
      { reason: 'HOURS_BAD_WEEKDAY' },
    ],
  ])('refuse %s on the hours field, writing nothing', async (_name, hours, details) => {
    const before = await countRows(instructorHoursTable);
    const bad = await as(manager)(SET, { i: instructorId, l: akyaka, h: hours });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { hours: expect.any(String) },
      ...details,
    });
    expect(await countRows(instructorHoursTable)).toBe(before);
  });

  it('refuse an unknown location on its field and an instructor editing them', async () => {
    const before = await countRows(instructorHoursTable);
    const unknown = await as(manager)(SET, {
      i: instructorId,
      l: '00000000-0000-4000-8000-000000000000',
      h: [],
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { locationId: expect.any(String) },
    });
    const own = await as(teacher)(SET, { i: instructorId, l: akyaka, h: [] });
    expect(own.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await countRows(instructorHoursTable)).toBe(before);
  });
});

describe('time off', () => {
  const ADD = `mutation($i: ID!, $s: DateTime!, $e: DateTime!, $r: String) {
    addTimeOff(instructorId: $i, startsAt: $s, endsAt: $e, reason: $r) { id reason startsAt endsAt } }`;

  it('is taken by the instructor themself, but not for a colleague', async () => {
    const own = await as(teacher)(ADD, {
      i: instructorId,
      s: '2026-08-01T00:00:00.000Z',
      e: '2026-08-08T00:00:00.000Z',
      r: 'Holiday',
    });
    expect((own.data as { addTimeOff: { reason: string } }).addTimeOff.reason).toBe('Holiday');
    const colleague = await t.signIn('INSTRUCTOR');
    const other = await as(colleague)(ADD, {
      i: instructorId,
      s: '2026-09-01T00:00:00.000Z',
      e: '2026-09-02T00:00:00.000Z',
    });
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const LIST =
      'query($id: ID!) { instructor(id: $id) { timeOff(from: "2026-07-01T00:00:00.000Z", to: "2026-09-01T00:00:00.000Z") { reason } } }';
    expect((await as(manager)(LIST, { id: instructorId })).data!.instructor).toEqual({
      timeOff: [{ reason: 'Holiday' }],
    });
    // Others see when, not why.
    expect((await as(student)(LIST, { id: instructorId })).data!.instructor).toEqual({
      timeOff: [{ reason: null }],
    });
  });

  it.each([
    [
      'an end before the start',
      { s: '2026-10-05T00:00:00.000Z', e: '2026-10-04T00:00:00.000Z' },
      'endsAt',
    ],
    ['an empty range', { s: '2026-10-05T00:00:00.000Z', e: '2026-10-05T00:00:00.000Z' }, 'endsAt'],
    ['over a year', { s: '2026-10-05T00:00:00.000Z', e: '2027-10-07T00:00:00.000Z' }, 'endsAt'],
    [
      'an overlap with time off already recorded',
      { s: '2026-08-07T12:00:00.000Z', e: '2026-08-10T00:00:00.000Z' },
      'startsAt',
    ],
    [
      'a reason too long',
      { s: '2026-10-05T00:00:00.000Z', e: '2026-10-06T00:00:00.000Z', r: 'x'.repeat(501) },
      'reason',
    ],
  ])('refuses %s on its field, writing nothing', async (_name, vars, field) => {
    const before = await countRows(instructorTimeOffTable);
    const bad = await as(manager)(ADD, { i: instructorId, ...vars });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { [field]: expect.any(String) },
    });
    expect(await countRows(instructorTimeOffTable)).toBe(before);
  });

  it('may touch an earlier entry, and is removed by a manager', async () => {
    const touching = await as(manager)(ADD, {
      i: instructorId,
      s: '2026-08-08T00:00:00.000Z',
      e: '2026-08-09T00:00:00.000Z',
      r: 'Sick',
    });
    const id = (touching.data as { addTimeOff: { id: string } }).addTimeOff.id;
    const colleague = await t.signIn('INSTRUCTOR');
    const REMOVE = 'mutation($id: ID!) { removeTimeOff(id: $id) }';
    expect((await as(colleague)(REMOVE, { id })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await as(manager)(REMOVE, { id })).data).toEqual({ removeTimeOff: true });
    expect((await as(manager)(REMOVE, { id })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('certifications', () => {
  const FIELDS = 'id name issuer number discipline level expiresOn status expiresInDays';
  const ADD = `mutation($i: ID!, $c: CertificationInput!) { addCertification(instructorId: $i, input: $c) { ${FIELDS} } }`;
  const UPDATE = `mutation($id: ID!, $c: CertificationInput!) { updateCertification(id: $id, input: $c) { ${FIELDS} } }`;
  const REMOVE = 'mutation($id: ID!) { removeCertification(id: $id) }';
  let ikoId: string;

  it('carry their expiry, with the days left counted from today', async () => {
    const res = await as(manager)(ADD, {
      i: instructorId,
      c: {
        name: ' Instructor  Level 2 ',
        issuer: '  IKO ',
        number: ' IKO-ITC 48213 ',
        discipline: 'KITE',
        level: 'Level 2',
        expiresOn: '2026-07-15',
      },
    });
    const cert = (res.data as { addCertification: Record<string, unknown> }).addCertification;
    ikoId = cert.id as string;
    expect(cert).toMatchObject({
      name: 'Instructor Level 2',
      issuer: 'IKO',
      number: 'IKO-ITC 48213',
      discipline: 'KITE',
      level: 'Level 2',
      expiresOn: '2026-07-15',
      status: 'EXPIRING_SOON',
      expiresInDays: 30,
    });
  });

  it('accept an expiry in the past and flag it as expired', async () => {
    const res = await as(manager)(ADD, {
      i: instructorId,
      c: { name: 'First aid', expiresOn: '2026-06-01' },
    });
    expect(res.data!.addCertification).toMatchObject({
      issuer: null,
      number: null,
      status: 'EXPIRED',
      expiresInDays: -14,
    });
    const noExpiry = await as(manager)(ADD, { i: instructorId, c: { name: 'VDWS Windsurf' } });
    expect(noExpiry.data!.addCertification).toMatchObject({ status: 'VALID', expiresInDays: null });
    const list = await as(manager)(
      'query($id: ID!) { instructor(id: $id) { certifications { name } } }',
      { id: instructorId },
    );
    // Soonest expiry first, those without one last.
    expect(list.data!.instructor).toEqual({
      certifications: [
        { name: 'First aid' },
        { name: 'Instructor Level 2' },
        { name: 'VDWS Windsurf' },
      ],
    });
  });

  it('are edited (a renewal) and removed by managers only', async () => {
    const renewed = await as(manager)(UPDATE, {
      id: ikoId,
      c: {
        name: 'Instructor Level 2',
        issuer: 'IKO',
        number: 'IKO-ITC 51007',
        discipline: 'KITE',
        level: 'Level 2',
        expiresOn: '2028-07-15',
      },
    });
    expect(renewed.data!.updateCertification).toMatchObject({
      issuer: 'IKO',
      number: 'IKO-ITC 51007',
      status: 'VALID',
      expiresInDays: 761,
    });
    const byInstructor = await as(teacher)(UPDATE, { id: ikoId, c: { name: 'Forged' } });
    expect(byInstructor.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await as(teacher)(REMOVE, { id: ikoId })).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    const before = await countRows(instructorCertificationsTable);
    expect((await as(manager)(REMOVE, { id: ikoId })).data).toEqual({ removeCertification: true });
    expect(await countRows(instructorCertificationsTable)).toBe(before - 1);
    expect((await as(manager)(REMOVE, { id: ikoId })).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await as(manager)(UPDATE, { id: ikoId, c: { name: 'Gone' } })).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
  });

  it('refuse a blank name, a non-date and a long level on their fields, writing nothing', async () => {
    const before = await countRows(instructorCertificationsTable);
    const blank = await as(manager)(ADD, {
      i: instructorId,
      c: { name: '   ', level: 'x'.repeat(101) },
    });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { name: expect.any(String), level: expect.any(String) },
    });
    const badDate = await as(manager)(ADD, {
      i: instructorId,
      c: { name: 'PADI', expiresOn: '2026-02-30' },
    });
    expect(badDate.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const [first] = await t.db.select().from(instructorCertificationsTable);
    const update = await as(manager)(UPDATE, { id: first!.id, c: { name: '' } });
    expect(update.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await countRows(instructorCertificationsTable)).toBe(before);
    const [still] = await t.db
      .select()
      .from(instructorCertificationsTable)
      .where(eq(instructorCertificationsTable.id, first!.id));
    expect(still!.name).toBe(first!.name);
  });

  it('refuse a too-long issuer or number on their fields, adding or editing nothing', async () => {
    const before = await countRows(instructorCertificationsTable);
    const added = await as(manager)(ADD, {
      i: instructorId,
      c: { name: 'Open Water Scuba Instructor', issuer: 'P'.repeat(121), number: '7'.repeat(61) },
    });
    expect(added.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { issuer: expect.any(String), number: expect.any(String) },
    });
    expect(added.data).toBeNull();
    // The longest accepted values are stored whole.
    const longest = await as(manager)(ADD, {
      i: instructorId,
      c: { name: 'Open Water Scuba Instructor', issuer: 'P'.repeat(120), number: '7'.repeat(60) },
    });
    const kept = longest.data!.addCertification;
    expect(kept).toMatchObject({ issuer: 'P'.repeat(120), number: '7'.repeat(60) });
    expect(await countRows(instructorCertificationsTable)).toBe(before + 1);

    const edited = await as(manager)(UPDATE, {
      id: kept.id,
      c: { name: 'Renamed', issuer: 'PADI', number: '7'.repeat(61) },
    });
    expect(edited.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { number: expect.any(String) },
    });
    expect(edited.errors?.[0]?.extensions.fields).not.toHaveProperty('issuer');
    const [row] = await t.db
      .select()
      .from(instructorCertificationsTable)
      .where(eq(instructorCertificationsTable.id, kept.id));
    expect(row).toMatchObject({
      name: 'Open Water Scuba Instructor',
      issuer: 'P'.repeat(120),
      number: '7'.repeat(60),
    });

    // A blank issuer or number clears it.
    const cleared = await as(manager)(UPDATE, {
      id: kept.id,
      c: { name: 'Open Water Scuba Instructor', issuer: '  ', number: '' },
    });
    expect(cleared.data!.updateCertification).toMatchObject({ issuer: null, number: null });
    expect(await countRows(instructorCertificationsTable)).toBe(before + 1);
  });
});
