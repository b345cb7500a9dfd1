/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment MyDocument on CustomerDocument {\n  id\n  kind\n  title\n  fileName\n  contentType\n  sizeBytes\n  createdAt\n  url\n}\n\nquery MyDocuments {\n  me {\n    id\n    customer {\n      id\n      documents {\n        ...MyDocument\n      }\n    }\n  }\n}\n\nmutation RemoveMyDocument($id: ID!) {\n  removeCustomerDocument(id: $id)\n}": typeof types.MyDocumentFragmentDoc,
    "fragment LocationFields on Location {\n  id\n  name\n  timezone\n  currency\n}\n\nquery Locations {\n  locations {\n    ...LocationFields\n  }\n}": typeof types.LocationFieldsFragmentDoc,
    "query OnboardingStatus {\n  me {\n    id\n    onboardingStep\n  }\n}\n\nfragment OnboardingCustomer on Customer {\n  id\n  phone\n  birthDate\n  emergencyContactName\n  emergencyContactPhone\n  weightKg\n  heightCm\n  skills {\n    discipline\n    level\n  }\n}\n\nquery Onboarding {\n  me {\n    id\n    onboardingStep\n    marketingOptIn\n    locale\n    customer {\n      ...OnboardingCustomer\n    }\n  }\n}\n\nmutation SaveOnboardingCustomer($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    ...OnboardingCustomer\n  }\n}\n\nmutation SetOnboardingStep($step: OnboardingStep!) {\n  setOnboardingStep(step: $step) {\n    id\n    onboardingStep\n  }\n}": typeof types.OnboardingStatusDocument,
    "query MarketingConsent {\n  me {\n    id\n    marketingOptIn\n  }\n}\n\nmutation SetMarketingConsent($optIn: Boolean!) {\n  setMarketingConsent(optIn: $optIn) {\n    id\n    marketingOptIn\n  }\n}\n\nfragment ProfileDetails on Customer {\n  id\n  name\n  phone\n  birthDate\n  weightKg\n  heightCm\n  emergencyContactName\n  emergencyContactPhone\n  skills {\n    discipline\n    level\n  }\n}\n\nfragment FamilyMember on Customer {\n  id\n  name\n  birthDate\n}\n\nquery MyProfile {\n  me {\n    id\n    name\n    email\n    customer {\n      ...ProfileDetails\n      dependents {\n        ...FamilyMember\n      }\n    }\n  }\n}\n\nmutation SaveMyDetails($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    ...ProfileDetails\n    user {\n      id\n      name\n    }\n  }\n}\n\nmutation AddFamilyMember($guardianId: ID!, $input: CreateCustomerInput!) {\n  addDependent(guardianId: $guardianId, input: $input) {\n    ...FamilyMember\n    guardian {\n      id\n      dependents {\n        ...FamilyMember\n      }\n    }\n  }\n}": typeof types.MarketingConsentDocument,
    "mutation RegisterCustomer($input: RegisterCustomerInput!) {\n  registerCustomer(input: $input) {\n    user {\n      id\n      name\n      email\n      role\n      locale\n    }\n  }\n}": typeof types.RegisterCustomerDocument,
};
const documents: Documents = {
    "fragment MyDocument on CustomerDocument {\n  id\n  kind\n  title\n  fileName\n  contentType\n  sizeBytes\n  createdAt\n  url\n}\n\nquery MyDocuments {\n  me {\n    id\n    customer {\n      id\n      documents {\n        ...MyDocument\n      }\n    }\n  }\n}\n\nmutation RemoveMyDocument($id: ID!) {\n  removeCustomerDocument(id: $id)\n}": types.MyDocumentFragmentDoc,
    "fragment LocationFields on Location {\n  id\n  name\n  timezone\n  currency\n}\n\nquery Locations {\n  locations {\n    ...LocationFields\n  }\n}": types.LocationFieldsFragmentDoc,
    "query OnboardingStatus {\n  me {\n    id\n    onboardingStep\n  }\n}\n\nfragment OnboardingCustomer on Customer {\n  id\n  phone\n  birthDate\n  emergencyContactName\n  emergencyContactPhone\n  weightKg\n  heightCm\n  skills {\n    discipline\n    level\n  }\n}\n\nquery Onboarding {\n  me {\n    id\n    onboardingStep\n    marketingOptIn\n    locale\n    customer {\n      ...OnboardingCustomer\n    }\n  }\n}\n\nmutation SaveOnboardingCustomer($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    ...OnboardingCustomer\n  }\n}\n\nmutation SetOnboardingStep($step: OnboardingStep!) {\n  setOnboardingStep(step: $step) {\n    id\n    onboardingStep\n  }\n}": types.OnboardingStatusDocument,
    "query MarketingConsent {\n  me {\n    id\n    marketingOptIn\n  }\n}\n\nmutation SetMarketingConsent($optIn: Boolean!) {\n  setMarketingConsent(optIn: $optIn) {\n    id\n    marketingOptIn\n  }\n}\n\nfragment ProfileDetails on Customer {\n  id\n  name\n  phone\n  birthDate\n  weightKg\n  heightCm\n  emergencyContactName\n  emergencyContactPhone\n  skills {\n    discipline\n    level\n  }\n}\n\nfragment FamilyMember on Customer {\n  id\n  name\n  birthDate\n}\n\nquery MyProfile {\n  me {\n    id\n    name\n    email\n    customer {\n      ...ProfileDetails\n      dependents {\n        ...FamilyMember\n      }\n    }\n  }\n}\n\nmutation SaveMyDetails($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    ...ProfileDetails\n    user {\n      id\n      name\n    }\n  }\n}\n\nmutation AddFamilyMember($guardianId: ID!, $input: CreateCustomerInput!) {\n  addDependent(guardianId: $guardianId, input: $input) {\n    ...FamilyMember\n    guardian {\n      id\n      dependents {\n        ...FamilyMember\n      }\n    }\n  }\n}": types.MarketingConsentDocument,
    "mutation RegisterCustomer($input: RegisterCustomerInput!) {\n  registerCustomer(input: $input) {\n    user {\n      id\n      name\n      email\n      role\n      locale\n    }\n  }\n}": types.RegisterCustomerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MyDocument on CustomerDocument {\n  id\n  kind\n  title\n  fileName\n  contentType\n  sizeBytes\n  createdAt\n  url\n}\n\nquery MyDocuments {\n  me {\n    id\n    customer {\n      id\n      documents {\n        ...MyDocument\n      }\n    }\n  }\n}\n\nmutation RemoveMyDocument($id: ID!) {\n  removeCustomerDocument(id: $id)\n}"): (typeof documents)["fragment MyDocument on CustomerDocument {\n  id\n  kind\n  title\n  fileName\n  contentType\n  sizeBytes\n  createdAt\n  url\n}\n\nquery MyDocuments {\n  me {\n    id\n    customer {\n      id\n      documents {\n        ...MyDocument\n      }\n    }\n  }\n}\n\nmutation RemoveMyDocument($id: ID!) {\n  removeCustomerDocument(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LocationFields on Location {\n  id\n  name\n  timezone\n  currency\n}\n\nquery Locations {\n  locations {\n    ...LocationFields\n  }\n}"): (typeof documents)["fragment LocationFields on Location {\n  id\n  name\n  timezone\n  currency\n}\n\nquery Locations {\n  locations {\n    ...LocationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingStatus {\n  me {\n    id\n    onboardingStep\n  }\n}\n\nfragment OnboardingCustomer on Customer {\n  id\n  phone\n  birthDate\n  emergencyContactName\n  emergencyContactPhone\n  weightKg\n  heightCm\n  skills {\n    discipline\n    level\n  }\n}\n\nquery Onboarding {\n  me {\n    id\n    onboardingStep\n    marketingOptIn\n    locale\n    customer {\n      ...OnboardingCustomer\n    }\n  }\n}\n\nmutation SaveOnboardingCustomer($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    ...OnboardingCustomer\n  }\n}\n\nmutation SetOnboardingStep($step: OnboardingStep!) {\n  setOnboardingStep(step: $step) {\n    id\n    onboardingStep\n  }\n}"): (typeof documents)["query OnboardingStatus {\n  me {\n    id\n    onboardingStep\n  }\n}\n\nfragment OnboardingCustomer on Customer {\n  id\n  phone\n  birthDate\n  emergencyContactName\n  emergencyContactPhone\n  weightKg\n  heightCm\n  skills {\n    discipline\n    level\n  }\n}\n\nquery Onboarding {\n  me {\n    id\n    onboardingStep\n    marketingOptIn\n    locale\n    customer {\n      ...OnboardingCustomer\n    }\n  }\n}\n\nmutation SaveOnboardingCustomer($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    ...OnboardingCustomer\n  }\n}\n\nmutation SetOnboardingStep($step: OnboardingStep!) {\n  setOnboardingStep(step: $step) {\n    id\n    onboardingStep\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketingConsent {\n  me {\n    id\n    marketingOptIn\n  }\n}\n\nmutation SetMarketingConsent($optIn: Boolean!) {\n  setMarketingConsent(optIn: $optIn) {\n    id\n    marketingOptIn\n  }\n}\n\nfragment ProfileDetails on Customer {\n  id\n  name\n  phone\n  birthDate\n  weightKg\n  heightCm\n  emergencyContactName\n  emergencyContactPhone\n  skills {\n    discipline\n    level\n  }\n}\n\nfragment FamilyMember on Customer {\n  id\n  name\n  birthDate\n}\n\nquery MyProfile {\n  me {\n    id\n    name\n    email\n    customer {\n      ...ProfileDetails\n      dependents {\n        ...FamilyMember\n      }\n    }\n  }\n}\n\nmutation SaveMyDetails($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    ...ProfileDetails\n    user {\n      id\n      name\n    }\n  }\n}\n\nmutation AddFamilyMember($guardianId: ID!, $input: CreateCustomerInput!) {\n  addDependent(guardianId: $guardianId, input: $input) {\n    ...FamilyMember\n    guardian {\n      id\n      dependents {\n        ...FamilyMember\n      }\n    }\n  }\n}"): (typeof documents)["query MarketingConsent {\n  me {\n    id\n    marketingOptIn\n  }\n}\n\nmutation SetMarketingConsent($optIn: Boolean!) {\n  setMarketingConsent(optIn: $optIn) {\n    id\n    marketingOptIn\n  }\n}\n\nfragment ProfileDetails on Customer {\n  id\n  name\n  phone\n  birthDate\n  weightKg\n  heightCm\n  emergencyContactName\n  emergencyContactPhone\n  skills {\n    discipline\n    level\n  }\n}\n\nfragment FamilyMember on Customer {\n  id\n  name\n  birthDate\n}\n\nquery MyProfile {\n  me {\n    id\n    name\n    email\n    customer {\n      ...ProfileDetails\n      dependents {\n        ...FamilyMember\n      }\n    }\n  }\n}\n\nmutation SaveMyDetails($id: ID!, $input: UpdateCustomerInput!) {\n  updateCustomer(id: $id, input: $input) {\n    ...ProfileDetails\n    user {\n      id\n      name\n    }\n  }\n}\n\nmutation AddFamilyMember($guardianId: ID!, $input: CreateCustomerInput!) {\n  addDependent(guardianId: $guardianId, input: $input) {\n    ...FamilyMember\n    guardian {\n      id\n      dependents {\n        ...FamilyMember\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterCustomer($input: RegisterCustomerInput!) {\n  registerCustomer(input: $input) {\n    user {\n      id\n      name\n      email\n      role\n      locale\n    }\n  }\n}"): (typeof documents)["mutation RegisterCustomer($input: RegisterCustomerInput!) {\n  registerCustomer(input: $input) {\n    user {\n      id\n      name\n      email\n      role\n      locale\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;