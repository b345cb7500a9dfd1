import { describe, expect, it } from 'vitest';
import type { CustomerHistoryEntryFieldsFragment } from '../../gql/graphql';
import { fieldLabelKey, historyLine } from './historyLines';

const entry = (
  kind: string,
  detail: CustomerHistoryEntryFieldsFragment['detail'] = null,
): CustomerHistoryEntryFieldsFragment =>
  ({
    __typename: 'CustomerHistoryEntry',
    id: `audit:1@c1`,
    kind,
    occurredAt: '2026-07-01T10:00:00.000Z',
    actorKind: 'USER',
    actorName: 'Ayşe Yönetici',
    summary: 'English summary',
    detail,
  }) as CustomerHistoryEntryFieldsFragment;

const link = (name: string | null) =>
  ({
    __typename: 'CustomerLink',
    customerId: 'c2',
    customer: name ? { __typename: 'Customer', id: 'c2', name } : null,
  }) as const;

describe('historyLine', () => {
  it('words a creation, as a family member when it links a guardian', () => {
    expect(historyLine(entry('CREATED')).title).toBe('history.kinds.CREATED');
    expect(historyLine(entry('CREATED', link('Selin Kaya')))).toMatchObject({
      title: 'history.kinds.CREATED_DEPENDENT',
      link: { id: 'c2', name: 'Selin Kaya' },
    });
  });

  it('names the fields a change touched', () => {
    const line = historyLine(
      entry('UPDATED', { __typename: 'CustomerFieldsChange', fields: ['email', 'phone'] }),
    );
    expect(line).toMatchObject({
      title: 'history.kinds.UPDATED',
      values: { fields: ['email', 'phone'] },
    });
  });

  it('keeps the document title and a link whose record the viewer cannot see', () => {
    const removed = historyLine(
      entry('DOCUMENT_REMOVED', {
        __typename: 'CustomerDocumentChange',
        documentId: 'd1',
        documentKind: 'CERTIFICATE',
        title: 'IKO kartı',
      }),
    );
    expect(removed).toMatchObject({
      title: 'history.kinds.DOCUMENT_REMOVED',
      values: { title: 'IKO kartı', documentKind: 'CERTIFICATE' },
      tone: 'red',
    });
    expect(historyLine(entry('MERGED_INTO', link(null))).link).toEqual({ id: 'c2', name: null });
  });

  it('falls back to the API summary for a kind this app does not know yet', () => {
    expect(historyLine(entry('BOOKING_CREATED')).title).toBeNull();
  });
});

describe('fieldLabelKey', () => {
  it('labels known fields and leaves unknown ones to the raw name', () => {
    expect(fieldLabelKey('birthDate')).toBe('fields.birthDate');
    expect(fieldLabelKey('skills')).toBe('profile.skills');
    expect(fieldLabelKey('shoeSize')).toBeNull();
  });
});
