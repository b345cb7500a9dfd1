import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EN, PHONE, launchBrowser, openPage, screenshot, signIn } from '../support/browser';
import { graphql, onboardedCustomer, uniqueEmail } from '../support/graphql';

// A student books a private kite lesson on a phone (390×844): service, a day and a free time
// on the location's clock, themselves, the summary with the price and the cancellation policy
// in words, then the request. It is under My bookings as requested; they cancel it inside the
// free period, told so first, and see it cancelled free of charge, as the API records it.
const baseUrl = inject('baseUrl');
const PASSWORD = 'a long swell at low tide';
const ZONE = 'Europe/Madrid';
const LOCATION = 'Tarifa Kite & Wing';
const SERVICE = 'Private kite lesson';
const suffix = Math.random().toString(36).slice(2, 8);
const studentName = `Marta Oleaje ${suffix}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function newStudent() {
  const email = uniqueEmail('portal-bookings');
  const { token } = await onboardedCustomer(baseUrl, {
    email,
    password: PASSWORD,
    name: studentName,
  });
  return { email, token };
}

interface ApiBooking {
  id: string;
  status: string;
  startsAt: string;
  cancellationFee: { amountMinor: number } | null;
  service: { name: string };
}

async function myBookings(token: string): Promise<ApiBooking[]> {
  const data = await graphql<{ bookings: { edges: { node: ApiBooking }[] } }>(
    baseUrl,
    '{ bookings(first: 20) { edges { node { id status startsAt cancellationFee { amountMinor } service { name } } } } }',
    {},
    token,
  );
  return data.bookings.edges.map((e) => e.node);
}

/** A weekday (Monday to Saturday, when the instructors work) about ten days ahead, at the location. */
function dayAhead(): { date: string; label: string } {
  for (let days = 10; days < 14; days += 1) {
    const instant = new Date(Date.now() + days * 86_400_000);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(instant);
    const noon = new Date(`${date}T12:00:00Z`);
    if (noon.getUTCDay() === 0) continue;
    const label = new Intl.DateTimeFormat('en', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(noon);
    return { date, label };
  }
  throw new Error('no working day ahead');
}

const localTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/** True when nothing needs scrolling sideways on the phone. */
const fitsTheWindow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('portal: book and cancel on a phone', () => {
  it('books a lesson, finds it under My bookings, cancels it within the policy', async () => {
    const student = await newStudent();
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });

    await page.goto('/portal/login');
    await signIn(page, EN, student.email, PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Hello, Marta' }).waitFor();
    await page.getByRole('link', { name: 'Book a lesson' }).click();
    await page.waitForURL('**/portal/book');

    // 1. The service, among the location's.
    await page.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
    await page
      .getByRole('region', { name: LOCATION })
      .getByRole('button', { name: new RegExp(`^${SERVICE}`) })
      .click();

    // 2. A day on the location's calendar, then one of its free times.
    await page.getByRole('heading', { name: 'Choose a day and a time' }).waitFor();
    await page.getByText(`Times are local time at ${LOCATION}.`).waitFor();
    const { label } = dayAhead();
    const dayButton = page
      .getByRole('group', { name: 'Days' })
      .getByRole('button', { name: label });
    await dayButton.click();
    expect(await dayButton.getAttribute('aria-pressed')).toBe('true');
    await page.getByText(`Free times on ${label}`).waitFor();
    const firstTime = page.getByRole('region', { name: 'Free times' }).getByRole('button').first();
    const timeText = (await firstTime.innerText()).trim();
    const [, from] = /(\d{2}:\d{2})–\d{2}:\d{2}/.exec(timeText) ?? [];
    expect(from, timeText).toBeTruthy();
    expect(await fitsTheWindow(page)).toBe(true);
    await firstTime.click();

    // 3. Who: the student themself, already ticked.
    await page.getByRole('heading', { name: 'Who is coming?' }).waitFor();
    expect(await page.getByRole('checkbox', { name: `Me (${studentName})` }).isChecked()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Continue' }).click();

    // 4. The summary: price and the policy in words before anything is sent.
    await page.getByRole('heading', { name: 'Check and send' }).waitFor();
    await page.getByText('€170.00 × 1 person').waitFor();
    await page
      .getByText(
        'Free cancellation until 24 hours before the start. After that, 50% of the price (€85.00) is charged.',
      )
      .waitFor();
    expect(await fitsTheWindow(page)).toBe(true);
    await screenshot(page, 'portal-book-summary');
    await page.getByRole('button', { name: 'Send booking request' }).click();

    await page.getByRole('heading', { name: 'Request sent' }).waitFor();
    await page.getByText(/The school will confirm it\.$/).waitFor();
    await page.getByText(/^Cancelling is free until .* \(24 h before the start\)\.$/).waitFor();
    const [requested] = await myBookings(student.token);
    expect(requested).toMatchObject({ status: 'PENDING', service: { name: SERVICE } });
    expect(localTime(requested!.startsAt)).toBe(from);

    // My bookings: the request, upcoming.
    await page.getByRole('link', { name: 'Go to my bookings' }).click();
    await page.waitForURL('**/portal/bookings');
    await page.getByRole('heading', { level: 1, name: 'My bookings' }).waitFor();
    const card = page.getByRole('article', { name: new RegExp(`^${SERVICE}, .*${from}–`) });
    await card.getByText('Requested', { exact: true }).waitFor();
    await card.getByText(LOCATION).waitFor();
    await card.getByText(/^With /).waitFor();
    await card.getByText('€170.00').waitFor();
    expect(await fitsTheWindow(page)).toBe(true);
    await screenshot(page, 'portal-my-bookings');

    // Cancelling says what it costs first: nothing, this far ahead.
    await card.getByRole('button', { name: 'Cancel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this booking?' });
    await dialog.getByText(/^Cancelling is free until .* \(24 h before the start\)\.$/).waitFor();
    await screenshot(page, 'portal-cancel-dialog');
    await dialog.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByText(`${SERVICE} is cancelled.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('Cancelled', { exact: true }).waitFor();
    await card.getByText('Cancelled free of charge').waitFor();
    expect(await card.getByRole('button', { name: 'Cancel' }).count()).toBe(0);

    const [cancelled] = await myBookings(student.token);
    expect(cancelled).toMatchObject({
      id: requested!.id,
      status: 'CANCELLED',
      cancellationFee: { amountMinor: 0 },
    });

    // Still cancelled after a reload: the page shows what the API holds.
    await page.reload();
    await page
      .getByRole('article', { name: new RegExp(`^${SERVICE}, .*${from}–`) })
      .getByText('Cancelled', { exact: true })
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
