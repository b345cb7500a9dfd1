import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DESK,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signInToAdmin,
  type TrackedPage,
} from '../support/browser';
import { graphql, tokenFor } from '../support/graphql';

// The admin booking wizard: a manager books a private kite lesson for a new customer through
// every step (location and service, a date in the calendar and a free time, the customer by
// search, no gear, summary with price and notes) and lands on the booking's page; the API has
// it. Then a three-day series clashing with the instructor's lesson on the second day is
// refused whole, the clash named in words, and nothing is written.
const baseUrl = inject('baseUrl');
const ZONE = 'Europe/Madrid';
const LOCATION = 'Tarifa Kite & Wing';
const SERVICE = 'Private kite lesson';
const suffix = Math.random().toString(36).slice(2, 8);
const firstCustomer = `Irene Kiteley ${suffix}`;
const secondCustomer = `Bruno Seriesmann ${suffix}`;

let browser: Browser;
let manager: TrackedPage;
let adminToken: string;

interface ApiBooking {
  id: string;
  status: string;
  startsAt: string;
  notes: string | null;
  instructor: { id: string; name: string } | null;
  customers: { id: string; name: string }[];
  price: { amountMinor: number };
}

/** The local date at the location, `days` from now. */
function localDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** A Monday at least three weeks ahead: Monday to Wednesday are all working days there. */
function mondayAhead(): string {
  for (let days = 21; days < 28; days += 1) {
    const date = localDate(days);
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 1) return date;
  }
  throw new Error('no Monday in a week');
}

async function createCustomer(name: string): Promise<string> {
  const data = await graphql<{ createCustomer: { id: string } }>(
    baseUrl,
    'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    { input: { name } },
    adminToken,
  );
  return data.createCustomer.id;
}

async function bookingsOf(customerId: string): Promise<ApiBooking[]> {
  const data = await graphql<{ bookings: { edges: { node: ApiBooking }[] } }>(
    baseUrl,
    `
      query ($filter: BookingFilter) {
        bookings(filter: $filter, first: 10) {
          edges {
            node {
              id
              status
              startsAt
              notes
              instructor {
                id
                name
              }
              customers {
                id
                name
              }
              price {
                amountMinor
              }
            }
          }
        }
      }
    `,
    { filter: { customerId } },
    adminToken,
  );
  return data.bookings.edges.map((e) => e.node);
}

/** `HH:mm` at the location. */
const localTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/** Moves the wizard's calendar to the month of `date` and picks the day. */
async function pickDate(page: Page, date: string) {
  const label = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
  const day = page.getByRole('button', { name: label, exact: true });
  for (let i = 0; i < 3 && !(await day.isVisible()); i += 1) {
    await page.getByRole('button', { name: 'Next month' }).click();
  }
  await day.click();
}

async function chooseCustomer(page: Page, name: string) {
  const field = page.getByRole('combobox', { name: 'Participants' });
  await field.fill(name);
  await page.getByRole('option', { name }).click();
}

beforeAll(async () => {
  browser = await launchBrowser();
  adminToken = await tokenFor(baseUrl, demoEmail('admin'), DEMO_PASSWORD);
  manager = await openPage(browser, baseUrl, { viewport: DESK });
  await signInToAdmin(manager.page, 'manager');
});

afterAll(async () => {
  await manager?.context.close();
  await browser?.close();
});

