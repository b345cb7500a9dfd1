import { describe, expect, it } from 'vitest';
import enCustomers from '../../../locales/en/customers.json';
import enInstructors from '../../../locales/en/instructors.json';
import enLocations from '../../../locales/en/locations.json';
import trCustomers from '../../../locales/tr/customers.json';
import trInstructors from '../../../locales/tr/instructors.json';
import trLocations from '../../../locales/tr/locations.json';
import { RECORD_FORM_KEYS, RECORD_FORM_TEXTS, type RecordFormNamespace } from './formTexts';

const LOCALES: Record<string, Record<RecordFormNamespace, unknown>> = {
  en: { customers: enCustomers, instructors: enInstructors, locations: enLocations },
  tr: { customers: trCustomers, instructors: trInstructors, locations: trLocations },
};
const DETAIL_TEXTS = ['back', 'errorTitle', 'notFoundTitle', 'notFoundBody'];

const textAt = (resources: unknown, path: string[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[key]
        : undefined,
    resources,
  );

describe.each(Object.entries(LOCALES))(
  '%s texts of the shared detail pages and forms',
  (_, byNs) => {
    it.each(Object.entries(RECORD_FORM_KEYS))('%s has every RecordForm text', (ns, prefix) => {
      for (const key of RECORD_FORM_TEXTS) {
        expect(textAt(byNs[ns as RecordFormNamespace], [prefix, key]), `${prefix}.${key}`).toEqual(
          expect.any(String),
        );
      }
    });

    it.each(Object.keys(RECORD_FORM_KEYS))('%s has every DetailPage text', (ns) => {
      for (const key of DETAIL_TEXTS) {
        expect(textAt(byNs[ns as RecordFormNamespace], ['detail', key]), `detail.${key}`).toEqual(
          expect.any(String),
        );
      }
    });

    it.each(['customers', 'instructors'] as const)(
      '%s has the DisciplineLevelsEditor texts',
      (ns) => {
        for (const path of [
          'fields.discipline',
          'fields.level',
          'disciplines.KITE',
          'levels.BEGINNER',
        ]) {
          expect(textAt(byNs[ns], path.split('.')), path).toEqual(expect.any(String));
        }
      },
    );
  },
);
