import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signInToAdmin,
  type TrackedPage,
} from '../support/browser';
import { graphql, tokenFor } from '../support/graphql';

// The admin resource calendar: staff drag a lesson to another instructor's column and find it
// there after a reload; a drop onto an instructor who is teaching then is refused with the
// clash in words and the lesson snaps back; a manager's open calendar shows a move made in
// another session without reloading. Everything it needs is made here through the API, at a
// location of its own in Europe/Madrid, so the demo school's data does not matter.
const baseUrl = inject('baseUrl');
const ZONE = 'Europe/Madrid';
/** Tall enough for the grid from 07:00 past 16:00 without scrolling. */
const VIEWPORT = { width: 1440, height: 1400 };

let browser: Browser;
let admin: TrackedPage;
let adminToken: string;

const suffix = Math.random().toString(36).slice(2, 8);
const MARTA = `Marta Ruiz ${suffix}`;
const IKER = `Iker Sanz ${suffix}`;
const LESSON = `Private kite ${suffix}`;

const ids = { location: '', marta: '', iker: '', service: '' };

/** `YYYY-MM-DD` at the location, `days` after today there. */
function localDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));
}

/** The instant (ISO) when the clock in Madrid shows `hour`:00 on `day`. */
function madridTime(day: string, hour: number): string {
  const asUtc = Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  for (const offset of [1, 2]) {
    const instant = new Date(asUtc - offset * 3_600_000);
    const shown = new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(instant);
    if (Number(shown) === hour) return instant.toISOString();
  }
  throw new Error(`no ${hour}:00 in Madrid on ${day}`);
}

async function api<T>(query: string, variables: Record<string, unknown> = {}) {
  return graphql<T>(baseUrl, query, variables, adminToken);
}

async function createInstructor(name: string): Promise<string> {
  const { createInstructor: instructor } = await api<{ createInstructor: { id: string } }>(
    `mutation ($input: InstructorInput!) { createInstructor(input: $input) { id } }`,
    {
      input: {
        name,
        locationIds: [ids.location],
        disciplines: [{ discipline: 'KITE', level: 'EXPERT' }],
        languages: ['en', 'es'],
      },
    },
  );
  await api(
    `mutation ($id: ID!, $input: CertificationInput!) { addCertification(instructorId: $id, input: $input) { id } }`,
    {
      id: instructor.id,
      input: {
        discipline: 'KITE',
        issuer: 'IKO',
        name: 'Kiteboarding Instructor',
        level: 'Level 2',
      },
    },
  );
  // Every day of the week, 07:00–21:00 at the location.
  await api(
    `mutation ($id: ID!, $location: ID!, $hours: [WorkingHoursInput!]!) {
      setInstructorHours(instructorId: $id, locationId: $location, hours: $hours) { weekday }
    }`,
    {
      id: instructor.id,
      location: ids.location,
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '07:00', end: '21:00' })),
    },
  );
  return instructor.id;
}

async function createCustomer(name: string): Promise<string> {
  const data = await api<{ createCustomer: { id: string } }>(
    `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
    { input: { name, skills: [{ discipline: 'KITE', level: 'BEGINNER' }] } },
  );
  return data.createCustomer.id;
}

/** A two-hour private lesson for a new customer named `customer`; returns the booking id. */
async function book(customer: string, instructorId: string, day: string, hour: number) {
  const customerId = await createCustomer(customer);
  const data = await api<{ createBooking: { id: string } }>(
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`,
    {
      input: {
        serviceId: ids.service,
        startsAt: madridTime(day, hour),
        customerIds: [customerId],
        instructorId,
      },
    },
  );
  return data.createBooking.id;
}

async function bookingNow(id: string) {
  const data = await api<{
    booking: { startsAt: string; endsAt: string; instructor: { name: string } | null };
  }>(`query ($id: ID!) { booking(id: $id) { startsAt endsAt instructor { name } } }`, { id });
  return data.booking;
}

const calendarUrl = (day: string) => `/admin/calendar?location=${ids.location}&date=${day}`;

