import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Node } from '../node/node.interface.js';

@ObjectType('Person', { implements: Node, description: 'A person who holds or held posts in organizations.' })
@Directive('@key(fields: "id")')
@Entity('people')
export class Person extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key of the person (not an identity-card number).' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Field(() => String, { description: 'Full name. Personal data.' })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact phone number. Personal data.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Field(() => Boolean, { description: 'Whether the person is a Communist Party member. Personal data (political affiliation).' })
  @Column({ type: 'boolean', name: 'party_member', default: false })
  partyMember!: boolean;
}
