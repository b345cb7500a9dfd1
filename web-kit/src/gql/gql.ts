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
    "fragment SessionFields on Session {\n  id\n  createdAt\n  lastUsedAt\n  expiresAt\n  userAgent\n  ip\n  current\n}\n\nquery MySessions {\n  mySessions {\n    ...SessionFields\n  }\n}\n\nmutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n\nmutation RevokeOtherSessions {\n  revokeOtherSessions\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": typeof types.SessionFieldsFragmentDoc,
    "fragment LegalDocumentFields on LegalDocument {\n  id\n  kind\n  version\n  title\n  body\n  publishedAt\n  required\n}\n\nquery PendingLegalDocuments {\n  pendingLegalDocuments {\n    ...LegalDocumentFields\n  }\n}\n\nquery CurrentLegalDocuments {\n  currentLegalDocuments {\n    ...LegalDocumentFields\n  }\n}\n\nmutation AcceptLegalDocuments($ids: [ID!]!) {\n  acceptLegalDocuments(ids: $ids)\n}": typeof types.LegalDocumentFieldsFragmentDoc,
    "fragment CurrentUser on User {\n  id\n  name\n  email\n  role\n  locale\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}": typeof types.CurrentUserFragmentDoc,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": typeof types.RequestPasswordResetDocument,
    "mutation SetMyLocale($locale: String!) {\n  setMyLocale(locale: $locale) {\n    id\n    locale\n  }\n}": typeof types.SetMyLocaleDocument,
};
const documents: Documents = {
    "fragment SessionFields on Session {\n  id\n  createdAt\n  lastUsedAt\n  expiresAt\n  userAgent\n  ip\n  current\n}\n\nquery MySessions {\n  mySessions {\n    ...SessionFields\n  }\n}\n\nmutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n\nmutation RevokeOtherSessions {\n  revokeOtherSessions\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": types.SessionFieldsFragmentDoc,
    "fragment LegalDocumentFields on LegalDocument {\n  id\n  kind\n  version\n  title\n  body\n  publishedAt\n  required\n}\n\nquery PendingLegalDocuments {\n  pendingLegalDocuments {\n    ...LegalDocumentFields\n  }\n}\n\nquery CurrentLegalDocuments {\n  currentLegalDocuments {\n    ...LegalDocumentFields\n  }\n}\n\nmutation AcceptLegalDocuments($ids: [ID!]!) {\n  acceptLegalDocuments(ids: $ids)\n}": types.LegalDocumentFieldsFragmentDoc,
    "fragment CurrentUser on User {\n  id\n  name\n  email\n  role\n  locale\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}": types.CurrentUserFragmentDoc,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}": types.RequestPasswordResetDocument,
    "mutation SetMyLocale($locale: String!) {\n  setMyLocale(locale: $locale) {\n    id\n    locale\n  }\n}": types.SetMyLocaleDocument,
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
export function graphql(source: "fragment SessionFields on Session {\n  id\n  createdAt\n  lastUsedAt\n  expiresAt\n  userAgent\n  ip\n  current\n}\n\nquery MySessions {\n  mySessions {\n    ...SessionFields\n  }\n}\n\nmutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n\nmutation RevokeOtherSessions {\n  revokeOtherSessions\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}"): (typeof documents)["fragment SessionFields on Session {\n  id\n  createdAt\n  lastUsedAt\n  expiresAt\n  userAgent\n  ip\n  current\n}\n\nquery MySessions {\n  mySessions {\n    ...SessionFields\n  }\n}\n\nmutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n\nmutation RevokeOtherSessions {\n  revokeOtherSessions\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LegalDocumentFields on LegalDocument {\n  id\n  kind\n  version\n  title\n  body\n  publishedAt\n  required\n}\n\nquery PendingLegalDocuments {\n  pendingLegalDocuments {\n    ...LegalDocumentFields\n  }\n}\n\nquery CurrentLegalDocuments {\n  currentLegalDocuments {\n    ...LegalDocumentFields\n  }\n}\n\nmutation AcceptLegalDocuments($ids: [ID!]!) {\n  acceptLegalDocuments(ids: $ids)\n}"): (typeof documents)["fragment LegalDocumentFields on LegalDocument {\n  id\n  kind\n  version\n  title\n  body\n  publishedAt\n  required\n}\n\nquery PendingLegalDocuments {\n  pendingLegalDocuments {\n    ...LegalDocumentFields\n  }\n}\n\nquery CurrentLegalDocuments {\n  currentLegalDocuments {\n    ...LegalDocumentFields\n  }\n}\n\nmutation AcceptLegalDocuments($ids: [ID!]!) {\n  acceptLegalDocuments(ids: $ids)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurrentUser on User {\n  id\n  name\n  email\n  role\n  locale\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}"): (typeof documents)["fragment CurrentUser on User {\n  id\n  name\n  email\n  role\n  locale\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"): (typeof documents)["mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMyLocale($locale: String!) {\n  setMyLocale(locale: $locale) {\n    id\n    locale\n  }\n}"): (typeof documents)["mutation SetMyLocale($locale: String!) {\n  setMyLocale(locale: $locale) {\n    id\n    locale\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;