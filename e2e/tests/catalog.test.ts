import type { Browser, Locator } from 'playwright-core';
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

// An administrator opens a location, sets its opening hours and tax, and builds its catalog:
// a group kite lesson for 4 and a 10-hour course valid 90 days. The location is new and named
// for this run, so the demo school's own locations (other tests read them) stay as they are;
// its name sorts between the demo ones, so their first location stays the first.
const baseUrl = inject('baseUrl');
let browser: Browser;
/** One admin session for the whole file: sign-ins are rate limited per account. */
let admin: TrackedPage;
let adminToken: string;

const suffix = Math.random().toString(36).slice(2, 8);
const locationName = `Peniche Surf Camp ${suffix}`;
const lessonName = `Group kite lesson ${suffix}`;
const packageName = `10-hour kite course ${suffix}`;
const LOCATION_URL = /\/admin\/locations\/([0-9a-f-]{36})$/;
let locationId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  adminToken = await tokenFor(baseUrl, demoEmail('admin'), DEMO_PASSWORD);
  admin = await openPage(browser, baseUrl, { viewport: DESK });
  await signInToAdmin(admin.page, 'admin');
});

afterAll(async () => {
  await admin?.context.close();
  await browser?.close();
});

/** Picks `option` in a Mantine Select, typing `search` first into a searchable one. */
async function choose(select: Locator, option: string | RegExp, search?: string) {
  await select.click();
  if (search) await select.fill(search);
  await select.page().getByRole('option', { name: option }).click();
}

const nav = (name: string) =>
  admin.page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name, exact: true });

