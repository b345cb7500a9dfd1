import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextEvent, startTestApp, triggerUntil, type TestApp } from '../../test/harness.js';
import { locationsTable, type LocationRow } from './schema.js';

const UPDATE =
  'mutation($id: ID!, $input: UpdateLocationInput!) { updateLocation(id: $id, input: $input) { id name timezone currency } }';
const CHANGED = 'subscription { locationChanged { id name timezone } }';

let t: TestApp;
let akyaka: LocationRow;
beforeAll(async () => {
  t = await startTestApp();
  [akyaka] = (await t.db
    .insert(locationsTable)
    .values({ name: 'Akyaka Kite Center', timezone: 'Europe/Istanbul', currency: 'TRY' })
    .returning()) as [LocationRow];
});
afterAll(() => t.stop());

const stored = async () =>
  (await t.db.select().from(locationsTable).where(eq(locationsTable.id, akyaka.id)))[0]!;

describe('locations', () => {
  it('are listed to any signed-in user and to nobody else', async () => {
    const student = await t.signIn('STUDENT');
    const res = await t.gql<{ locations: Array<{ name: string }> }>(
      '{ locations { name timezone currency } }',
      {},
      { token: student.token },
    );
    expect(res.data?.locations).toContainEqual({
      name: 'Akyaka Kite Center',
      timezone: 'Europe/Istanbul',
      currency: 'TRY',
    });
    const anonymous = await t.gql('{ locations { name } }');
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('can be renamed by a manager', async () => {
    const manager = await t.signIn('MANAGER');
    const res = await t.gql<{ updateLocation: LocationRow }>(
      UPDATE,
      { id: akyaka.id, input: { name: '  Akyaka Kite Centre ' } },
      { token: manager.token },
    );
    expect(res.data?.updateLocation).toMatchObject({
      name: 'Akyaka Kite Centre',
      timezone: 'Europe/Istanbul',
    });
    expect((await stored()).name).toBe('Akyaka Kite Centre');
  });

  it.each(['STUDENT', 'CUSTOMER', 'INSTRUCTOR'] as const)(
    'cannot be changed by a %s (FORBIDDEN, nothing written)',
    async (role) => {
      const user = await t.signIn(role);
      const before = await stored();
      const res = await t.gql(
        UPDATE,
        { id: akyaka.id, input: { name: 'Hijacked' } },
        { token: user.token },
      );
      expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      expect(await stored()).toEqual(before);
    },
  );

  it('refuses an unknown time zone and a blank name with BAD_USER_INPUT naming both, writing nothing', async () => {
    const admin = await t.signIn('ADMIN');
    const before = await stored();
    const res = await t.gql(
      UPDATE,
      { id: akyaka.id, input: { name: ' ', timezone: 'Mars/Olympus' } },
      { token: admin.token },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { name: expect.any(String), timezone: expect.any(String) },
    });
    expect(await stored()).toEqual(before);
  });

  it('keep address, contact, opening hours and finance settings', async () => {
    const manager = await t.signIn('MANAGER');
    const res = await t.gql<{ updateLocation: Record<string, unknown> }>(
      `mutation($id: ID!, $i: UpdateLocationInput!) { updateLocation(id: $id, input: $i) {
        address phone email openingHours { weekday open close } taxRateBasisPoints taxInclusive paymentMethods } }`,
      {
        id: akyaka.id,
        i: {
          address: 'Akyaka Mah. Sahil Yolu No: 5, Ula / Muğla',
          phone: '+90 252 243 00 00',
          email: 'akyaka@school.test',
          openingHours: [
            { weekday: 6, open: '09:00', close: '19:00' },
            { weekday: 1, open: '09:30', close: '18:30' },
          ],
          taxRateBasisPoints: 2000,
          taxInclusive: true,
          paymentMethods: ['CASH', 'CARD'],
        },
      },
      { token: manager.token },
    );
    expect(res.data!.updateLocation).toEqual({
      address: 'Akyaka Mah. Sahil Yolu No: 5, Ula / Muğla',
      phone: '+90 252 243 00 00',
      email: 'akyaka@school.test',
      openingHours: [
        { weekday: 1, open: '09:30', close: '18:30' },
        { weekday: 6, open: '09:00', close: '19:00' },
      ],
      taxRateBasisPoints: 2000,
      taxInclusive: true,
      paymentMethods: ['CASH', 'CARD'],
    });
    const bad = await t.gql(
      `mutation($id: ID!, $i: UpdateLocationInput!) { updateLocation(id: $id, input: $i) { id } }`,
      {
        id: akyaka.id,
        i: {
          taxRateBasisPoints: 9000,
          paymentMethods: ['BITCOIN'],
          openingHours: [{ weekday: 1, open: '18:00', close: '09:00' }],
        },
      },
      { token: manager.token },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        taxRateBasisPoints: expect.any(String),
        paymentMethods: expect.any(String),
        openingHours: expect.any(String),
      },
    });
    const [row] = await t.db.select().from(locationsTable).where(eq(locationsTable.id, akyaka.id));
    expect(row!.paymentMethods).toEqual(['CASH', 'CARD']);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const admin = await t.signIn('ADMIN');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await t.gql(UPDATE, { id, input: { name: 'Nowhere' } }, { token: admin.token });
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
  });
});

