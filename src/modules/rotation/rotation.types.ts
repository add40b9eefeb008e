import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../schema/scalars/date.js';
import { PageInfo } from '../../schema/pagination.js';
import { Ratio } from '../indicators/indicator.types.js';
import { RotationGroupBy, TransitionKind } from './rotation.kinds.js';
import type { RotationFigures, TransitionRow, VacancyRow } from './rotation.sql.js';

@ObjectType('PostTransition', { simpleResolvers: true, description: 'A person leaving a committee seat, and the next post they took within the window (README, "Rotation and vacancy"). Derived from the posts; nothing is stored.' })
export class PostTransition {
  row!: TransitionRow;

  @Field(() => TransitionKind, { description: 'What kind of change it was.' })
  kind!: TransitionKind;

  @Field(() => DateScalar, { description: 'The day the seat post ended (its endDate).' })
  leftOn!: string;

  @Field(() => Int, { nullable: true, description: "Days from the seat post's end to the next post's start: negative when the next post began first (a handover, at most 30 days), null for an EXIT." })
  daysBetween!: number | null;
}

@ObjectType('PostTransitionEdge', { simpleResolvers: true, description: 'One transition in a page, with its cursor.' })
export class PostTransitionEdge {
  @Field(() => String, { description: 'Position of this item; pass it as `after` to continue from here.' })
  cursor!: string;

  @Field(() => PostTransition, { description: 'The transition.' })
  node!: PostTransition;
}

@ObjectType('PostTransitionConnection', { simpleResolvers: true, description: 'A page of post transitions, by the day the seat was left, with the total across all pages.' })
export class PostTransitionConnection {
  @Field(() => [PostTransitionEdge], { description: 'The items of this page with their cursors.' })
  edges!: PostTransitionEdge[];

  @Field(() => [PostTransition], { description: 'The items of this page, without cursors.' })
  nodes!: PostTransition[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many transitions match, across all pages.' })
  totalCount!: number;
}

@ObjectType('Vacancy', { simpleResolvers: true, description: 'A committee with fewer seats held than it has, on a date.' })
export class Vacancy {
  row!: VacancyRow;

  @Field(() => Int, { description: "The committee's established seats: recorded (setCommitteeSeats, the import) or the default of its kind (5)." })
  seats!: number;

  @Field(() => Int, { description: 'Seats held on the date: the seat posts of the committee held that day (secretary, deputy secretary, committee member, director, deputy director, member).' })
  filled!: number;

  @Field(() => Int, { description: 'seats − filled.' })
  vacant!: number;
}

@ObjectType('VacancyEdge', { simpleResolvers: true, description: 'One vacancy in a page, with its cursor.' })
export class VacancyEdge {
  @Field(() => String, { description: 'Position of this item; pass it as `after` to continue from here.' })
  cursor!: string;

  @Field(() => Vacancy, { description: 'The vacancy.' })
  node!: Vacancy;
}

@ObjectType('VacancyConnection', { simpleResolvers: true, description: 'The committees of a scope with vacant seats on a date, by code, with the totals of the scope.' })
export class VacancyConnection {
  @Field(() => DateScalar, { description: 'The date.' })
  on!: string;

  @Field(() => [VacancyEdge], { description: 'The items of this page with their cursors.' })
  edges!: VacancyEdge[];

  @Field(() => [Vacancy], { description: 'The items of this page, without cursors.' })
  nodes!: Vacancy[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many committees have vacant seats, across all pages.' })
  totalCount!: number;

  @Field(() => Int, { description: 'Established seats of every committee of the scope existing on the date.' })
  seats!: number;

  @Field(() => Int, { description: 'Of those, how many are vacant.' })
  vacantSeats!: number;
}

@ObjectType('RotationIndicatorGroup', { simpleResolvers: true, description: 'Rotation and vacancy of the committees of one community or subdistrict, or of the whole scope.' })
export class RotationIndicatorGroup {
  figures!: RotationFigures;
  groupBy!: RotationGroupBy | null;

  @Field(() => Ratio, {
    description:
      "rotationRate: committee members at `from` (distinct people holding a seat post in a community Party committee or residents' committee of the group on that day) whose seat post ended in [from, to) and who took another post within the window (30 days before to 90 days after; a transition other than EXIT) ÷ committee members at `from`.",
  })
  rotationRate!: Ratio;

  @Field(() => Ratio, {
    description:
      'vacancyDays: seat-days vacant ÷ seat-days, over [from, to). Seat-days: Σ over the committees of the group of their seats × the days of the period they existed. Seat-days vacant: Σ over those days of seats − seats held (never below 0).',
  })
  vacancyDays!: Ratio;
}

@ObjectType('RotationIndicators', { simpleResolvers: true, description: 'Rotation and vacancy indicators of the committees of a scope over a period (README, "Rotation and vacancy").' })
export class RotationIndicators {
  scopeId!: number;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Day after the period (exclusive).' })
  to!: string;

  @Field(() => RotationGroupBy, { nullable: true, description: 'What the groups are; null: one group, the whole scope.' })
  groupBy!: RotationGroupBy | null;

  @Field(() => [RotationIndicatorGroup], { description: 'The groups, by database id of the community or subdistrict (those with committee members or seats).' })
  groups!: RotationIndicatorGroup[];
}
