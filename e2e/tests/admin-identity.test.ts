import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DESK,
  EN,
  PHONE,
  animationsSettled,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  signInToAdmin,
  type TrackedPage,
} from '../support/browser';
import { graphql, tokenFor, uniqueEmail } from '../support/graphql';
import { readLatestMail, tokenLink } from '../support/mail';

// Never publishes TERMS or PRIVACY: every other test's accounts would have to accept again.
// A MARKETING version is optional for everyone, so publishing one is harmless.
const baseUrl = inject('baseUrl');
const PASSWORD = 'wind over the lagoon at dawn';
let browser: Browser;
/** One administrator's session for the whole file: sign-ins are rate limited per account. */
let admin: TrackedPage;
let adminToken: string;

beforeAll(async () => {
  browser = await launchBrowser();
  adminToken = await tokenFor(baseUrl, demoEmail('admin'), DEMO_PASSWORD);
  admin = await openPage(browser, baseUrl, { viewport: DESK });
  await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: baseUrl,
  });
  await signInToAdmin(admin.page, 'admin');
});

afterAll(async () => {
  await admin?.context.close();
  await browser?.close();
});

/** Opens an admin page from the side navigation, as a person would. */
async function openFromMenu(page: Page, label: string, path: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', {
      name: label,
      exact: true,
    })
    .click();
  await page.waitForURL(`**/admin${path}`);
}

/** A table row that mentions all of `texts`. */
const rowWith = (page: Page, ...texts: string[]) =>
  texts.reduce((rows, text) => rows.filter({ hasText: text }), page.locator('tbody tr')).first();

/** A staff account made through the API: invited, then accepted with the mailed token. */
async function createStaff(name: string) {
  const email = uniqueEmail('staff');
  const since = new Date();
  await graphql(
    baseUrl,
    'mutation ($input: InviteStaffInput!) { inviteStaff(input: $input) { id } }',
    { input: { email, name, role: 'INSTRUCTOR', locationIds: [] } },
    adminToken,
  );
  const token = tokenLink(await readLatestMail(email, { since })).searchParams.get('token');
  await graphql(
    baseUrl,
    'mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(token: $token, name: $name, password: $password) { token } }',
    { token, name, password: PASSWORD },
  );
  return { email, name };
}