describe('admin: booking wizard', () => {
  const date = mondayAhead();
  let firstStart = '';
  let instructorName = '';

  it('books a lesson through every step and lands on the booking', async () => {
    const { page, problems } = manager;
    const customerId = await createCustomer(firstCustomer);

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'New booking', exact: true })
      .click();
    await page.waitForURL('**/admin/bookings/new');
    await page.getByRole('heading', { level: 1, name: 'New booking' }).waitFor();

    // Nothing chosen yet: the wizard says what is missing.
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('alert').getByText('Choose a location and a service first.').waitFor();

    await page.getByRole('combobox', { name: 'Location' }).click();
    await page.getByRole('option', { name: LOCATION }).click();
    await page.getByRole('radio', { name: new RegExp(`^${SERVICE}`) }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await page.getByText(`Times are shown in the time zone of ${LOCATION} (${ZONE}`).waitFor();
    await pickDate(page, date);
    const slots = page.getByRole('radiogroup', { name: /^Free times on / });
    const firstSlot = slots.getByRole('radio').first();
    await firstSlot.waitFor();
    const slotText = (await firstSlot.innerText()).trim();
    const [, from] = /(\d{2}:\d{2})–(\d{2}:\d{2})/.exec(slotText) ?? [];
    expect(from, slotText).toBeTruthy();
    await firstSlot.click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await chooseCustomer(page, firstCustomer);
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    // The service needs no gear: the step can be skipped.
    await page.getByRole('button', { name: 'Add equipment' }).waitFor();
    await page.getByRole('button', { name: 'Skip' }).click();

    await page.getByText('€170.00 × 1 person').waitFor();
    await page.getByLabel('Total price').getByText('Total €170.00').waitFor();
    await page.getByText(`Local time (${ZONE})`).waitFor();
    await page
      .getByRole('textbox', { name: /^Notes for the instructor/ })
      .fill(`First time on the water ${suffix}`);
    await screenshot(page, 'booking-wizard-summary');
    await page.getByRole('button', { name: 'Confirm booking' }).click();

    await page.getByRole('heading', { name: 'Booked' }).waitFor();
    await page.getByText(`${SERVICE} for ${firstCustomer}.`).waitFor();
    await page.getByRole('link', { name: /^Open the booking of / }).click();
    await page.waitForURL(/\/admin\/bookings\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: SERVICE }).waitFor();
    await page.getByText('Confirmed', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: firstCustomer }).waitFor();
    await page.getByText(`First time on the water ${suffix}`).waitFor();

    const [booking, ...others] = await bookingsOf(customerId);
    expect(others).toEqual([]);
    expect(booking).toMatchObject({
      status: 'CONFIRMED',
      notes: `First time on the water ${suffix}`,
      customers: [{ id: customerId, name: firstCustomer }],
      price: { amountMinor: 17000 },
    });
    expect(booking!.id).toBe(page.url().split('/').at(-1));
    expect(localTime(booking!.startsAt)).toBe(from);
    expect(booking!.instructor).not.toBeNull();
    firstStart = booking!.startsAt;
    instructorName = booking!.instructor!.name;
    expect(problems).toEqual([]);
  });

  it('refuses a three-day series whole when the instructor is taken on day two, and says so', async () => {
    const { page, problems } = manager;
    const customerId = await createCustomer(secondCustomer);
    const blockerId = await createCustomer(`Blocking Booker ${suffix}`);
    const services = await graphql<{
      services: { id: string; name: string; location: { name: string } }[];
    }>(baseUrl, '{ services { id name location { name } } }', {}, adminToken);
    const service = services.services.find(
      (s) => s.name === SERVICE && s.location.name === LOCATION,
    )!;
    const instructors = await graphql<{ instructors: { id: string; name: string }[] }>(
      baseUrl,
      '{ instructors { id name } }',
      {},
      adminToken,
    );
    const instructor = instructors.instructors.find((i) => i.name === instructorName)!;

    // Another free time of the same instructor on Monday; on Tuesday at that local time they
    // teach someone else (Monday to Tuesday has no clock change: +24 h is the same local time).
    const free = await graphql<{
      availability: { startsAt: string; instructors: { id: string }[] }[];
    }>(
      baseUrl,
      'query ($input: AvailabilityInput!) { availability(input: $input) { startsAt instructors { id } } }',
      { input: { serviceId: service.id, date } },
      adminToken,
    );
    const dayOne = free.availability.find(
      (s) => s.startsAt !== firstStart && s.instructors.some((i) => i.id === instructor.id),
    )!;
    expect(dayOne).toBeTruthy();
    await graphql(
      baseUrl,
      'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }',
      {
        input: {
          serviceId: service.id,
          startsAt: new Date(Date.parse(dayOne.startsAt) + 86_400_000).toISOString(),
          customerIds: [blockerId],
          instructorId: instructor.id,
        },
      },
      adminToken,
    );

    // A link from elsewhere opens the wizard on the slots of the service and date.
    await page.goto(`/admin/bookings/new?serviceId=${service.id}&date=${date}`);
    await page.getByRole('heading', { level: 1, name: 'New booking' }).waitFor();
    const slot = page
      .getByRole('radiogroup', { name: /^Free times on / })
      .getByRole('radio', { name: new RegExp(`^${localTime(dayOne.startsAt)}–`) });
    await slot.click();
    await page.getByRole('combobox', { name: 'Instructor' }).click();
    await page.getByRole('option', { name: instructorName }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await chooseCustomer(page, secondCustomer);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Skip' }).click();

    await page.getByRole('textbox', { name: 'Days in a row' }).fill('3');
    await page.getByText('3 bookings will be made, all or none:').waitFor();
    await page.getByText('€170.00 × 1 person × 3 days').waitFor();
    await page.getByRole('button', { name: 'Book 3 days' }).click();

    const refusal = page.getByRole('alert').filter({ hasText: 'could not be booked' });
    await refusal.getByText('1 day could not be booked, so nothing was booked').waitFor();
    await refusal.getByText(new RegExp(`${instructorName} is already booked`)).waitFor();
    await screenshot(page, 'booking-wizard-series-refused');
    expect(await bookingsOf(customerId)).toEqual([]);

    // Back to the slots from the refusal.
    await refusal.getByRole('button', { name: 'Choose another time' }).click();
    await page.getByRole('radiogroup', { name: /^Free times on / }).waitFor();
    expect(problems).toEqual([]);
  });
});
