import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DESK,
  EN,
  PHONE,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  signInToAdmin,
  type TrackedPage,
} from '../support/browser';
import { graphql, onboardedCustomer, tokenFor, uniqueEmail } from '../support/graphql';

// Sizing in the admin booking wizard: a manager books a kite lesson for the demo student's
// daughter, Lina Schneider (48 kg, 158 cm on her record). The equipment step's sizing panel
// is prefilled from her record; with 12 knots of wind it suggests a 9 m kite (8–10 m) by the
// weight × 2.2 ÷ wind rule, and its button puts a free 9 m kite on her gear line. In the
// portal, a student renting a kite and a wetsuit (a rental made for this test, since the demo
// rentals list no gear) sees the same suggestions from their profile on a phone and chooses
// the suggested kite. Books nothing.
const baseUrl = inject('baseUrl');
const ZONE = 'Europe/Madrid';
const LOCATION = 'Tarifa Kite & Wing';
const SERVICE = 'Private kite lesson';
const RIDER = 'Lina Schneider';

let browser: Browser;
let manager: TrackedPage;
let adminToken: string;

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

/** The local date at the location, `days` from now. */
const localDate = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** The service, and a date a week or more ahead on which it has a free time. */
async function serviceAndDate() {
  const { services } = await graphql<{
    services: { id: string; name: string; location: { name: string } }[];
  }>(baseUrl, '{ services { id name location { name } } }', {}, adminToken);
  const service = services.find((s) => s.name === SERVICE && s.location.name === LOCATION)!;
  for (let days = 8; days < 30; days += 1) {
    const date = localDate(days);
    const { availability } = await graphql<{ availability: { startsAt: string }[] }>(
      baseUrl,
      'query ($input: AvailabilityInput!) { availability(input: $input) { startsAt } }',
      { input: { serviceId: service.id, date } },
      adminToken,
    );
    if (availability.length) return { service, date };
  }
  throw new Error('no free time in three weeks');
}

describe('admin: sizing in the booking wizard', () => {
  it('suggests a kite from the rider’s record and the wind, and takes a free one', async () => {
    const { page, problems } = manager;
    const { service, date } = await serviceAndDate();
    await page.goto(`/admin/bookings/new?serviceId=${service.id}&date=${date}`);
    await page.getByRole('heading', { level: 1, name: 'New booking' }).waitFor();
    await page
      .getByRole('radiogroup', { name: /^Free times on / })
      .getByRole('radio')
      .first()
      .click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('combobox', { name: 'Participants' }).fill(RIDER);
    await page.getByRole('option', { name: RIDER }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    const panel = page.getByRole('region', { name: 'Sizing' });
    await panel.waitFor();
    // Prefilled from her record.
    expect(await panel.getByLabel('Weight (kg)').inputValue()).toBe('48');
    expect(await panel.getByLabel('Height (cm)').inputValue()).toBe('158');
    // No wind yet: no kite size; the wetsuit and board need none.
    await panel.getByText('Enter the wind to size the kite.').waitFor();
    await panel.getByText('Suggested wetsuit: XS').waitFor();
    await panel.getByText('Suggested board: 133 cm (132–134 cm)').waitFor();

    await panel.getByLabel('Wind (knots)').fill('12');
    await panel.getByText('Suggested kite: 9 m (8–10 m)').waitFor();
    await panel
      .getByText(
        '48 kg × 2.2 ÷ 12 knots ≈ 8.8 m², the usual rule of thumb for a twin-tip in steady wind.',
      )
      .waitFor();
    await screenshot(page, 'booking-wizard-sizing');

    const kite = panel.getByRole('group', { name: 'Kite' });
    await kite.getByRole('button', { name: /^Use 9 m \(\d+ free\)$/ }).click();
    await kite.getByRole('button', { name: '9 m kite on the list' }).waitFor();
    // Her gear line: a kite, 9m.
    expect(
      await page.getByRole('combobox', { name: `Equipment 1 for ${RIDER}` }).inputValue(),
    ).toBe('Kite');
    expect(await page.getByRole('combobox', { name: 'Size of equipment 1' }).inputValue()).toMatch(
      /^9m \(/,
    );
    expect(problems).toEqual([]);
  });
});

describe('portal: sizing on a rental’s gear screen', () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const rentalName = `Kite and wetsuit rental ${suffix}`;
  const studentName = `Rüzgar Sörfçü ${suffix}`;
  const password = 'a steady thermal in the afternoon';
  let serviceId = '';

  afterAll(async () => {
    // Off sale again: other tests list the portal's services.
    if (serviceId) {
      await graphql(
        baseUrl,
        'mutation ($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id } }',
        { id: serviceId, input: { active: false } },
        adminToken,
      );
    }
  });

  it('suggests a kite and a wetsuit from the student’s profile and chooses the kite size', async () => {
    const { locations } = await graphql<{ locations: { id: string; name: string }[] }>(
      baseUrl,
      '{ locations { id name } }',
      {},
      adminToken,
    );
    const created = await graphql<{ createService: { id: string } }>(
      baseUrl,
      'mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }',
      {
        input: {
          locationId: locations.find((l) => l.name === LOCATION)!.id,
          name: rentalName,
          kind: 'RENTAL',
          discipline: 'KITE',
          rentalPeriod: 'HOUR',
          durationMinutes: 60,
          capacity: 1,
          price: { amountMinor: 3000, currency: 'EUR' },
          equipmentCategories: ['KITE', 'WETSUIT'],
        },
      },
      adminToken,
    );
    serviceId = created.createService.id;
    const email = uniqueEmail('portal-sizing');
    const student = await onboardedCustomer(baseUrl, { email, password, name: studentName });
    const { me } = await graphql<{ me: { customer: { id: string } } }>(
      baseUrl,
      '{ me { customer { id } } }',
      {},
      student.token,
    );
    await graphql(
      baseUrl,
      'mutation ($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }',
      { id: me.customer.id, input: { weightKg: 75, heightCm: 178 } },
      student.token,
    );

    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });
    try {
      await page.goto('/portal/login');
      await signIn(page, EN, email, password);
      await page.getByRole('link', { name: 'Book a lesson' }).click();
      await page.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
      await page
        .getByRole('region', { name: LOCATION })
        .getByRole('button', { name: new RegExp(`^${rentalName}`) })
        .click();
      await page.getByRole('heading', { name: 'Choose a day and a time' }).waitFor();
      const label = new Intl.DateTimeFormat('en', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${localDate(10)}T12:00:00Z`));
      await page.getByRole('group', { name: 'Days' }).getByRole('button', { name: label }).click();
      await page.getByRole('region', { name: 'Free times' }).getByRole('button').first().click();
      await page.getByRole('heading', { name: 'Who is coming?' }).waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();

      await page.getByRole('heading', { name: 'Equipment sizes' }).waitFor();
      const mine = page.getByRole('region', { name: studentName });
      expect(await mine.getByLabel('Weight (kg)').inputValue()).toBe('75');
      await mine.getByText('Suggested wetsuit: L').waitFor();
      await mine.getByText('Enter the wind to get a kite size.').waitFor();
      await page.getByLabel('Wind (knots)').fill('18');
      await mine.getByText('Suggested kite: 9 m (8–10 m)').waitFor();
      await mine.getByRole('button', { name: 'Choose 9 m' }).click();
      await mine.getByRole('button', { name: '9 m chosen' }).waitFor();
      expect(
        await mine.getByRole('combobox', { name: `Kite for ${studentName}` }).inputValue(),
      ).toBe('9m');
      await screenshot(page, 'portal-book-sizing');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
