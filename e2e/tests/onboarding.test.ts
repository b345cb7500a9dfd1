import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  EN,
  PHONE,
  animationsSettled,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from '../support/browser';
import { myOnboarding, tokenFor, uniqueEmail } from '../support/graphql';

// New accounts only, made through the portal's sign-up form, which accepts the TERMS and
// PRIVACY versions the demo seed published. Nothing here publishes a document.
const baseUrl = inject('baseUrl');
const PASSWORD = 'a long walk on the beach';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const TR_SIGNUP = {
  language: 'Türkçe',
  createAccount: 'Hesap oluşturun',
  title: 'Hesabınızı oluşturun',
  name: 'Ad soyad',
  email: 'E-posta',
  password: 'Şifre',
  accept: /okudum ve kabul ediyorum/,
  submit: 'Hesap oluştur',
};
const EN_SIGNUP = {
  language: 'English',
  createAccount: 'Create an account',
  title: 'Create your account',
  name: 'Full name',
  email: 'Email',
  password: 'Password',
  accept: /^I have read and accept the /,
  submit: 'Create account',
};

/** Signs up on the portal from its sign-in page, in the language picked there first. */
async function signUp(page: Page, words: typeof TR_SIGNUP, name: string, email: string) {
  await page.goto('/portal/login');
  await page.getByRole('button', { name: words.language }).click();
  await page.getByRole('link', { name: words.createAccount }).click();
  await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
  await page.getByLabel(words.name).fill(name);
  await page.getByLabel(words.email, { exact: true }).fill(email);
  await page.getByLabel(words.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('checkbox', { name: words.accept }).check();
  await page.getByRole('button', { name: words.submit }).click();
}

const stepHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

describe('onboarding on a phone', () => {
  it('walks a new Turkish-speaking student through every step and saves each one', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });
    const email = uniqueEmail('onboarding-tr');
    await signUp(page, TR_SIGNUP, 'Zeynep Çelik', email);

    // Step 1: about you, and why weight and height are asked.
    await stepHeading(page, 'Sizi tanıyalım').waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/onboarding');
    await page.getByText('Adım 1 / 4').waitFor();
    await page.getByText('Kilo ve boyunuzu neden soruyoruz?').waitFor();
    await page.getByRole('button', { name: 'Şimdilik geç' }).waitFor();
    await screenshot(page, 'portal-onboarding-profile-tr');

    // The API's refusals land on the fields, in Turkish: the range checks of its input
    // first, then its own rules.
    await page.getByLabel('Cep telefonu').fill('numaram yok');
    await page.getByLabel('Kilo', { exact: true }).fill('400');
    await page.getByRole('button', { name: 'Kaydet ve devam et' }).click();
    await page.getByText('10 ile 250 kg arasında bir kilo girin.').waitFor();
    await page.getByText('Lütfen işaretli alanları kontrol edin.').waitFor();
    expect(await page.getByLabel('Kilo', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.getByLabel('Kilo', { exact: true }).fill('64');
    await page.getByRole('button', { name: 'Kaydet ve devam et' }).click();
    await page.getByText('Bir telefon numarası girin, örneğin +90 532 123 45 67.').waitFor();
    expect(await page.getByText('10 ile 250 kg arasında bir kilo girin.').count()).toBe(0);
    expect(await page.getByLabel('Cep telefonu').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'portal-onboarding-profile-errors-tr');

    await page.getByLabel('Cep telefonu').fill('+90 532 111 22 33');
    await page.getByLabel('Doğum tarihi').fill('1994-05-17');
    await page.getByLabel('Boy', { exact: true }).fill('171');
    await page.getByRole('button', { name: 'Kaydet ve devam et' }).click();

    // Step 2: a level per sport, or never tried.
    await stepHeading(page, 'Beceriler ve deneyim').waitFor();
    await page.getByText('Adım 2 / 4').waitFor();
    expect(await page.getByLabel('Dalış').inputValue()).toBe('');
    await page.getByLabel('Kite sörfü').selectOption({ label: 'Orta' });
    await page.getByLabel('Sörf', { exact: true }).selectOption({ label: 'İleri' });
    await page.getByLabel('Rüzgâr sörfü').selectOption({ label: 'Başlangıç' });
    await screenshot(page, 'portal-onboarding-skills-tr');
    await page.getByRole('button', { name: 'Kaydet ve devam et' }).click();

    // Step 3: emergency contact.
    await stepHeading(page, 'Acil durumda aranacak kişi').waitFor();
    await page.getByText('Adım 3 / 4').waitFor();
    await page.getByLabel('Kişinin adı soyadı').fill('Ayşe Çelik');
    await page.getByLabel('Kişinin telefonu').fill('+90 533 444 55 66');
    await page.getByRole('button', { name: 'Kaydet ve devam et' }).click();

    // Step 4: preferences, in the language chosen on the sign-in page.
    await stepHeading(page, 'Tercihler').waitFor();
    await page.getByText('Adım 4 / 4').waitFor();
    expect(await page.getByRole('radio', { name: 'Türkçe' }).isChecked()).toBe(true);
    await page
      .getByRole('checkbox', { name: 'Haberleri ve kampanyaları bana e-postayla gönder' })
      .check();
    await screenshot(page, 'portal-onboarding-preferences-tr');
    await page.getByRole('button', { name: 'Bitir' }).click();

    await page.getByRole('heading', { level: 1, name: 'Her şey hazır!' }).waitFor();
    await animationsSettled(page);
    await screenshot(page, 'portal-onboarding-done-tr');

    const token = await tokenFor(baseUrl, email, PASSWORD);
    expect(await myOnboarding(baseUrl, token)).toEqual({
      onboardingStep: 'DONE',
      locale: 'tr',
      marketingOptIn: true,
      customer: {
        phone: '+90 532 111 22 33',
        birthDate: '1994-05-17',
        weightKg: 64,
        heightCm: 171,
        emergencyContactName: 'Ayşe Çelik',
        emergencyContactPhone: '+90 533 444 55 66',
        skills: [
          { discipline: 'KITE', level: 'INTERMEDIATE' },
          { discipline: 'WINDSURF', level: 'BEGINNER' },
          { discipline: 'SURF', level: 'ADVANCED' },
        ],
      },
    });

    await page.getByRole('link', { name: 'Ana sayfaya git' }).click();
    await page.getByRole('heading', { level: 1, name: 'Merhaba, Zeynep' }).waitFor();
    // Finished: the onboarding does not come back.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Merhaba, Zeynep' }).waitFor();
    await page.goto('/portal/onboarding');
    await page.getByRole('heading', { level: 1, name: 'Merhaba, Zeynep' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('resumes at the saved step with the saved values, after a reload and a new sign-in', async () => {
    const first = await openPage(browser, baseUrl, { viewport: PHONE });
    const email = uniqueEmail('onboarding-resume');
    await signUp(first.page, EN_SIGNUP, 'Deniz Arslan', email);

    await stepHeading(first.page, 'About you').waitFor();
    await first.page.getByLabel('Mobile phone').fill('0532 765 43 21');
    await first.page.getByLabel('Date of birth').fill('1988-11-02');
    await first.page.getByLabel('Weight', { exact: true }).fill('81');
    await first.page.getByLabel('Height', { exact: true }).fill('186');
    await first.page.getByRole('button', { name: 'Save and continue' }).click();
    await stepHeading(first.page, 'Skills and experience').waitFor();

    const token = await tokenFor(baseUrl, email, PASSWORD);
    await expect
      .poll(async () => (await myOnboarding(baseUrl, token)).onboardingStep, { timeout: 10_000 })
      .toBe('SKILLS');

    // A reload lands on step 2; Back shows step 1 as it was saved.
    await first.page.reload();
    await stepHeading(first.page, 'Skills and experience').waitFor();
    await first.page.getByText('Step 2 of 4').waitFor();
    await first.page.getByRole('button', { name: 'Back' }).click();
    await stepHeading(first.page, 'About you').waitFor();
    expect(await first.page.getByLabel('Mobile phone').inputValue()).toBe('0532 765 43 21');
    expect(await first.page.getByLabel('Date of birth').inputValue()).toBe('1988-11-02');
    expect(await first.page.getByLabel('Weight', { exact: true }).inputValue()).toBe('81');
    expect(await first.page.getByLabel('Height', { exact: true }).inputValue()).toBe('186');
    // Saving it again moves on without moving the saved progress back.
    await first.page.getByRole('button', { name: 'Save and continue' }).click();
    await stepHeading(first.page, 'Skills and experience').waitFor();
    await first.page.getByLabel('Wing foiling').selectOption({ label: 'Expert' });
    await first.page.getByRole('button', { name: 'Save and continue' }).click();
    await stepHeading(first.page, 'Emergency contact').waitFor();
    expect((await myOnboarding(baseUrl, token)).onboardingStep).toBe('EMERGENCY');
    expect(first.problems).toEqual([]);
    // The browser closes mid-way.
    await first.context.close();

    // Signing in again, anywhere in the portal, leads back to step 3.
    const second = await openPage(browser, baseUrl, { viewport: PHONE });
    await second.page.goto('/portal/profile');
    await second.page.waitForURL('**/portal/login');
    await second.page.getByRole('button', { name: 'English' }).click();
    await signIn(second.page, EN, email, PASSWORD);
    await stepHeading(second.page, 'Emergency contact').waitFor();
    expect(new URL(second.page.url()).pathname).toBe('/portal/onboarding');
    await second.page.getByRole('button', { name: 'Back' }).click();
    await stepHeading(second.page, 'Skills and experience').waitFor();
    expect(await second.page.getByLabel('Wing foiling').inputValue()).toBe('EXPERT');

    // "Skip for now" ends it and goes home, for good.
    await second.page.getByRole('button', { name: 'Skip for now' }).click();
    await second.page.getByRole('heading', { level: 1, name: 'Hello, Deniz' }).waitFor();
    expect((await myOnboarding(baseUrl, token)).onboardingStep).toBe('DONE');
    expect((await myOnboarding(baseUrl, token)).customer?.skills).toEqual([
      { discipline: 'WING', level: 'EXPERT' },
    ]);
    await second.page.reload();
    await second.page.getByRole('heading', { level: 1, name: 'Hello, Deniz' }).waitFor();
    expect(second.problems).toEqual([]);
    await second.context.close();
  });
});