/** The event of the customer's booking (events name their participants). */
const eventOf = (page: Page, customer: string) =>
  page.locator('.rbc-event').filter({ hasText: customer });

/** The horizontal extent of an instructor's column in the day view. */
async function column(page: Page, instructor: string) {
  const header = page.locator('.rbc-row-resource .rbc-header').filter({ hasText: instructor });
  const box = await header.boundingBox();
  if (!box) throw new Error(`no column for ${instructor}`);
  return { left: box.x, right: box.x + box.width, center: box.x + box.width / 2 };
}

/** The instructor whose column the event sits in. */
async function columnOf(page: Page, event: Locator): Promise<string | null> {
  const box = await event.boundingBox();
  if (!box) return null;
  const center = box.x + box.width / 2;
  for (const name of [MARTA, IKER]) {
    const { left, right } = await column(page, name);
    if (center > left && center < right) return name;
  }
  return null;
}

/** The top of the time slot that starts at `hour`:00 in the time gutter. */
async function slotTop(page: Page, hour: number): Promise<number> {
  const label = page
    .locator('.rbc-time-gutter .rbc-timeslot-group')
    .filter({ hasText: `${String(hour).padStart(2, '0')}:00` });
  const box = await label.boundingBox();
  if (!box) throw new Error(`no ${hour}:00 row`);
  return box.y;
}

/**
 * Drags an event by its middle (clear of the resize handles) so that its top lands at
 * (x, top): pressed, moved in steps as a hand would, released.
 */
async function dragEvent(page: Page, event: Locator, to: { x: number; top: number }) {
  const box = await event.boundingBox();
  if (!box) throw new Error('the event is not on screen');
  const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 4, grab.y + 4, { steps: 4 });
  await page.mouse.move(to.x, to.top + (grab.y - box.y), { steps: 20 });
  await page.mouse.up();
}

async function openCalendar(tracked: TrackedPage, day: string) {
  await tracked.page.goto(calendarUrl(day));
  await tracked.page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
  await tracked.page.locator('.rbc-row-resource .rbc-header').filter({ hasText: MARTA }).waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  adminToken = await tokenFor(baseUrl, demoEmail('admin'), DEMO_PASSWORD);

  // A location of this run's own; its name sorts after the demo ones.
  const location = await api<{ createLocation: { id: string } }>(
    `mutation ($input: CreateLocationInput!) { createLocation(input: $input) { id } }`,
    {
      input: {
        name: `Valdevaqueros Kite ${suffix}`,
        timezone: ZONE,
        currency: 'EUR',
        openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday,
          open: '07:00',
          close: '21:00',
        })),
      },
    },
  );
  ids.location = location.createLocation.id;
  ids.marta = await createInstructor(MARTA);
  ids.iker = await createInstructor(IKER);
  const service = await api<{ createService: { id: string } }>(
    `mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }`,
    {
      input: {
        locationId: ids.location,
        name: LESSON,
        kind: 'LESSON',
        discipline: 'KITE',
        lessonFormat: 'PRIVATE',
        durationMinutes: 120,
        price: { amountMinor: 9000, currency: 'EUR' },
      },
    },
  );
  ids.service = service.createService.id;

  admin = await openPage(browser, baseUrl, { viewport: VIEWPORT });
  await signInToAdmin(admin.page, 'admin');
});

afterAll(async () => {
  await admin?.context.close();
  await browser?.close();
});

