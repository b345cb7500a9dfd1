import type { Browser } from 'playwright-core';
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

// Sizing in the admin booking wizard: a manager books a kite lesson for the demo student's
// daughter, Lina Schneider (48 kg, 158 cm on her record). The equipment step's sizing panel
// is prefilled from her record; with 12 knots of wind it suggests a 9 m kite (8–10 m) by the
// weight × 2.2 ÷ wind rule, and its button puts a free 9 m kite on her gear line. Books nothing.
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
