/**
 * Live updates of bookings over graphql-ws, through the real server: a staff subscriber to
 * `bookingChanged` hears every kind of change within a second of the mutation; a student
 * hears only of their own bookings; an anonymous socket is refused; a waiting student is told
 * of a freed place by `notificationReceived`. In-process events on PGlite, Redis pub/sub
 * when REDIS_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextEvent, startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';

// Monday 2026-06-15, 10:00 in Tarifa (CEST, UTC+2); the lessons below are later that month.
const NOW = new Date('2026-06-15T08:00:00.000Z');
/** The longest a change may take to reach a subscriber. */
const LIVE_MS = 1000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
let t: TestApp;
let manager: SignedIn;
let student: SignedIn;
let otherStudent: SignedIn;
let school: TestSchool;

const as = (who: SignedIn) => (query: string, variables?: Record<string, unknown>) =>
  t.gql<Json>(query, variables, { token: who.token });

const CHANGED = `subscription($l: ID!) {
  bookingChanged(locationId: $l) { kind booking { id status deletedAt customers { id } } } }`;
const FIELDS = 'id status startsAt deletedAt';
const CREATE = `mutation($i: CreateBookingInput!) { createBooking(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateBookingInput!) { updateBooking(id: $id, input: $i) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { ${FIELDS} } }`;
const SET_STATUS = `mutation($id: ID!, $s: BookingStatus!) { setBookingStatus(id: $id, status: $s) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteBooking(id: $id) { ${FIELDS} } }`;
const RESTORE = `mutation($id: ID!) { restoreBooking(id: $id) { ${FIELDS} } }`;

/** One event a listener received, stamped with the time it arrived. */
interface Heard {
  kind: string;
  id: string;
  booking: Json;
  at: number;
}

/**
 * A socket of `who` subscribed to the location's booking changes, keeping every event it
 * hears; `heard` waits for one that matches.
 */
function listen(who: SignedIn, locationId: string) {
  const events: Heard[] = [];
  const failures: unknown[] = [];
  t.ws(who.token).subscribe<Json>(
    { query: CHANGED, variables: { l: locationId } },
    {
      next: (result) => {
        if (result.errors?.length) failures.push(result.errors);
        else {
          const change = result.data.bookingChanged;
          events.push({
            kind: change.kind,
            id: change.booking.id,
            booking: change.booking,
            at: Date.now(),
          });
        }
      },
      error: (error) => failures.push(error),
      complete: () => failures.push('completed'),
    },
  );
  /** The first event from index `from` on that matches, waiting up to `timeoutMs`. */
  async function heard(match: (e: Heard) => boolean, from = 0, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = events.slice(from).find(match);
      if (found) return found;
      if (failures.length) throw new Error(`subscription failed: ${JSON.stringify(failures)}`);
      if (Date.now() > deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  return { events, failures, heard };
}
type Listener = ReturnType<typeof listen>;

/**
 * graphql-ws does not acknowledge a subscription and a Redis SUBSCRIBE completes
 * asynchronously: touch the notes of `bookingId` (which the listener may see) until the
 * listener hears of it, so the measured changes that follow cannot come too early.
 */
async function warmUp(listener: Listener, bookingId: string) {
  for (let n = 0; n < 40; n += 1) {
    const from = listener.events.length;
    await as(manager)(UPDATE, { id: bookingId, i: { notes: `warm-up ${n}` } });
    if (await listener.heard((e) => e.id === bookingId, from, 250)) return;
  }
  throw new Error('the subscription never became live');
}

/**
 * Runs a mutation and waits for `listener` to hear `kind` of `bookingId`; fails unless it
 * arrives within LIVE_MS of the moment the mutation was sent. Returns the event.
 */
async function expectLive(
  listener: Listener,
  kind: string,
  mutation: () => Promise<{ data: Json; errors?: unknown }>,
  idOf: (data: Json) => string,
) {
  const from = listener.events.length;
  const sentAt = Date.now();
  const res = await mutation();
  expect(res.errors).toBeUndefined();
  const id = idOf(res.data);
  const event = await listener.heard((e) => e.id === id && e.kind === kind, from);
  expect(event, `${kind} of ${id} never arrived`).not.toBeNull();
  expect(event!.at - sentAt).toBeLessThan(LIVE_MS);
  return event!;
}

const lessonAt = (iso: string, customerId: string) => ({
  serviceId: school.services.privateKite.id,
  startsAt: new Date(iso).toISOString(),
  customerIds: [customerId],
});
const first = (data: Json) => (Object.values(data)[0] as { id: string }).id;

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  manager = await t.signIn('MANAGER');
  student = await t.signIn('STUDENT');
  otherStudent = await t.signIn('STUDENT');
  // customers[0] is the student's own record, customers[1] the other student's.
  school = await seedTestSchool(t.db, {
    customerCount: 8,
    userIds: [student.userId, otherStudent.userId],
  });
});
afterAll(() => t.stop());

