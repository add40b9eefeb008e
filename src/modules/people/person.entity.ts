import { Connection } from '../../schema/pagination.js';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Node } from '../node/node.interface.js';

@ObjectType('Person', { simpleResolvers: true, implements: Node, description: 'A person who holds or held posts in organizations.' })
@Directive('@key(fields: "id")')
@Entity('people')
export class Person extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key of the person (not an identity-card number).' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  /** Personal data: exposed through PersonResolver, which masks it without the pii right. */
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'boolean', name: 'party_member', default: false })
  partyMember!: boolean;
}

/** Pages of Persons, for every list of them. */
export const PersonConnection = Connection(Person, 'Person', 'A page of people, with the total across all pages.');