describe('admin: the resource calendar', () => {
  it('moves a lesson to another instructor by dragging it, and it stays there after a reload', async () => {
    const { page, problems } = admin;
    const day = localDay(3);
    const customer = `Ana Torres ${suffix}`;
    const id = await book(customer, ids.marta, day, 10);

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Calendar', exact: true })
      .waitFor();
    await openCalendar(admin, day);
    await page.getByText(`Times in ${ZONE}`, { exact: false }).waitFor();
    const event = eventOf(page, customer);
    await event.waitFor();
    await expect.poll(() => columnOf(page, event)).toBe(MARTA);
    expect(await event.innerText()).toContain('10:00–12:00');
    await screenshot(page, 'calendar-day');

    // Same time, Iker's column.
    const target = await column(page, IKER);
    const box = (await event.boundingBox())!;
    await dragEvent(page, event, { x: target.center, top: box.y });
    await expect.poll(() => columnOf(page, event)).toBe(IKER);
    await expect.poll(async () => (await bookingNow(id)).instructor?.name).toBe(IKER);

    await page.reload();
    await eventOf(page, customer).waitFor();
    await expect.poll(() => columnOf(page, eventOf(page, customer))).toBe(IKER);
    expect(await eventOf(page, customer).innerText()).toContain('10:00–12:00');
    const saved = await bookingNow(id);
    expect(saved.startsAt).toBe(madridTime(day, 10));

    // The week view runs Monday to Sunday and names the instructor inside the event.
    await page
      .locator('label')
      .filter({ hasText: /^Week$/ })
      .click();
    await page.waitForURL(/view=week/);
    const days = page.locator('.rbc-time-header .rbc-header');
    await expect.poll(() => days.count()).toBe(7);
    expect(await days.first().innerText()).toMatch(/^Mon /);
    await expect.poll(() => eventOf(page, customer).innerText()).toContain(IKER);
    expect(problems).toEqual([]);
  });

  it('refuses a drop onto an instructor who is teaching then, says why, and puts the lesson back', async () => {
    const { page, problems } = admin;
    const day = localDay(4);
    const moving = `Bruno Díaz ${suffix}`;
    const busy = `Carla Vega ${suffix}`;
    const id = await book(moving, ids.iker, day, 14);
    await book(busy, ids.marta, day, 14);

    await openCalendar(admin, day);
    const event = eventOf(page, moving);
    await event.waitFor();
    await expect.poll(() => columnOf(page, event)).toBe(IKER);

    const target = await column(page, MARTA);
    const box = (await event.boundingBox())!;
    await dragEvent(page, event, { x: target.center, top: box.y });

    const refusal = page.getByRole('alert').filter({ hasText: 'Not moved' });
    await refusal.getByText(`${MARTA} is teaching another lesson 14:00–16:00`).waitFor();
    await screenshot(page, 'calendar-refused');
    // Taken back on screen and unchanged on the server.
    await expect.poll(() => columnOf(page, event)).toBe(IKER);
    expect((await bookingNow(id)).instructor?.name).toBe(IKER);
    await refusal.getByRole('button', { name: 'Dismiss' }).click();
    await refusal.waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
  });

  it('shows a move made in another session to a manager without reloading', async () => {
    const day = localDay(5);
    const customer = `Diego Marín ${suffix}`;
    const id = await book(customer, ids.iker, day, 10);

    const manager = await openPage(browser, baseUrl, { viewport: VIEWPORT });
    try {
      await signInToAdmin(manager.page, 'manager');
      await openCalendar(manager, day);
      const watched = eventOf(manager.page, customer);
      await watched.waitFor();
      await expect.poll(() => columnOf(manager.page, watched)).toBe(IKER);

      // The admin drags it to Marta, an hour later.
      await openCalendar(admin, day);
      const event = eventOf(admin.page, customer);
      await event.waitFor();
      const target = await column(admin.page, MARTA);
      await dragEvent(admin.page, event, { x: target.center, top: await slotTop(admin.page, 11) });
      await expect.poll(async () => (await bookingNow(id)).instructor?.name).toBe(MARTA);
      expect((await bookingNow(id)).startsAt).toBe(madridTime(day, 11));

      // The manager's page was never reloaded.
      await expect.poll(() => columnOf(manager.page, watched), { timeout: 10_000 }).toBe(MARTA);
      await expect.poll(() => watched.innerText(), { timeout: 10_000 }).toContain('11:00–13:00');
      await screenshot(manager.page, 'calendar-live');
      expect(manager.problems).toEqual([]);
      expect(admin.problems).toEqual([]);
    } finally {
      await manager.context.close();
    }
  });
});
