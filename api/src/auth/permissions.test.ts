import 'reflect-metadata';
import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildBareSchema } from '../graphql/schema.js';
import { permissionRules } from './permissions.js';

describe('permission rules', () => {
  it('name every field of Query, Mutation and Subscription explicitly, and nothing else', async () => {
    const schema = await buildBareSchema();
    for (const typeName of ['Query', 'Mutation', 'Subscription'] as const) {
      const type = schema.getType(typeName) as GraphQLObjectType | undefined;
      const fields = Object.keys(type?.getFields() ?? {}).sort();
      const ruled = Object.keys(permissionRules[typeName]).sort();
      expect({ type: typeName, fields: ruled }).toEqual({ type: typeName, fields });
    }
  });
});
