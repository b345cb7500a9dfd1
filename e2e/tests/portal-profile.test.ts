import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EN, PHONE, launchBrowser, openPage, screenshot, signIn } from '../support/browser';
import { graphql, onboardedCustomer, uniqueEmail } from '../support/graphql';

// A new account per run (the demo accounts are shared with other files), made over the API:
// it accepts the current documents and skips the onboarding, so the test starts on a profile
// with nothing but a name. Nothing here publishes a document.
const baseUrl = inject('baseUrl');
const PASSWORD = 'a quiet bay at sunrise';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface ApiProfile {
  name: string;
  locale: string;
  customer: {
    phone: string | null;
    birthDate: string | null;
    weightKg: number | null;
    heightCm: number | null;
    emergencyContactName: string | null;
    emergencyContactPhone: string | null;
    skills: { discipline: string; level: string }[];
    dependents: { name: string; birthDate: string | null }[];
  };
}

async function myProfile(token: string): Promise<ApiProfile> {
  const data = await graphql<{ me: ApiProfile }>(
    baseUrl,
    `
      {
        me {
          name
          locale
          customer {
            phone
            birthDate
            weightKg
            heightCm
            emergencyContactName
            emergencyContactPhone
            skills {
              discipline
              level
            }
            dependents {
              name
              birthDate
            }
          }
        }
      }
    `,
    {},
    token,
  );
  return data.me;
}

