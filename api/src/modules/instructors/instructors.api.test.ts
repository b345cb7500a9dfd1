import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { locationsTable } from '../locations/schema.js';
import { instructorHoursTable } from './schema.js';

let t: TestApp;
let manager: SignedIn;
let teacher: SignedIn;
let akyaka: string;
let instructorId: string;

beforeAll(async () => {
  t = await startTestApp();
  manager = await t.signIn('MANAGER');
  teacher = await t.signIn('INSTRUCTOR');
  const [row] = await t.db
    .insert(locationsTable)
    .values({ name: 'Akyaka', timezone: 'Europe/Istanbul', currency: 'TRY' })
    .returning();
  akyaka = row!.id;
  const res = await t.gql<{ createInstructor: { id: string } }>(
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
    { token: manager.token },
  );
  instructorId = res.data!.createInstructor.id;
});
afterAll(() => t.stop());

describe('instructors', () => {
  it('have a profile linked to a staff account, listed by location', async () => {
    const res = await t.gql<{ instructors: Array<Record<string, unknown>> }>(
      `query($l: ID) { instructors(locationId: $l) {
        name languages disciplines { discipline level } user { id } locations { id } payRate { type commissionPercent } } }`,
      { l: akyaka },
      { token: manager.token },
    );
    expect(res.data!.instructors).toEqual([
      {
        name: 'Deniz Yılmaz',
        languages: ['tr', 'en'],
        disciplines: [{ discipline: 'KITE', level: 'ADVANCED' }],
        user: { id: teacher.userId },
        locations: [{ id: akyaka }],
        payRate: { type: 'COMMISSION', commissionPercent: 15 },
      },
    ]);
  });

  it('show pay to managers and the instructor only', async () => {
    const student = await t.signIn('STUDENT');
    const q = 'query($id: ID!) { instructor(id: $id) { payRate { type } } }';
    const hidden = await t.gql<{ instructor: { payRate: null } }>(
      q,
      { id: instructorId },
      { token: student.token },
    );
    expect(hidden.data!.instructor.payRate).toBeNull();
    const own = await t.gql<{ instructor: { payRate: { type: string } } }>(
      q,
      { id: instructorId },
      { token: teacher.token },
    );
    expect(own.data!.instructor.payRate.type).toBe('COMMISSION');
  });

  it('refuse a second profile for the same account (CONFLICT) and a student account', async () => {
    const again = await t.gql(
      'mutation($u: ID!) { createInstructor(input: { name: "Again", userId: $u }) { id } }',
      { u: teacher.userId },
      { token: manager.token },
    );
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const student = await t.signIn('STUDENT');
    const wrong = await t.gql(
      'mutation($u: ID!) { createInstructor(input: { name: "X", userId: $u }) { id } }',
      { u: student.userId },
      { token: manager.token },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { userId: expect.any(String) },
    });
  });

  it('keep weekly hours per location, refusing overlapping blocks without writing', async () => {
    const SET = `mutation($i: ID!, $l: ID!, $h: [WorkingHoursInput!]!) {
      setInstructorHours(instructorId: $i, locationId: $l, hours: $h) { weekday start end } }`;
    const ok = await t.gql<{ setInstructorHours: unknown[] }>(
      SET,
      {
        i: instructorId,
        l: akyaka,
        h: [
          { weekday: 1, start: '14:00', end: '18:00' },
          { weekday: 1, start: '09:00', end: '12:30' },
          { weekday: 6, start: '10:00', end: '16:00' },
        ],
      },
      { token: manager.token },
    );
    expect(ok.data!.setInstructorHours).toEqual([
      { weekday: 1, start: '09:00', end: '12:30' },
      { weekday: 1, start: '14:00', end: '18:00' },
      { weekday: 6, start: '10:00', end: '16:00' },
    ]);
    const bad = await t.gql(
      SET,
      {
        i: instructorId,
        l: akyaka,
        h: [
          { weekday: 2, start: '09:00', end: '12:00' },
          { weekday: 2, start: '11:00', end: '13:00' },
        ],
      },
      { token: manager.token },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { blocks: expect.any(String) },
    });
    expect(await t.db.select().from(instructorHoursTable)).toHaveLength(3);
  });

  it('take time off themselves, but not for a colleague', async () => {
    const ADD = `mutation($i: ID!) { addTimeOff(instructorId: $i, startsAt: "2026-08-01T00:00:00.000Z", endsAt: "2026-08-08T00:00:00.000Z", reason: "Holiday") { id reason } }`;
    const own = await t.gql<{ addTimeOff: { reason: string } }>(
      ADD,
      { i: instructorId },
      { token: teacher.token },
    );
    expect(own.data!.addTimeOff.reason).toBe('Holiday');
    const colleague = await t.signIn('INSTRUCTOR');
    const other = await t.gql(ADD, { i: instructorId }, { token: colleague.token });
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const list = await t.gql<{ instructor: { timeOff: unknown[] } }>(
      'query($id: ID!) { instructor(id: $id) { timeOff(from: "2026-07-01T00:00:00.000Z", to: "2026-09-01T00:00:00.000Z") { reason } } }',
      { id: instructorId },
      { token: manager.token },
    );
    expect(list.data!.instructor.timeOff).toEqual([{ reason: 'Holiday' }]);
  });

  it('carry certifications with their expiry', async () => {
    const res = await t.gql<{ addCertification: { name: string; expiresOn: string } }>(
      'mutation($i: ID!) { addCertification(instructorId: $i, input: { name: "IKO Level 2", discipline: KITE, expiresOn: "2027-05-31" }) { name expiresOn } }',
      { i: instructorId },
      { token: manager.token },
    );
    expect(res.data!.addCertification).toEqual({ name: 'IKO Level 2', expiresOn: '2027-05-31' });
  });
});
