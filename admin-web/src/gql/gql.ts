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
    "fragment AuditEntryFields on AuditEntry {\n  id\n  occurredAt\n  action\n  entityType\n  entityId\n  data\n  ip\n  requestId\n  actor {\n    id\n    name\n    email\n    role\n  }\n}\n\nquery AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...AuditEntryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": typeof types.AuditEntryFieldsFragmentDoc,
    "fragment LocationFields on Location {\n  id\n  name\n  timezone\n  currency\n}\n\nquery Locations {\n  locations {\n    ...LocationFields\n  }\n}\n\nmutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n  updateLocation(id: $id, input: $input) {\n    ...LocationFields\n  }\n}\n\nsubscription LocationChanged {\n  locationChanged {\n    ...LocationFields\n  }\n}": typeof types.LocationFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment AuditEntryFields on AuditEntry {\n  id\n  occurredAt\n  action\n  entityType\n  entityId\n  data\n  ip\n  requestId\n  actor {\n    id\n    name\n    email\n    role\n  }\n}\n\nquery AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...AuditEntryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}": types.AuditEntryFieldsFragmentDoc,
    "fragment LocationFields on Location {\n  id\n  name\n  timezone\n  currency\n}\n\nquery Locations {\n  locations {\n    ...LocationFields\n  }\n}\n\nmutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n  updateLocation(id: $id, input: $input) {\n    ...LocationFields\n  }\n}\n\nsubscription LocationChanged {\n  locationChanged {\n    ...LocationFields\n  }\n}": types.LocationFieldsFragmentDoc,
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
export function graphql(source: "fragment AuditEntryFields on AuditEntry {\n  id\n  occurredAt\n  action\n  entityType\n  entityId\n  data\n  ip\n  requestId\n  actor {\n    id\n    name\n    email\n    role\n  }\n}\n\nquery AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...AuditEntryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"): (typeof documents)["fragment AuditEntryFields on AuditEntry {\n  id\n  occurredAt\n  action\n  entityType\n  entityId\n  data\n  ip\n  requestId\n  actor {\n    id\n    name\n    email\n    role\n  }\n}\n\nquery AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...AuditEntryFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LocationFields on Location {\n  id\n  name\n  timezone\n  currency\n}\n\nquery Locations {\n  locations {\n    ...LocationFields\n  }\n}\n\nmutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n  updateLocation(id: $id, input: $input) {\n    ...LocationFields\n  }\n}\n\nsubscription LocationChanged {\n  locationChanged {\n    ...LocationFields\n  }\n}"): (typeof documents)["fragment LocationFields on Location {\n  id\n  name\n  timezone\n  currency\n}\n\nquery Locations {\n  locations {\n    ...LocationFields\n  }\n}\n\nmutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {\n  updateLocation(id: $id, input: $input) {\n    ...LocationFields\n  }\n}\n\nsubscription LocationChanged {\n  locationChanged {\n    ...LocationFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;