describe('bookingChanged', () => {
  it('tells a staff subscriber of CREATED, UPDATED, CANCELLED, DELETED and RESTORED within a second', async () => {
    const warm = await as(manager)(CREATE, {
      i: lessonAt('2026-06-16T08:00:00Z', school.customers[7]!.id),
    });
    const staff = listen(manager, school.location.id);
    await warmUp(staff, warm.data.createBooking.id);

    // A change at another location is not this subscription's business.
    const elsewhere = await seedTestSchool(t.db, { name: 'Elsewhere', customerCount: 1 });
    const foreign = await as(manager)(CREATE, {
      i: {
        serviceId: elsewhere.services.privateKite.id,
        startsAt: '2026-06-17T08:00:00.000Z',
        customerIds: [elsewhere.customers[0]!.id],
      },
    });
    expect(foreign.errors).toBeUndefined();

    const created = await expectLive(
      staff,
      'CREATED',
      () => as(manager)(CREATE, { i: lessonAt('2026-06-17T08:00:00Z', school.customers[2]!.id) }),
      first,
    );
    const id = created.id;
    expect(created.booking).toMatchObject({
      status: 'CONFIRMED',
      customers: [{ id: school.customers[2]!.id }],
    });
    const moved = await expectLive(
      staff,
      'UPDATED',
      () => as(manager)(UPDATE, { id, i: { startsAt: '2026-06-17T10:00:00.000Z' } }),
      first,
    );
    expect(moved.booking.status).toBe('CONFIRMED');
    const cancelled = await expectLive(
      staff,
      'CANCELLED',
      () => as(manager)(CANCEL, { id }),
      first,
    );
    expect(cancelled.booking.status).toBe('CANCELLED');
    const deleted = await expectLive(staff, 'DELETED', () => as(manager)(DELETE, { id }), first);
    expect(deleted.booking.deletedAt).not.toBeNull();
    const restored = await expectLive(staff, 'RESTORED', () => as(manager)(RESTORE, { id }), first);
    expect(restored.booking.deletedAt).toBeNull();

    expect(staff.events.some((e) => e.id === foreign.data.createBooking.id)).toBe(false);
    expect(staff.failures).toEqual([]);
  });

  it('tells a student only of their own bookings, and of each of those within a second', async () => {
    const own = school.customers[0]!.id;
    const warm = await as(manager)(CREATE, { i: lessonAt('2026-06-18T08:00:00Z', own) });
    const mine = listen(student, school.location.id);
    await warmUp(mine, warm.data.createBooking.id);

    // Everything happening to someone else's bookings: never heard.
    const others: string[] = [];
    const theirs = await as(manager)(CREATE, {
      i: lessonAt('2026-06-18T10:00:00Z', school.customers[2]!.id),
    });
    const id = theirs.data.createBooking.id;
    others.push(id);
    for (const [query, variables] of [
      [UPDATE, { id, i: { startsAt: '2026-06-18T12:00:00.000Z' } }],
      [UPDATE, { id, i: { notes: 'strong wind expected' } }],
      [CANCEL, { id }],
      [DELETE, { id }],
      [RESTORE, { id }],
    ] as const)
      expect((await as(manager)(query, variables)).errors).toBeUndefined();
    // Another student's own booking, and a booking of theirs the office confirms.
    const peer = await as(otherStudent)(CREATE, {
      i: lessonAt('2026-06-18T14:00:00Z', school.customers[1]!.id),
    });
    expect(peer.data.createBooking.status).toBe('PENDING');
    others.push(peer.data.createBooking.id);
    const confirmPeer = await as(manager)(SET_STATUS, {
      id: peer.data.createBooking.id,
      s: 'CONFIRMED',
    });
    expect(confirmPeer.errors).toBeUndefined();

    // The student's own booking, through every kind of change, each heard within a second.
    const created = await expectLive(
      mine,
      'CREATED',
      () => as(student)(CREATE, { i: lessonAt('2026-06-19T08:00:00Z', own) }),
      first,
    );
    const ownId = created.id;
    expect(created.booking.status).toBe('PENDING');
    await expectLive(
      mine,
      'UPDATED',
      () => as(manager)(SET_STATUS, { id: ownId, s: 'CONFIRMED' }),
      first,
    );
    await expectLive(mine, 'CANCELLED', () => as(student)(CANCEL, { id: ownId }), first);
    await expectLive(mine, 'DELETED', () => as(manager)(DELETE, { id: ownId }), first);
    await expectLive(mine, 'RESTORED', () => as(manager)(RESTORE, { id: ownId }), first);

    // Events reach a subscriber in the order they were published: everything about the
    // others' bookings came before the last event heard, so none was passed through.
    expect(mine.events.filter((e) => others.includes(e.id))).toEqual([]);
    expect(new Set(mine.events.map((e) => e.id))).toEqual(
      new Set([warm.data.createBooking.id, ownId]),
    );
    expect(mine.events.slice(-5).map((e) => e.kind)).toEqual([
      'CREATED',
      'UPDATED',
      'CANCELLED',
      'DELETED',
      'RESTORED',
    ]);
    expect(mine.failures).toEqual([]);
  });

  it('reads each event afresh: a session joined twice shows its participants of that moment', async () => {
    const staff = listen(manager, school.location.id);
    const warm = await as(manager)(CREATE, {
      i: lessonAt('2026-06-18T08:00:00Z', school.customers[6]!.id),
    });
    await warmUp(staff, warm.data.createBooking.id);
    const join = (customer: number) => () =>
      as(manager)(CREATE, {
        i: {
          serviceId: school.services.groupKite.id,
          startsAt: '2026-06-23T13:00:00.000Z',
          customerIds: [school.customers[customer]!.id],
        },
      });
    const opened = await expectLive(staff, 'CREATED', join(3), first);
    expect(opened.booking.customers).toHaveLength(1);
    const joined = await expectLive(staff, 'UPDATED', join(4), first);
    expect(joined.id).toBe(opened.id);
    // The same socket's second event: loaders of the first event would still say 1.
    expect(joined.booking.customers).toHaveLength(2);
  });

  it('refuses an anonymous socket (UNAUTHENTICATED)', async () => {
    const anonymous = nextEvent(t.ws(), CHANGED, { l: school.location.id });
    await expect(anonymous.value).rejects.toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});

describe('notificationReceived', () => {
  it('tells a waiting student that a place in a full group session is free; myWaitlist shows the offer', async () => {
    const group = school.services.groupKite;
    const startsAt = '2026-06-22T13:00:00.000Z';
    // Four places: the student and three others fill the session.
    const full = await as(manager)(CREATE, {
      i: {
        serviceId: group.id,
        startsAt,
        customerIds: [
          school.customers[0]!.id,
          school.customers[3]!.id,
          school.customers[4]!.id,
          school.customers[5]!.id,
        ],
      },
    });
    expect(full.errors).toBeUndefined();
    const sessionId = full.data.createBooking.id;
    const wait = await as(otherStudent)(
      'mutation($b: ID!, $c: ID!) { joinWaitlist(bookingId: $b, customerId: $c) { id status } }',
      { b: sessionId, c: school.customers[1]!.id },
    );
    expect(wait.data?.joinWaitlist.status).toBe('WAITING');

    // The waiting student's socket: notifications, and the session's changes to know when
    // the socket's subscriptions are live.
    const client = t.ws(otherStudent.token);
    const notes: Json[] = [];
    const failures: unknown[] = [];
    client.subscribe<Json>(
      { query: 'subscription { notificationReceived { id kind title body data } }' },
      {
        next: (r) => (r.errors ? failures.push(r.errors) : notes.push(r.data.notificationReceived)),
        error: (e) => failures.push(e),
        complete: () => {},
      },
    );
    const staff = listen(manager, school.location.id);
    await warmUp(staff, sessionId);
    await new Promise((resolve) => setTimeout(resolve, 200));

    // The student leaves the session: the place is offered to the first person waiting.
    const left = await as(student)(CANCEL, { id: sessionId });
    expect(left.errors).toBeUndefined();
    const deadline = Date.now() + 5000;
    while (!notes.length && !failures.length && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failures).toEqual([]);
    expect(notes).toEqual([
      expect.objectContaining({
        kind: 'waitlist.offered',
        title: 'A place is free for you',
        data: expect.objectContaining({ bookingId: sessionId }),
      }),
    ]);
    const offers = await as(otherStudent)('{ myWaitlist { id status booking { id } } }');
    expect(offers.data.myWaitlist).toEqual([
      { id: wait.data.joinWaitlist.id, status: 'OFFERED', booking: { id: sessionId } },
    ]);
  });
});
