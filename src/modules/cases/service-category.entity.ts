import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredEntity } from '../../db/stored-entity.js';
import { Connection } from '../../schema/pagination.js';
import { Node } from '../node/node.interface.js';
import { CaseUrgency, CategoryKind } from './case.kinds.js';

@ObjectType('CategoryTimeLimit', { simpleResolvers: true, description: 'The time limits of a category for one urgency tier.' })
export class CategoryTimeLimit {
  @Field(() => CaseUrgency, { description: 'The urgency tier.' })
  urgency!: CaseUrgency;

  @Field(() => Int, { description: 'Hours from receipt to the first contact with the resident (the response).' })
  responseHours!: number;

  @Field(() => Int, { description: "Hours from receipt to the reply: the case's dueAt, unless an extension is granted." })
  closeHours!: number;
}

@ObjectType('ServiceCategory', { simpleResolvers: true, implements: Node, description: 'A category of service request (派单目录), in a tree: what the request is about, its kind and its time limits.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity('service_categories')
@Index('idx_service_categories_parent', ['parentId'])
export class ServiceCategory extends StoredEntity implements Node {
  @Field(() => String, { description: 'Stable business key of the category.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name of the category.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => CategoryKind, { description: 'The kind of request.' })
  @Column({ type: 'varchar', length: 24 })
  kind!: CategoryKind;

  @Column({ type: 'integer', name: 'parent_id', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => ServiceCategory, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parentRow?: ServiceCategory | null;

  @Field(() => String, { nullable: true, description: 'The Open311 GeoReport v2 service_code of the category.' })
  @Column({ type: 'varchar', name: 'open311_code', length: 64, nullable: true })
  open311Code!: string | null;

  @Column({ type: 'integer', name: 'response_hours_emergency' })
  responseHoursEmergency!: number;

  @Column({ type: 'integer', name: 'close_hours_emergency' })
  closeHoursEmergency!: number;

  @Column({ type: 'integer', name: 'response_hours_urgent' })
  responseHoursUrgent!: number;

  @Column({ type: 'integer', name: 'close_hours_urgent' })
  closeHoursUrgent!: number;

  @Column({ type: 'integer', name: 'response_hours_normal' })
  responseHoursNormal!: number;

  @Column({ type: 'integer', name: 'close_hours_normal' })
  closeHoursNormal!: number;

  /** The time limits of one urgency tier. */
  limitsFor(urgency: CaseUrgency): CategoryTimeLimit {
    switch (urgency) {
      case CaseUrgency.EMERGENCY:
        return { urgency, responseHours: this.responseHoursEmergency, closeHours: this.closeHoursEmergency };
      case CaseUrgency.URGENT:
        return { urgency, responseHours: this.responseHoursUrgent, closeHours: this.closeHoursUrgent };
      default:
        return { urgency: CaseUrgency.NORMAL, responseHours: this.responseHoursNormal, closeHours: this.closeHoursNormal };
    }
  }

  @Field(() => [CategoryTimeLimit], { description: 'Time limits per urgency tier, most urgent first.' })
  get timeLimits(): CategoryTimeLimit[] {
    return Object.values(CaseUrgency).map((urgency) => this.limitsFor(urgency));
  }
}

/** Pages of ServiceCategories. */
export const ServiceCategoryConnection = Connection(ServiceCategory, 'ServiceCategory', 'A page of service categories, with the total across all pages.');
