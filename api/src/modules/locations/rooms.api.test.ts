import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import { roomsOfLocation } from './rooms.js';
import { locationsTable, roomsTable } from './schema.js';

let t: TestApp;
let manager: SignedIn;
let student: SignedIn;
let akyaka: string;
let tarifa: string;

const CREATE = `mutation($i: CreateRoomInput!) {
  createRoom(input: $i) { id name capacity location { id name } }
}`;
const LIST = 'query($l: ID!) { rooms(locationId: $l) { name capacity location { id } } }';

const create = (input: Record<string, unknown>, token = manager.token) =>
  t.gql<{ createRoom: { id: string; name: string; capacity: number } }>(
    CREATE,
    { i: input },
    { token },
  );
const roomCount = async () => (await t.db.select().from(roomsTable)).length;

beforeAll(async () => {
  t = await startTestApp();
  manager = await t.signIn('MANAGER');
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
});
afterAll(() => t.stop());

describe('rooms', () => {
  it('creates rooms (audited) and lists a location’s rooms by name', async () => {
    const res = await create({ locationId: akyaka, name: ' Studio by the beach ', capacity: 2 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createRoom).toMatchObject({
      name: 'Studio by the beach',
      capacity: 2,
      location: { id: akyaka, name: 'Akyaka' },
    });
    await create({ locationId: akyaka, name: 'Family suite', capacity: 4 });
    await create({ locationId: tarifa, name: 'Casa Levante', capacity: 3 });
    const list = await t.gql<{ rooms: Array<{ name: string; capacity: number }> }>(
      LIST,
      { l: akyaka },
      { token: student.token },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.rooms).toEqual([
      { name: 'Family suite', capacity: 4, location: { id: akyaka } },
      { name: 'Studio by the beach', capacity: 2, location: { id: akyaka } },
    ]);
    const audit = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(
          eq(auditLogTable.action, 'room.created'),
          eq(auditLogTable.entityId, res.data!.createRoom.id),
        ),
      );
    expect(audit).toHaveLength(1);
  });

  it('roomsOfLocation leaves out inactive rooms, and an unknown location has none', async () => {
    await t.db.update(roomsTable).set({ active: false }).where(eq(roomsTable.name, 'Family suite'));
    expect((await roomsOfLocation(t.db, akyaka)).map((r) => r.name)).toEqual([
      'Studio by the beach',
    ]);
    expect(await roomsOfLocation(t.db, 'nope')).toEqual([]);
    const unknown = await t.gql<{ rooms: unknown[] }>(
      LIST,
      { l: '00000000-0000-4000-8000-000000000000' },
      { token: manager.token },
    );
    expect(unknown.data!.rooms).toEqual([]);
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const before = await roomCount();
    const res = await create({
      locationId: '00000000-0000-4000-8000-000000000000',
      name: '  ',
      capacity: 0,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        locationId: expect.any(String),
        name: expect.any(String),
        capacity: expect.any(String),
      },
    });
    const tooMany = await create({ locationId: akyaka, name: 'Dorm', capacity: 21 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { capacity: expect.any(String) },
    });
    expect(await roomCount()).toBe(before);
  });

  it('lets only management create rooms', async () => {
    const before = await roomCount();
    const res = await create(
      { locationId: akyaka, name: 'Sneaky room', capacity: 2 },
      student.token,
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await roomCount()).toBe(before);
  });
});
