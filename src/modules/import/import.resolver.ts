import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { Ability } from '../../auth/principal.js';
import type { Context } from '../contract.js';

@ObjectType('ImportCounts', { simpleResolvers: true, description: 'What an import did to one kind of record.' })
class ImportCountsType {
  @Field(() => Int, { description: 'Records that did not exist and were created.' })
  created!: number;

  @Field(() => Int, { description: 'Records that existed and were changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Records that existed exactly as given.' })
  unchanged!: number;
}

@ObjectType('DerivedLinkCounts', { simpleResolvers: true, description: 'Derived links the import brought in step.' })
class DerivedLinkCountsType {
  @Field(() => Int, { description: 'Derived links created.' })
  created!: number;

  @Field(() => Int, { description: 'Derived links changed.' })
  updated!: number;
}

@ObjectType('ImportSummary', { simpleResolvers: true, description: 'What an import changed, per kind of record.' })
class ImportSummaryType {
  @Field(() => ImportCountsType, { description: 'Organizations.' })
  organizations!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Grids.' })
  grids!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'People.' })
  people!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Posts.' })
  posts!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Links (other than derived ones).' })
  links!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Service categories.' })
  serviceCategories!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Service cases: created with their events, updated when events were appended, unchanged when their events were all stored.' })
  serviceCases!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Whistles: created with their summons, updated when reports or scores were added.' })
  whistles!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Resources: created, or updated (name, unit, capacity, availability, opening hours, description, status).' })
  resources!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Resource uses: created, or updated when their status moved on.' })
  resourceUses!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Needs: created, or updated when their status moved on.' })
  needs!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Activities (with their partners); a stored activity never changes.' })
  activities!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Participations; a stored participation never changes.' })
  participations!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Member reports: created, or updated when an open one was ended.' })
  memberReports!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Worker profiles: created with their grades and qualifications, updated when grades, qualifications or an exit were added.' })
  workerProfiles!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Training courses.' })
  trainingCourses!: ImportCountsType;

  @Field(() => ImportCountsType, { description: 'Training attendances.' })
  trainingAttendances!: ImportCountsType;

  @Field(() => DerivedLinkCountsType, { description: 'CROSS_APPOINTMENT links that followed the posts.' })
  crossAppointments!: DerivedLinkCountsType;
}

@Resolver()
export class ImportResolver {
  @Authorized<Ability>('write')
  @Mutation(() => ImportSummaryType, {
    description:
      'Imports a document of organizations, grids, people, posts, links, service categories, service cases (with their events), whistles, resources and their uses, needs, activities, participations and member reports keyed by code (the format of `npm run import`). One transaction: a bad record refuses the whole import, naming its code; importing the same document twice changes nothing the second time.',
  })
  importDataset(
    @Ctx() context: Context,
    @Arg('dataset', () => JSONObjectResolver, { description: 'The document: { organizations, grids, people, posts, links, serviceCategories, serviceCases, whistles, resources, resourceUses, needs, activities, participations, memberReports, workerProfiles, trainingCourses, trainingAttendances }, each a list of records.' }) dataset: Record<string, unknown>,
  ): Promise<ImportSummaryType> {
    return context.services.importer.import(dataset, { scopeRootId: context.scope.rootId });
  }
}
