import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/imports.json';
import tr from '../../../locales/tr/imports.json';
import type { ImportProblem } from './kinds';
import { problemText, type Translator } from './reasons';

async function translator(lng: 'en' | 'tr'): Promise<Translator> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    ns: ['imports'],
    defaultNS: 'imports',
    resources: { en: { imports: en }, tr: { imports: tr } },
    interpolation: { escapeValue: false },
  });
  return {
    t: (key, options) => i18n.t(key as never, options as never) as unknown as string,
    exists: (key) => i18n.exists(key),
  };
}

const problem = (p: Partial<ImportProblem>): ImportProblem => ({
  field: null,
  code: 'INVALID',
  message: 'english',
  otherLine: null,
  value: null,
  ...p,
});

describe('problemText', () => {
  it('uses the sentence of the field and code where there is one', async () => {
    const [enT, trT] = await Promise.all([translator('en'), translator('tr')]);
    const email = problem({ field: 'email', code: 'DUPLICATE_IN_FILE', otherLine: 4 });
    expect(problemText(enT, 'customers', email)).toEqual({
      field: 'Email',
      reason: 'Same email as row 4.',
    });
    expect(problemText(trT, 'customers', email)).toEqual({
      field: 'E-posta',
      reason: '4. satırla aynı e-posta.',
    });
  });

  it('falls back to the code’s own sentence, with its value', async () => {
    const trT = await translator('tr');
    expect(
      problemText(
        trT,
        'packages',
        problem({ field: 'items', code: 'UNKNOWN_SERVICE', value: 'Uçan halı' }),
      ),
    ).toEqual({ field: 'İçerik', reason: 'Konumda “Uçan halı” adında bir hizmet yok.' });
    expect(
      problemText(
        trT,
        'packages',
        problem({ field: 'price', code: 'AMBIGUOUS_AMOUNT', value: '4.500' }),
      ),
    ).toEqual({
      field: 'Fiyat',
      reason: '“4.500” iki türlü okunabilir; kuruşuyla yazın, örneğin 4500,00.',
    });
  });

  it('names the whole row, an unknown field as the API spells it, and an unknown code’s message', async () => {
    const enT = await translator('en');
    expect(problemText(enT, 'customers', problem({ code: 'EXTRA_CELLS' }))).toEqual({
      field: 'Whole row',
      reason: 'More cells than the header has columns.',
    });
    expect(
      problemText(enT, 'customers', problem({ field: 'shoeSize', message: 'too big' })),
    ).toEqual({ field: 'shoeSize', reason: 'Not accepted (too big).' });
  });
});