describe('admin: identity and access', () => {
  it('invites a staff member, lists them as pending, and their link opens the app', async () => {
    const { page, problems } = admin;
    const email = uniqueEmail('invitee');
    const name = 'Ece Rüzgâr';

    await openFromMenu(page, 'Invitations', '/invitations');
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    await page.getByRole('button', { name: 'Invite staff' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Invite staff' });
    await dialog.getByRole('textbox', { name: /^Email/ }).fill(email);
    await dialog.getByRole('textbox', { name: /^Full name/ }).fill(name);
    await dialog.getByRole('combobox', { name: 'Locations' }).click();
    await page.getByRole('option', { name: 'Akyaka Kite Center' }).click();
    await dialog.getByRole('heading', { name: 'Invite staff' }).click(); // closes the dropdown
    await animationsSettled(page);
    await screenshot(page, 'admin-invite-modal-en');
    const since = new Date();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const row = rowWith(page, email);
    await row.getByText('Pending', { exact: true }).waitFor();
    await row.getByText('Instructor', { exact: true }).waitFor();
    await row.getByText('Akyaka Kite Center').waitFor();
    const statusFilter = page.getByRole('radiogroup', { name: 'Status' });
    await statusFilter.getByText('Pending', { exact: true }).click();
    await page.waitForURL(/[?&]status=PENDING/);
    await rowWith(page, email).waitFor();
    await screenshot(page, 'admin-invitations-en');

    // The invitee opens the mailed link in a browser of their own.
    const link = tokenLink(await readLatestMail(email, { since }));
    expect(link.pathname).toBe('/admin/accept-invitation');
    const invitee = await openPage(browser, baseUrl);
    try {
      await invitee.page.goto(`${link.pathname}${link.search}`);
      await invitee.page.getByRole('button', { name: 'English' }).click();
      await invitee.page
        .getByRole('heading', { level: 1, name: 'Join your team on Plannivo' })
        .waitFor();
      await invitee.page.getByText(email, { exact: true }).waitFor();
      expect(await invitee.page.getByLabel('Your name').inputValue()).toBe(name);
      await invitee.page.getByLabel('Password', { exact: true }).fill('too short');
      await invitee.page.getByRole('button', { name: 'Create my account' }).click();
      await invitee.page.getByText('Use at least 12 characters.').waitFor();
      await invitee.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await invitee.page.getByRole('checkbox', { name: /I have read and accept/ }).check();
      await screenshot(invitee.page, 'admin-accept-invitation-en');
      await invitee.page.getByRole('button', { name: 'Create my account' }).click();

      await invitee.page.waitForURL(/\/admin\/?$/);
      await invitee.page.getByRole('heading', { level: 1, name: 'Welcome, Ece' }).waitFor();
      const menu = invitee.page.getByRole('navigation', { name: 'Main navigation' });
      expect(await menu.getByRole('link').allInnerTexts()).toEqual([
        'Dashboard',
        'Rentals',
        'Agenda',
        'Locations',
        'Equipment',
        'Teaching profile',
      ]);

      // Used once: the same link now says so instead of offering the form again.
      await invitee.page.goto(`${link.pathname}${link.search}`);
      await invitee.page
        .getByRole('heading', { level: 1, name: 'This invitation link cannot be used' })
        .waitFor();
      expect(invitee.problems).toEqual([]);
    } finally {
      await invitee.context.close();
    }

    await statusFilter.getByText('Accepted', { exact: true }).click();
    // The badge, then the detail line ("Accepted now").
    await rowWith(page, email).getByText('Accepted', { exact: true }).first().waitFor();
    expect(problems).toEqual([]);
  });

  it('creates an API key, shows its secret once, and revokes it', async () => {
    const { page, problems } = admin;
    const keyName = `Booking widget ${Date.now().toString(36)}`;

    await openFromMenu(page, 'API keys', '/api-keys');
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await page.getByRole('button', { name: 'Create API key' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(keyName);
    await dialog.getByRole('checkbox', { name: /^Manage bookings/ }).click();
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const shown = page.getByRole('dialog', { name: 'Your new API key' });
    await shown.getByText('Copy the key now: it is shown only once').waitFor();
    const secret = (await shown.getByTestId('api-key-secret').innerText()).trim();
    expect(secret.length).toBeGreaterThan(30);
    await animationsSettled(page);
    await screenshot(page, 'admin-api-key-secret-en');

    // Leaving without copying is questioned; copying puts the very secret on the clipboard.
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.getByText(/You have not copied the key/).waitFor();
    await shown.getByRole('button', { name: 'Copy key' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.waitFor({ state: 'hidden' });

    // The key works, with the access it was given, and is never shown again.
    const viaKey = await graphql<{ locations: unknown[] }>(
      baseUrl,
      '{ locations { id } }',
      {},
      secret,
    );
    expect(viaKey.locations.length).toBeGreaterThan(0);
    const row = rowWith(page, keyName);
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByText('Read', { exact: true }).waitFor();
    await row.getByText('Manage bookings', { exact: true }).waitFor();
    await page.reload();
    await rowWith(page, keyName).waitFor();
    expect(await page.content()).not.toContain(secret);

    await rowWith(page, keyName)
      .getByRole('button', { name: `Revoke ${keyName}` })
      .click();
    const confirm = page.getByRole('dialog', { name: `Revoke “${keyName}”?` });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await rowWith(page, keyName).getByText('Revoked', { exact: true }).waitFor();
    await expect(graphql(baseUrl, '{ locations { id } }', {}, secret)).rejects.toThrow();
    await screenshot(page, 'admin-api-keys-en');
    expect(problems).toEqual([]);
  });

  it("changes a staff member's role, and keeps the admin's own role out of reach", async () => {
    const { page, problems } = admin;
    const staff = await createStaff('Kaan Dalga');

    await openFromMenu(page, 'Users', '/users');
    await page.getByRole('heading', { level: 1, name: 'Users & roles' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill(staff.email);
    await page.waitForURL(/[?&]q=/);
    const row = rowWith(page, staff.email);
    await row.getByText('Instructor', { exact: true }).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);

    await row.getByRole('button', { name: `Edit ${staff.name}` }).click();
    const drawer = page.getByRole('dialog', { name: 'Edit user' });
    await drawer.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Manager' }).click();
    await drawer.getByText(/^Runs the locations they work at/).waitFor();
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Changes to ${staff.name} saved.`).waitFor();
    await drawer.waitFor({ state: 'hidden' });
    await rowWith(page, staff.email).getByText('Manager', { exact: true }).waitFor();

    const check = await graphql<{ users: { edges: { node: { role: string } }[] } }>(
      baseUrl,
      'query ($search: String) { users(filter: { search: $search }) { edges { node { role } } } }',
      { search: staff.email },
      adminToken,
    );
    expect(check.users.edges.map((edge) => edge.node.role)).toEqual(['MANAGER']);

    // The administrator's own row: marked, and the role cannot be changed from here.
    await page.getByRole('searchbox', { name: 'Search' }).fill(demoEmail('admin'));
    const own = rowWith(page, demoEmail('admin'));
    await own.getByText('You', { exact: true }).waitFor();
    await own.getByRole('button', { name: /^Edit / }).click();
    await drawer.getByText('You cannot change your own role. Another administrator can.').waitFor();
    expect(await drawer.getByRole('combobox', { name: 'Role' }).isDisabled()).toBe(true);
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'hidden' });

    // On a phone the same people are a list of buttons, each opening the same drawer.
    await page.setViewportSize(PHONE);
    await page.getByRole('searchbox', { name: 'Search' }).fill(staff.email);
    const item = page.getByRole('button', { name: `Edit ${staff.name}` });
    await item.waitFor();
    expect(await page.locator('table').count()).toBe(0);
    await animationsSettled(page);
    await screenshot(page, 'admin-users-phone-en');
    await page.setViewportSize(DESK);
    expect(problems).toEqual([]);
  });

  it('publishes a marketing version; terms would need an explicit acknowledgement', async () => {
    const { page, problems } = admin;
    const title = `Marketing consent ${Date.now().toString(36)}`;

    await openFromMenu(page, 'Legal documents', '/legal');
    await page.getByRole('heading', { level: 1, name: 'Legal documents' }).waitFor();
    await page
      .getByRole('article', { name: 'Terms of service' })
      .getByText('Must accept')
      .waitFor();

    await page
      .getByRole('button', { name: 'Publish a new version of the Terms of service' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Publish a new version' });
    await dialog.getByText('Everyone will have to accept this again').waitFor();
    const publishTerms = dialog.getByRole('button', { name: 'Publish Terms of service' });
    expect(await publishTerms.isDisabled()).toBe(true);
    await animationsSettled(page);
    await screenshot(page, 'admin-legal-publish-terms-en');

    await dialog.getByRole('radiogroup').getByText('Marketing consent', { exact: true }).click();
    await dialog.getByText(/^Marketing consent is optional/).waitFor();
    await dialog.getByRole('textbox', { name: /^Title/ }).fill(title);
    await dialog
      .getByRole('textbox', { name: /^Text/ })
      .fill('We may send you news about lessons.');
    await dialog.getByRole('button', { name: 'Publish Marketing consent' }).click();
    await page.getByText('New version published', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: /^Marketing consent/ }).click();
    const newest = rowWith(page, title);
    await newest.getByText('Current', { exact: true }).waitFor();
    await newest.getByRole('button', { name: /^Read version / }).click();
    await page.getByRole('dialog', { name: title }).getByText('We may send you news').waitFor();
    await screenshot(page, 'admin-legal-en');
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });
});

describe('manager: identity pages are not for them', () => {
  it('finds none of them in the menu, and a direct link says "No access"', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl);
    const adminQueries: string[] = [];
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      if (/query (Users|Invitations|ApiKeys|LegalDocuments)\b/.test(body)) {
        adminQueries.push(body.slice(0, 60));
      }
    });
    try {
      await page.goto('/admin/login');
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, EN, demoEmail('manager'));
      const menu = page.getByRole('navigation', { name: 'Main navigation' });
      await menu.getByRole('link', { name: 'Locations', exact: true }).waitFor();
      for (const label of ['Users', 'Invitations', 'API keys', 'Legal documents']) {
        expect(await menu.getByRole('link', { name: label, exact: true }).count(), label).toBe(0);
      }
      for (const path of ['/users', '/invitations', '/api-keys', '/legal']) {
        await page.goto(`/admin${path}`);
        await page.getByText('No access', { exact: true }).waitFor();
        await page.getByText('Your role does not give access to this page.').waitFor();
      }
      expect(adminQueries).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
