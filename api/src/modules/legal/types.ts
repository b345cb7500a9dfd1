import { Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LEGAL_DOCUMENT_KINDS, type LegalDocumentKind } from './schema.js';

export const LegalDocumentKindEnum = Object.fromEntries(
  LEGAL_DOCUMENT_KINDS.map((k) => [k, k]),
) as { [K in LegalDocumentKind]: K };
registerEnumType(LegalDocumentKindEnum, {
  name: 'LegalDocumentKind',
  description: 'Terms and privacy must be accepted; marketing is an opt-in',
});

@ObjectType({ description: 'One published version of a legal document' })
export class LegalDocument {
  @Field(() => ID)
  id: string;

  @Field(() => LegalDocumentKindEnum)
  kind: LegalDocumentKind;

  @Field(() => Int)
  version: number;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => Boolean, { description: 'Users must accept it to use the product' })
  required: boolean;

  @Field(() => Boolean, { description: 'The newest version of its kind' })
  current: boolean;
}

@InputType()
export class PublishLegalDocumentInput {
  @Field(() => LegalDocumentKindEnum)
  kind: LegalDocumentKind;

  @Field(() => String)
  @Length(1, 200)
  title: string;

  @Field(() => String)
  @Length(1, 200_000)
  body: string;
}
