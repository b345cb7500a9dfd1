import type { ImportProblemCode } from '../../gql/graphql';
import type en from '../../../locales/en/imports.json';
import type { ImportKind, ImportProblem } from './kinds';

type Unworded = Exclude<ImportProblemCode, keyof (typeof en)['reasons']>;
/**
 * `true` only while every code the API can give has a sentence in `reasons`: a new code is a
 * compile error here until it is worded (the locale test keeps Turkish in step with English).
 */
export const everyCodeWorded: [Unworded] extends [never] ? true : Unworded = true;

/** What `problemText` needs of i18next; keys are built from the API's field names. */
export interface Translator {
  t(key: string, options?: Record<string, unknown>): string;
  exists(key: string): boolean;
}

/**
 * A problem of a row in the user's language: the column's name, and why the value was refused
 * (a sentence for this field and code where there is one, else the code's own sentence).
 */
export function problemText(i18n: Translator, kind: ImportKind, problem: ImportProblem) {
  const fieldKey = `fields.${kind}.${problem.field}`;
  const field = !problem.field
    ? i18n.t('fields.row')
    : i18n.exists(fieldKey)
      ? i18n.t(fieldKey)
      : problem.field;
  const params = {
    value: problem.value ?? '',
    otherLine: problem.otherLine ?? '',
    message: problem.message,
  };
  const specific = `fieldReasons.${kind}.${problem.field}.${problem.code}`;
  const reason =
    problem.field && i18n.exists(specific)
      ? i18n.t(specific, params)
      : i18n.t(`reasons.${problem.code}`, params);
  return { field, reason };
}