async function newStudent(name: string) {
  const email = uniqueEmail('profile');
  const { token } = await onboardedCustomer(baseUrl, { email, password: PASSWORD, name });
  return { email, token };
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** True when the page is no wider than the window: nothing to scroll sideways on a phone. */
const fitsTheWindow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function openEditor(region: Locator, editLabel: string) {
  await region.getByRole('button', { name: editLabel }).click();
  await region.getByRole('button', { name: 'Kaydet' }).waitFor();
}

describe('my profile on a phone', () => {
  it('edits each section in place in Turkish, keeps the changes over a reload, refuses a bad phone on its field', async () => {
    const { email, token } = await newStudent('Ece Yılmaz');
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });

    await page.goto('/portal/login');
    await signIn(page, EN, email, PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Hello, Ece' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Profile' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    await section(page, 'Personal details').getByText('Not given').first().waitFor();

    // The profile's language switch changes the app and the account at once.
    await section(page, 'Preferences').getByRole('button', { name: 'Türkçe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('tr');
    await expect.poll(async () => (await myProfile(token)).locale, { timeout: 10_000 }).toBe('tr');
    expect(await fitsTheWindow(page)).toBe(true);
    await screenshot(page, 'portal-profile-empty-tr');

    // A phone the API refuses: the message sits on the field, and nothing of the form is
    // saved (not the valid birth date either).
    const personal = section(page, 'Kişisel bilgiler');
    await openEditor(personal, 'Kişisel bilgileri düzenle');
    expect(await personal.getByLabel('Ad soyad').inputValue()).toBe('Ece Yılmaz');
    await personal.getByLabel('Cep telefonu').fill('numaram yok');
    await personal.getByLabel('Doğum tarihi').fill('1994-05-17');
    await personal.getByRole('button', { name: 'Kaydet' }).click();
    await personal.getByText('Bir telefon numarası girin, örneğin +90 532 123 45 67.').waitFor();
    await personal.getByText('Lütfen işaretli alanları kontrol edin.').waitFor();
    expect(await personal.getByLabel('Cep telefonu').getAttribute('aria-invalid')).toBe('true');
    expect(await fitsTheWindow(page)).toBe(true);
    await screenshot(page, 'portal-profile-phone-error-tr');
    const untouched = await myProfile(token);
    expect(untouched.customer.phone).toBeNull();
    expect(untouched.customer.birthDate).toBeNull();

    // Fixed, with a new name: the account is renamed with the record.
    await personal.getByLabel('Ad soyad').fill('Ece Su Yılmaz');
    await personal.getByLabel('Cep telefonu').fill('+90 532 111 22 33');
    await personal.getByRole('button', { name: 'Kaydet' }).click();
    await page.getByText('Kişisel bilgileriniz kaydedildi.').waitFor();
    await personal.getByText('+90 532 111 22 33', { exact: true }).waitFor();
    await personal.getByText('17 Mayıs 1994', { exact: true }).waitFor();
    expect(await personal.getByRole('button', { name: 'Kaydet' }).count()).toBe(0);

    const body = section(page, 'Kilo ve boy');
    await body
      .getByText('Yalnızca size uygun bedende ekipman seçmek için', { exact: false })
      .waitFor();
    await openEditor(body, 'Kilo ve boyu düzenle');
    await body.getByText('Kilo ve boyunuzu neden soruyoruz?').waitFor();
    await body.getByLabel('Kilo', { exact: true }).fill('72');
    await body.getByLabel('Boy', { exact: true }).fill('176');
    await body.getByRole('button', { name: 'Kaydet' }).click();
    await body.getByText('72 kg', { exact: true }).waitFor();
    await body.getByText('176 cm', { exact: true }).waitFor();

    const skills = section(page, 'Beceriler ve deneyim');
    await skills.getByText(/^Henüz spor eklenmedi/).waitFor();
    await openEditor(skills, 'Becerileri ve deneyimi düzenle');
    await skills.getByLabel('Kite sörfü').selectOption({ label: 'İleri' });
    await skills.getByLabel('Yelken').selectOption({ label: 'Başlangıç' });
    expect(await fitsTheWindow(page)).toBe(true);
    await skills.getByRole('button', { name: 'Kaydet' }).click();
    await page.getByText('Becerileriniz kaydedildi.').waitFor();
    await skills
      .getByRole('listitem')
      .filter({ hasText: 'Kite sörfü' })
      .getByText('İleri')
      .waitFor();

    const emergency = section(page, 'Acil durumda aranacak kişi');
    await openEditor(emergency, 'Acil durumda aranacak kişiyi düzenle');
    await emergency.getByLabel('Kişinin adı soyadı').fill('Ayşe Yılmaz');
    await emergency.getByLabel('Kişinin telefonu').fill('+90 533 444 55 66');
    await emergency.getByRole('button', { name: 'Kaydet' }).click();
    await emergency.getByText('Ayşe Yılmaz', { exact: true }).waitFor();

    // Cancel leaves what is saved as it was.
    await openEditor(emergency, 'Acil durumda aranacak kişiyi düzenle');
    await emergency.getByLabel('Kişinin adı soyadı').fill('Başka Biri');
    await emergency.getByRole('button', { name: 'Vazgeç' }).click();
    await emergency.getByText('Ayşe Yılmaz', { exact: true }).waitFor();
    expect(await emergency.getByText('Başka Biri').count()).toBe(0);

    // A family member, added under the guardian's own record.
    const family = section(page, 'Aile');
    await family.getByText('Henüz aile üyesi yok.').waitFor();
    await family.getByRole('button', { name: 'Aile üyesi ekle' }).click();
    await family.getByRole('button', { name: 'Ekle', exact: true }).click();
    await family.getByText('En fazla 200 karakterlik bir ad girin.').waitFor();
    await family.getByLabel('Ad soyad').fill('Defne Yılmaz');
    await family.getByLabel('Doğum tarihi').fill('2016-03-09');
    await family.getByRole('button', { name: 'Ekle', exact: true }).click();
    await page.getByText('Defne Yılmaz aile listenize eklendi.').waitFor();
    await family.getByText('Doğum tarihi: 9 Mart 2016').waitFor();
    expect(await fitsTheWindow(page)).toBe(true);
    await screenshot(page, 'portal-profile-saved-tr');

    // Everything is on the record, and comes back after a reload.
    expect(await myProfile(token)).toEqual({
      name: 'Ece Su Yılmaz',
      locale: 'tr',
      customer: {
        phone: '+90 532 111 22 33',
        birthDate: '1994-05-17',
        weightKg: 72,
        heightCm: 176,
        emergencyContactName: 'Ayşe Yılmaz',
        emergencyContactPhone: '+90 533 444 55 66',
        skills: [
          { discipline: 'KITE', level: 'ADVANCED' },
          { discipline: 'SAILING', level: 'BEGINNER' },
        ],
        dependents: [{ name: 'Defne Yılmaz', birthDate: '2016-03-09' }],
      },
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();
    await section(page, 'Kişisel bilgiler').getByText('Ece Su Yılmaz', { exact: true }).waitFor();
    await section(page, 'Kişisel bilgiler')
      .getByText('+90 532 111 22 33', { exact: true })
      .waitFor();
    await section(page, 'Kilo ve boy').getByText('72 kg', { exact: true }).waitFor();
    await section(page, 'Beceriler ve deneyim')
      .getByRole('listitem')
      .filter({ hasText: 'Kite sörfü' })
      .getByText('İleri')
      .waitFor();
    await section(page, 'Acil durumda aranacak kişi')
      .getByText('+90 533 444 55 66', { exact: true })
      .waitFor();
    await section(page, 'Aile').getByText('Defne Yılmaz', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Kaydet' }).count()).toBe(0);

    // The password fields' show/hide button speaks Turkish too.
    await page.getByRole('link', { name: /^Giriş ve güvenlik/ }).click();
    await page
      .getByRole('button', { name: 'Şifreyi göster', exact: true })
      .first()
      .waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: 'Toggle password visibility' }).count()).toBe(0);

    expect(problems).toEqual([]);
    await context.close();
  });
});
