import type { CustomerDocumentKind, CustomerHistoryEntryFieldsFragment } from '../../gql/graphql';

/** The fields a change may name, with the key of their label in customers.json. */
const FIELD_LABELS = {
  name: 'fields.name',
  email: 'fields.email',
  phone: 'fields.phone',
  birthDate: 'fields.birthDate',
  emergencyContactName: 'fields.emergencyContactName',
  emergencyContactPhone: 'fields.emergencyContactPhone',
  weightKg: 'fields.weightKg',
  heightCm: 'fields.heightCm',
  skills: 'profile.skills',
  tags: 'fields.tags',
  notes: 'fields.notes',
} as const;
export type FieldLabelKey = (typeof FIELD_LABELS)[keyof typeof FIELD_LABELS];

/** The label key of a field name the API sends; null for one this app does not know yet. */
export const fieldLabelKey = (field: string): FieldLabelKey | null =>
  (FIELD_LABELS as Record<string, FieldLabelKey>)[field] ?? null;

export type HistoryTitleKey =
  | 'history.kinds.CREATED'
  | 'history.kinds.CREATED_DEPENDENT'
  | 'history.kinds.UPDATED'
  | 'history.kinds.NOTES_CHANGED'
  | 'history.kinds.DEPENDENT_ADDED'
  | 'history.kinds.MERGED'
  | 'history.kinds.MERGED_INTO'
  | 'history.kinds.DOCUMENT_ADDED'
  | 'history.kinds.DOCUMENT_REMOVED';

/** How a timeline line reads: a title key with its values, and the record it links to. */
export interface HistoryLine {
  /** Null for a kind this app does not know yet: show the API's English summary. */
  title: HistoryTitleKey | null;
  /** Untranslated values; `fields` are field names, translated by the view. */
  values: { title?: string; fields?: string[]; documentKind?: CustomerDocumentKind };
  /** Another record the line is about; `name` null when the viewer cannot see it. */
  link: { id: string; name: string | null } | null;
  tone: 'gray' | 'ocean' | 'teal' | 'yellow' | 'red';
}

/** What a timeline entry says, from its kind and typed detail. */
export function historyLine(entry: CustomerHistoryEntryFieldsFragment): HistoryLine {
  const detail = entry.detail;
  const link =
    detail?.__typename === 'CustomerLink'
      ? { id: detail.customerId, name: detail.customer?.name ?? null }
      : null;
  const document =
    detail?.__typename === 'CustomerDocumentChange'
      ? { title: detail.title, documentKind: detail.documentKind }
      : {};
  const fields = detail?.__typename === 'CustomerFieldsChange' ? detail.fields : [];
  switch (entry.kind) {
    case 'CREATED':
      return link
        ? { title: 'history.kinds.CREATED_DEPENDENT', values: {}, link, tone: 'teal' }
        : { title: 'history.kinds.CREATED', values: {}, link: null, tone: 'teal' };
    case 'UPDATED':
      return { title: 'history.kinds.UPDATED', values: { fields }, link: null, tone: 'ocean' };
    case 'NOTES_CHANGED':
      return { title: 'history.kinds.NOTES_CHANGED', values: {}, link: null, tone: 'ocean' };
    case 'DEPENDENT_ADDED':
      return { title: 'history.kinds.DEPENDENT_ADDED', values: {}, link, tone: 'teal' };
    case 'MERGED':
      return { title: 'history.kinds.MERGED', values: {}, link, tone: 'yellow' };
    case 'MERGED_INTO':
      return { title: 'history.kinds.MERGED_INTO', values: {}, link, tone: 'yellow' };
    case 'DOCUMENT_ADDED':
      return { title: 'history.kinds.DOCUMENT_ADDED', values: document, link: null, tone: 'gray' };
    case 'DOCUMENT_REMOVED':
      return { title: 'history.kinds.DOCUMENT_REMOVED', values: document, link: null, tone: 'red' };
    default:
      return { title: null, values: {}, link, tone: 'gray' };
  }
}
