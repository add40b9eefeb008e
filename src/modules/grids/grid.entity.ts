import { Connection } from '../../schema/pagination.js';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organizations/organization.entity.js';

/** The functions a grid integrates (the brief: Party-building, social governance and social relief). */
export enum GridFunction {
  PARTY_BUILDING = 'PARTY_BUILDING',
  SOCIAL_GOVERNANCE = 'SOCIAL_GOVERNANCE',
  SOCIAL_RELIEF = 'SOCIAL_RELIEF',
  PUBLIC_SAFETY = 'PUBLIC_SAFETY',
  INFORMATION_COLLECTION = 'INFORMATION_COLLECTION',
  CONVENIENCE_SERVICE = 'CONVENIENCE_SERVICE',
}

registerEnumType(GridFunction, {
  name: 'GridFunction',
  description: 'A function that a grid integrates.',
  valuesConfig: {
    PARTY_BUILDING: { description: 'Party-building: organisation life, member contact, "micro-wishes".' },
    SOCIAL_GOVERNANCE: { description: 'Social governance: disputes, hazards, environment, order.' },
    SOCIAL_RELIEF: { description: 'Social relief: allowances, elderly living alone, disability help.' },
    PUBLIC_SAFETY: { description: 'Public safety patrols and risk reporting.' },
    INFORMATION_COLLECTION: { description: 'Standard addresses and actual population, housing and units.' },
    CONVENIENCE_SERVICE: { description: 'Convenience services for residents.' },
  },
});

@ObjectType('Grid', { simpleResolvers: true, implements: Node, description: 'A grid: the basic management and service unit of a community, served by a grid Party branch and grid workers.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity('grids')
@Index('idx_grids_community', ['communityId'])
@Index('idx_grids_branch', ['branchId'])
export class Grid extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable grid code (community code plus grid number).' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name of the grid.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer', name: 'community_id' })
  communityId!: number;

  @Column({ type: 'integer', name: 'branch_id', nullable: true })
  branchId!: number | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'community_id' })
  communityRow?: Organization;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'branch_id' })
  branchRow?: Organization | null;

  @Field(() => Int, { description: 'Households in the grid.' })
  @Column({ type: 'integer', default: 0 })
  households!: number;

  @Field(() => Int, { description: 'Resident population of the grid.' })
  @Column({ type: 'integer', default: 0 })
  population!: number;

  @Field(() => Int, { description: 'Buildings in the grid.' })
  @Column({ type: 'integer', default: 0 })
  buildings!: number;

  @Field(() => Int, { description: 'Grid workers serving the grid, full- and part-time.' })
  @Column({ type: 'integer', name: 'grid_workers', default: 0 })
  gridWorkers!: number;

  /** Stored as a comma-separated list; exposed sorted. */
  @Column({ type: 'varchar', length: 300, name: 'functions', default: '' })
  functionList!: string;

  @Field(() => [GridFunction], { description: 'The functions the grid integrates.' })
  get functions(): GridFunction[] {
    return this.functionList ? (this.functionList.split(',') as GridFunction[]) : [];
  }
}

/** Pages of Grids, for every list of them. */
export const GridConnection = Connection(Grid, 'Grid', 'A page of grids, with the total across all pages.');
