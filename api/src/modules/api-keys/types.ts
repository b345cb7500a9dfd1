import { ArrayNotEmpty, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { API_KEY_SCOPES, type ApiKeyScope } from './schema.js';

export const ApiKeyScopeEnum = Object.fromEntries(API_KEY_SCOPES.map((s) => [s, s])) as {
  [K in ApiKeyScope]: K;
};
registerEnumType(ApiKeyScopeEnum, {
  name: 'ApiKeyScope',
  description: 'What a partner system may do with an API key',
  valuesConfig: {
    READ: { description: 'Read locations, customers and, as they arrive, catalog and bookings' },
    CUSTOMERS_WRITE: { description: 'Create and change customer records' },
    BOOKINGS_WRITE: { description: 'Create, change and cancel bookings' },
  },
});

@ObjectType({ description: 'A key a partner system calls the API with (Bearer)' })
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'The first characters of the key, to recognise it' })
  prefix: string;

  @Field(() => [ApiKeyScopeEnum])
  scopes: ApiKeyScope[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'No expiry when null' })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  createdByUserId: string | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field(() => String, { description: 'The key itself; shown this once, never again' })
  secret: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String)
  @Length(1, 100)
  name: string;

  @Field(() => [ApiKeyScopeEnum])
  @ArrayNotEmpty()
  scopes: ApiKeyScope[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  expiresAt?: Date | null;
}
