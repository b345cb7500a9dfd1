import { createUnionType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { DocumentKindEnum } from '../documents/types.js';
import type { DocumentKind } from '../documents/schema.js';
import {
  HISTORY_KINDS,
  type HistoryActorKind,
  type HistoryDetail,
  type HistoryKind,
} from './history.js';
import { Customer } from './types.js';

export const HistoryKindEnum = Object.fromEntries(HISTORY_KINDS.map((k) => [k, k])) as {
  [K in HistoryKind]: K;
};
registerEnumType(HistoryKindEnum, {
  name: 'CustomerHistoryKind',
  description: 'What a line of a customer timeline records; bookings and payments add theirs',
  valuesConfig: {
    CREATED: { description: 'The record was created (detail: the guardian, for a dependent)' },
    UPDATED: { description: 'Fields changed (detail: their names)' },
    NOTES_CHANGED: { description: 'Only the staff notes changed' },
    DEPENDENT_ADDED: { description: 'A dependent was added (detail: the dependent)' },
    MERGED: { description: 'A duplicate was merged into this record (detail: the duplicate)' },
    MERGED_INTO: { description: 'This record was merged into another (detail: the survivor)' },
    DOCUMENT_ADDED: { description: 'A document was uploaded (detail: the document)' },
    DOCUMENT_REMOVED: { description: 'A document was removed (detail: what it was)' },
  },
});

const ActorKindEnum = { USER: 'USER', API_KEY: 'API_KEY', SYSTEM: 'SYSTEM' } as const satisfies {
  [K in HistoryActorKind]: K;
};
registerEnumType(ActorKindEnum, {
  name: 'HistoryActorKind',
  description: 'Who acted: a signed-in user, a partner API key, or the system (an import)',
});

@ObjectType({ description: 'The fields a change touched (names, never values)' })
export class CustomerFieldsChange {
  @Field(() => [String])
  fields: string[];
}

@ObjectType({ description: 'Another customer record the entry is about' })
export class CustomerLink {
  @Field(() => ID)
  customerId: string;

  @Field(() => Customer, { nullable: true, description: "Null when it is not the caller's to see" })
  customer: Customer | null;
}

@ObjectType({ description: 'A document added or removed' })
export class CustomerDocumentChange {
  @Field(() => ID)
  documentId: string;

  @Field(() => DocumentKindEnum)
  documentKind: DocumentKind;

  @Field(() => String)
  title: string;
}

/** The typed detail of a timeline entry; later modules add their own member types. */
export const CustomerHistoryDetail = createUnionType({
  name: 'CustomerHistoryDetail',
  types: () => [CustomerFieldsChange, CustomerLink, CustomerDocumentChange] as const,
  // Services hand over plain HistoryDetail objects, told apart by `type`.
  resolveType: (detail) =>
    ({
      FIELDS: CustomerFieldsChange,
      CUSTOMER: CustomerLink,
      DOCUMENT: CustomerDocumentChange,
    })[(detail as unknown as HistoryDetail).type],
});

@ObjectType({ description: 'One line of a customer timeline' })
export class CustomerHistoryEntry {
  @Field(() => ID)
  id: string;

  @Field(() => HistoryKindEnum)
  kind: HistoryKind;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => ActorKindEnum)
  actorKind: HistoryActorKind;

  @Field(() => String, { nullable: true, description: 'Name of the user who acted' })
  actorName: string | null;

  @Field(() => String, { description: 'One line in English; apps word it from kind and detail' })
  summary: string;

  @Field(() => CustomerHistoryDetail, { nullable: true })
  detail: HistoryDetail | null;
}

@ObjectType()
export class CustomerHistoryConnection extends Connection(CustomerHistoryEntry) {}