describe('locationChanged subscription', () => {
  it('delivers a change made over HTTP to a staff subscriber over graphql-ws', async () => {
    const [instructor, admin] = [await t.signIn('INSTRUCTOR'), await t.signIn('ADMIN')];
    const client = t.ws(instructor.token);
    const event = nextEvent<{ locationChanged: { id: string; name: string } }>(client, CHANGED);
    let n = 0;
    const received = await triggerUntil(event.value, () =>
      t.gql(UPDATE, { id: akyaka.id, input: { name: `Akyaka ${++n}` } }, { token: admin.token }),
    );
    expect(received.locationChanged.id).toBe(akyaka.id);
    expect(received.locationChanged.name).toMatch(/^Akyaka \d+$/);
    event.cancel();
  });

  it('refuses students (FORBIDDEN) and anonymous sockets (UNAUTHENTICATED) at subscribe time', async () => {
    const student = await t.signIn('STUDENT');
    const asStudent = nextEvent(t.ws(student.token), CHANGED);
    await expect(asStudent.value).rejects.toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN' } }],
    });
    const anonymous = nextEvent(t.ws(), CHANGED);
    await expect(anonymous.value).rejects.toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('authenticates a socket by the session cookie of the upgrade request', async () => {
    const { default: WebSocket } = await import('ws');
    const { createClient } = await import('graphql-ws');
    const [manager, admin] = [await t.signIn('MANAGER'), await t.signIn('ADMIN')];
    const client = createClient({
      url: t.wsUrl,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: `plannivo_session=${manager.token}` } });
        }
      },
    });
    const event = nextEvent<{ locationChanged: { id: string } }>(client, CHANGED);
    const received = await triggerUntil(event.value, () =>
      t.gql(
        UPDATE,
        { id: akyaka.id, input: { timezone: 'Europe/Istanbul' } },
        { token: admin.token },
      ),
    );
    expect(received.locationChanged.id).toBe(akyaka.id);
    await client.dispose();
  });
});

describe('createLocation and location(id)', () => {
  const CREATE = `mutation($i: CreateLocationInput!) { createLocation(input: $i) {
    id name timezone currency email openingHours { weekday open close } taxRateBasisPoints taxInclusive paymentMethods } }`;
  const count = async () => (await t.db.select().from(locationsTable)).length;

  it('lets an administrator open a location with defaults for what is not given', async () => {
    const admin = await t.signIn('ADMIN');
    const res = await t.gql<{ createLocation: Record<string, unknown> & { id: string } }>(
      CREATE,
      {
        i: {
          name: ' Dahab Lagoon ',
          timezone: 'Africa/Cairo',
          currency: 'egp',
          email: 'dahab@school.test',
          openingHours: [{ weekday: 5, open: '08:00', close: '17:00' }],
        },
      },
      { token: admin.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createLocation).toMatchObject({
      name: 'Dahab Lagoon',
      timezone: 'Africa/Cairo',
      currency: 'EGP',
      email: 'dahab@school.test',
      openingHours: [{ weekday: 5, open: '08:00', close: '17:00' }],
      taxRateBasisPoints: 2000,
      taxInclusive: true,
      paymentMethods: ['CASH', 'CARD', 'BANK_TRANSFER', 'WALLET'],
    });
    const student = await t.signIn('STUDENT');
    const one = await t.gql<{ location: { name: string } | null }>(
      'query($id: ID!) { location(id: $id) { name currency } }',
      { id: res.data!.createLocation.id },
      { token: student.token },
    );
    expect(one.data!.location).toEqual({ name: 'Dahab Lagoon', currency: 'EGP' });
    const unknown = await t.gql<{ location: unknown }>(
      'query($id: ID!) { location(id: $id) { name } }',
      { id: 'not-a-uuid' },
      { token: student.token },
    );
    expect(unknown.data!.location).toBeNull();
  });

  it('refuses managers (FORBIDDEN) and bad settings (BAD_USER_INPUT by field), writing nothing', async () => {
    const [admin, manager] = [await t.signIn('ADMIN'), await t.signIn('MANAGER')];
    const before = await count();
    const asManager = await t.gql(
      CREATE,
      { i: { name: 'Manager site', timezone: 'Europe/Istanbul', currency: 'TRY' } },
      { token: manager.token },
    );
    expect(asManager.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const bad = await t.gql(
      CREATE,
      {
        i: {
          name: 'Nowhere',
          timezone: 'Europe/Istanbul',
          currency: 'XYZ',
          email: 'not-an-email',
          taxRateBasisPoints: -1,
        },
      },
      { token: admin.token },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        currency: expect.any(String),
        email: expect.any(String),
        taxRateBasisPoints: expect.any(String),
      },
    });
    const badZone = await t.gql(
      CREATE,
      { i: { name: 'Nowhere', timezone: 'Mars/Olympus', currency: 'TRY' } },
      { token: admin.token },
    );
    expect(badZone.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { timezone: expect.any(String) },
    });
    expect(await count()).toBe(before);
  });
});
