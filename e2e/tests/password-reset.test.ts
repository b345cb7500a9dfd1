import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESK, EN, PHONE, launchBrowser, openPage, screenshot, signIn } from '../support/browser';
import { failedLogin, registerCustomer, tokenFor, uniqueEmail } from '../support/graphql';
import { readLatestMail, tokenLink } from '../support/mail';

const baseUrl = inject('baseUrl');
const OLD_PASSWORD = 'the old password, long enough';
const NEW_PASSWORD = 'a brand new sunny password';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const isResetMail = (mail: { subject: string }) => mail.subject === 'Reset your Plannivo password';

async function requestReset(page: Page, email: string) {
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
  // The address typed on the sign-in form comes along.
  expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
  await page.getByText(`If an account exists for ${email},`, { exact: false }).waitFor();
}

describe('password reset through the outbox', () => {
  it('mails a link, sets a new password, and only the new one signs in', async () => {
    const email = uniqueEmail('reset');
    await registerCustomer(baseUrl, { email, password: OLD_PASSWORD, name: 'Selin Demir' });
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });
    await page.goto('/portal/login');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel(EN.email, { exact: true }).fill(email);

    const requestedAt = new Date();
    await requestReset(page, email);
    await screenshot(page, 'portal-forgot-password-sent-en');

    const mail = await readLatestMail(email, { since: requestedAt, where: isResetMail });
    const link = tokenLink(mail);
    expect(link.origin).toBe(new URL(baseUrl).origin);
    expect(link.pathname).toBe('/portal/reset-password');

    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    const newPassword = page.getByLabel('New password', { exact: true });
    const repeat = page.getByLabel('Repeat the new password', { exact: true });

    // Checked before asking the API: length, then the repetition.
    await newPassword.fill('too short');
    await repeat.fill('too short');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByText('Use at least 12 characters.').waitFor();
    await newPassword.fill(NEW_PASSWORD);
    await repeat.fill(`${NEW_PASSWORD}!`);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByText('The two passwords do not match.').waitFor();

    // The API's own rules come back on the field, translated from their code: the email is
    // not a password.
    await newPassword.fill(`${email}xyz`);
    await repeat.fill(`${email}xyz`);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByText('Don’t use your email address or name in your password.').waitFor();
    await screenshot(page, 'portal-reset-password-rejected-en');

    await newPassword.fill(NEW_PASSWORD);
    await repeat.fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Password changed' }).waitFor();
    await screenshot(page, 'portal-reset-password-done-en');

    // The old password no longer works, in the app or over the API.
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, EN, email, OLD_PASSWORD);
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
    expect(await failedLogin(baseUrl, email, OLD_PASSWORD)).toBe('UNAUTHENTICATED');

    await signIn(page, EN, email, NEW_PASSWORD);
    // Signed in: this account still has to accept the terms (it was created over the API).
    await page.getByRole('dialog', { name: 'Before you continue' }).waitFor();
    expect(await tokenFor(baseUrl, email, NEW_PASSWORD)).toBeTruthy();

    // The link worked once.
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByLabel('New password', { exact: true }).fill('yet another long password');
    await page
      .getByLabel('Repeat the new password', { exact: true })
      .fill('yet another long password');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
    await page.getByRole('link', { name: 'Request a new link' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says the same for an unknown address, and the staff app has the same pages', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: DESK });
    await page.goto('/admin/login');
    await page.getByRole('button', { name: 'English' }).click();
    const email = uniqueEmail('nobody');
    await page.getByLabel(EN.email, { exact: true }).fill(email);
    await requestReset(page, email);
    await screenshot(page, 'admin-forgot-password-sent-en');

    await page.getByRole('link', { name: 'Back to sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await page.goto('/admin/reset-password');
    await page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