describe('admin: a location and its catalog', () => {
  it('opens a location, sets its opening hours and tax rate, and finds them after a reload', async () => {
    const { page } = admin;
    await nav('Locations').click();
    await page.getByRole('heading', { level: 1, name: 'Locations' }).waitFor();

    await page.getByRole('button', { name: 'New location' }).click();
    const create = page.getByRole('dialog', { name: 'New location' });
    await create.getByRole('textbox', { name: /^Location name/ }).fill(locationName);
    await choose(create.getByRole('combobox', { name: /^Time zone/ }), /^Europe\/Lisbon/, 'Lisbon');
    await choose(create.getByRole('combobox', { name: /^Currency/ }), /^EUR – /, 'EUR');
    await create.getByRole('button', { name: 'Create location' }).click();
    await page.waitForURL(LOCATION_URL);
    locationId = LOCATION_URL.exec(page.url())![1]!;
    await page.getByRole('heading', { level: 1, name: locationName }).waitFor();

    // Monday 08:30–17:45, copied to the whole week, then Sunday closed.
    await page.getByRole('switch', { name: 'Open on Monday' }).check();
    await page.getByLabel('Monday opens at').fill('08:30');
    await page.getByLabel('Monday closes at').fill('17:45');
    await page.getByRole('button', { name: 'Use the hours of Monday every day' }).click();
    await page.getByRole('switch', { name: 'Open on Sunday' }).uncheck();
    // A Saturday that closes before it opens is refused on its row, before anything is sent.
    await page.getByLabel('Saturday closes at').fill('07:00');

    const tax = page.getByRole('textbox', { name: /^Tax rate/ });
    await tax.fill('8.5');
    // A segmented control's radios are hidden behind their labels: click the label.
    await page.getByText('Tax added on top', { exact: true }).click();
    const email = page.getByRole('textbox', { name: /^Email/ });
    await email.fill('peniche@');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Enter an email address such as info@school.com.').waitFor();
    await page.getByText('Closing must be after opening.').waitFor();

    await email.fill('peniche@school.test');
    await page.getByLabel('Saturday closes at').fill('13:00');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`${locationName} saved.`).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: locationName }).waitFor();
    expect(await page.getByLabel('Monday opens at').inputValue()).toBe('08:30');
    expect(await page.getByLabel('Friday closes at').inputValue()).toBe('17:45');
    expect(await page.getByLabel('Saturday closes at').inputValue()).toBe('13:00');
    expect(await page.getByRole('switch', { name: 'Open on Sunday' }).isChecked()).toBe(false);
    expect(await page.getByRole('textbox', { name: /^Tax rate/ }).inputValue()).toBe('8.5');
    expect(await page.getByRole('radio', { name: 'Tax added on top' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: /^Email/ }).inputValue()).toBe(
      'peniche@school.test',
    );
    await screenshot(page, 'admin-location-detail-en');

    // What the API keeps: local HH:MM per weekday and the rate in basis points.
    const { location } = await graphql<{
      location: {
        currency: string;
        timezone: string;
        openingHours: Array<{ weekday: number; open: string; close: string }>;
        taxRateBasisPoints: number;
        taxInclusive: boolean;
      };
    }>(
      baseUrl,
      'query ($id: ID!) { location(id: $id) { currency timezone openingHours { weekday open close } taxRateBasisPoints taxInclusive } }',
      { id: locationId },
      adminToken,
    );
    expect(location).toEqual({
      currency: 'EUR',
      timezone: 'Europe/Lisbon',
      openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({
        weekday,
        open: '08:30',
        close: weekday === 6 ? '13:00' : '17:45',
      })),
      taxRateBasisPoints: 850,
      taxInclusive: false,
    });

    // The list links to the page.
    await page.getByRole('link', { name: 'All locations' }).click();
    await page.getByRole('link', { name: locationName }).click();
    await page.waitForURL(LOCATION_URL);
  });

  it('creates a group kite lesson for 4 and a 10-hour course valid 90 days, and lists both', async () => {
    const { page, problems } = admin;
    expect(locationId).not.toBe('');
    await nav('Catalog').click();
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await choose(page.getByRole('combobox', { name: 'Location' }), locationName);
    await page.getByText('Prices in EUR').waitFor();
    await page.getByText('Nothing on sale here yet').waitFor();

    // The lesson: a group of 4, two hours, €65.50.
    await page.getByRole('button', { name: 'New service' }).first().click();
    const service = page.getByRole('dialog', { name: 'New service' });
    await service.getByRole('textbox', { name: /^Name/ }).fill(lessonName);
    await service.getByText('Group', { exact: true }).click();
    expect(await service.getByRole('radio', { name: 'Group' }).isChecked()).toBe(true);
    const seats = service.getByRole('textbox', { name: /^Students/ });
    await seats.fill('21');
    await service.getByRole('textbox', { name: /^Duration/ }).fill('120');
    await service.getByRole('textbox', { name: /^Price per lesson/ }).fill('65.50');
    await service.getByRole('button', { name: 'Create service' }).click();
    await service.getByText('Enter 2 to 20.').waitFor();
    await screenshot(page, 'admin-catalog-new-service-en');
    await seats.fill('4');
    await service.getByRole('button', { name: 'Create service' }).click();
    await service.waitFor({ state: 'detached' });

    const lessonRow = page.getByRole('row', { name: new RegExp(lessonName) });
    await lessonRow.waitFor();
    for (const cell of ['Lesson', 'Kitesurfing', 'Group', '2 h', '4', '€65.50']) {
      await lessonRow.getByText(cell, { exact: true }).waitFor();
    }
    // The kind filter asks the API: a rental filter hides the lesson, a lesson filter shows it.
    await choose(page.getByRole('combobox', { name: 'Kind' }), 'Rental');
    await page.getByText('No service matches').waitFor();
    await choose(page.getByRole('combobox', { name: 'Kind' }), 'Lesson');
    await lessonRow.waitFor();

    // The course: 5 sessions of the two-hour lesson are 10 hours, valid 90 days, €300.
    await page.getByRole('tab', { name: 'Packages' }).click();
    await page.getByText('No packages yet').waitFor();
    await page.getByRole('button', { name: 'New package' }).first().click();
    const course = page.getByRole('dialog', { name: 'New package' });
    await course.getByRole('textbox', { name: /^Name/ }).fill(packageName);
    await course.getByRole('textbox', { name: /^Valid for/ }).fill('90');
    await course.getByRole('textbox', { name: /^Package price/ }).fill('300');
    await choose(course.getByRole('combobox', { name: 'Service 1' }), lessonName, 'Group kite');
    await course.getByRole('textbox', { name: 'Sessions of service 1' }).fill('5');
    await course.getByText('Lesson time: 10 h').waitFor();
    await screenshot(page, 'admin-catalog-new-package-en');
    await course.getByRole('button', { name: 'Create package' }).click();
    await course.waitFor({ state: 'detached' });

    const courseRow = page.getByRole('row', { name: new RegExp(packageName) });
    await courseRow.waitFor();
    for (const cell of [`5 × ${lessonName}`, '10 h', '90 days', '€300.00']) {
      await courseRow.getByRole('cell', { name: cell, exact: true }).waitFor();
    }

    // Both are there after a reload, on the tab and location the address keeps.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await courseRow.waitFor();
    await screenshot(page, 'admin-catalog-packages-en');
    await page.getByRole('tab', { name: 'Services' }).click();
    await lessonRow.waitFor();
    await screenshot(page, 'admin-catalog-services-en');

    // In Turkish: the same rows, prices with a decimal comma. English again afterwards (the
    // switch is saved on the account, which other files sign in with).
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await page.getByRole('tab', { name: 'Hizmetler' }).waitFor();
    for (const cell of ['Ders', 'Kitesurf', 'Grup', '2 sa', '€65,50']) {
      await lessonRow.getByText(cell, { exact: true }).waitFor();
    }
    await screenshot(page, 'admin-catalog-services-tr');
    await page.getByRole('tab', { name: 'Paketler' }).click();
    await courseRow.getByRole('cell', { name: `5 seans × ${lessonName}`, exact: true }).waitFor();
    await courseRow.getByRole('cell', { name: '90 gün', exact: true }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Packages' }).waitFor();

    const saved = await graphql<{
      services: Array<Record<string, unknown>>;
      packages: Array<Record<string, unknown>>;
    }>(
      baseUrl,
      `
        query ($id: ID!) {
          services(locationId: $id) {
            name
            kind
            discipline
            lessonFormat
            capacity
            durationMinutes
            price {
              amountMinor
              currency
            }
          }
          packages(locationId: $id) {
            name
            validityDays
            gift
            price {
              amountMinor
              currency
            }
            items {
              quantity
              service {
                name
              }
            }
          }
        }
      `,
      { id: locationId },
      adminToken,
    );
    expect(saved.services).toEqual([
      {
        name: lessonName,
        kind: 'LESSON',
        discipline: 'KITE',
        lessonFormat: 'GROUP',
        capacity: 4,
        durationMinutes: 120,
        price: { amountMinor: 6550, currency: 'EUR' },
      },
    ]);
    expect(saved.packages).toEqual([
      {
        name: packageName,
        validityDays: 90,
        gift: false,
        price: { amountMinor: 30000, currency: 'EUR' },
        items: [{ quantity: 5, service: { name: lessonName } }],
      },
    ]);
    expect(problems).toEqual([]);
  });
});
