import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DOCUMENT_KINDS, type DocumentKind } from './schema.js';

export const DocumentKindEnum = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, k])) as {
  [K in DocumentKind]: K;
};
registerEnumType(DocumentKindEnum, {
  name: 'CustomerDocumentKind',
  description: 'What a customer document is',
  valuesConfig: {
    ID_DOCUMENT: { description: 'Identity card, passport or driving licence' },
    CERTIFICATE: { description: 'A sport certificate, e.g. an IKO or VDWS card' },
    MEDICAL: { description: 'A medical certificate or form' },
    OTHER: { description: 'Anything else' },
  },
});

@ObjectType({
  description:
    'A file on a customer record (ID, certificate…), uploaded with POST /files/customers/{id}/documents',
})
export class CustomerDocument {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKindEnum)
  kind: DocumentKind;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: "The file's name on the uploader's device" })
  fileName: string;

  @Field(() => String, { description: 'The type its content proves, e.g. application/pdf' })
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field(() => String, { description: 'SHA-256 of the bytes, hex' })
  sha256: string;

  @Field(() => Date)
  createdAt: Date;

  customerId: string;
  storageKey: string;
  uploadedById: string | null;
}
