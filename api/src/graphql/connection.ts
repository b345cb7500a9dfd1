import { Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';

/** Relay pagination arguments, as the contract names them. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items, 1 to 200 (default 50)' })
  @Min(1)
  @Max(200)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/**
 * A Relay connection type for `Node`: `{ edges { cursor node } pageInfo totalCount }`.
 * Call once per node type at module level, e.g. `class AuditEntryConnection extends Connection(AuditEntry) {}`.
 */
export function Connection<TNode extends object>(Node: ClassType<TNode>) {
  @ObjectType(`${Node.name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => Node)
    node: TNode;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}
