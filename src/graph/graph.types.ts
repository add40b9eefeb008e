import { Field, Int, ObjectType } from 'type-graphql';
import { Link } from '../modules/links/link.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';

/** An edge between two organizations as the graph queries see it; resolved by GraphResolver. */
export interface EdgeRecord {
  /** 'VERTICAL' for parent → child, or the LinkKind of a link. */
  kind: string;
  sourceId: number;
  targetId: number;
  linkId: number | null;
}

@ObjectType('GraphEdge', { simpleResolvers: true, description: 'An edge of the governance graph: a parent → child step of the vertical chain, or a horizontal link.' })
export class GraphEdge {
  @Field(() => String, { description: 'VERTICAL for parent → child, or the LinkKind of the link.' })
  kind!: string;

  sourceId!: number;
  targetId!: number;
  linkId!: number | null;

  @Field(() => Organization, { description: 'The parent, or the source of the link.' })
  source?: Organization;

  @Field(() => Organization, { description: 'The child, or the target of the link.' })
  target?: Organization;

  @Field(() => Link, { nullable: true, description: 'The link, for a horizontal edge; null for a VERTICAL one.' })
  link?: Link | null;
}

@ObjectType('Subgraph', { simpleResolvers: true, description: 'A set of organizations and the edges among them.' })
export class Subgraph {
  @Field(() => [Organization], { description: 'The organizations, nearest first.' })
  nodes!: Organization[];

  @Field(() => [GraphEdge], { description: 'The edges among them.' })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the limit cut the answer short: more organizations lie within reach.' })
  truncated!: boolean;
}

@ObjectType('PathStep', { simpleResolvers: true, description: 'One organization of a path, with the edge that led to it.' })
export class PathStep {
  @Field(() => Organization, { description: 'The organization reached.' })
  organization!: Organization;

  @Field(() => GraphEdge, { nullable: true, description: 'The edge that led here; null on the first step.' })
  via!: GraphEdge | null;
}

@ObjectType('Path', { simpleResolvers: true, description: 'The shortest chain between two organizations, step by step.' })
export class Path {
  @Field(() => Int, { description: 'How many edges the path has.' })
  length!: number;

  @Field(() => [PathStep], { description: 'The organizations from the start to the end, each with the edge that led to it.' })
  steps!: PathStep[];
}
