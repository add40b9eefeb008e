import { Arg, Ctx, Field, ID, InputType, Resolver, Root, Subscription } from 'type-graphql';
import { parseGlobalId } from '../../lib/global-id.js';
import type { Context } from '../contract.js';
import { CaseEvent } from './case-event.entity.js';
import type { CaseEventDelivery } from './case.feed.js';
import { CaseEventKind, CaseStatus } from './case.transitions.js';

@InputType('CaseEventSubscriptionFilter', { description: 'Conditions a case event must all meet to be sent to a caseEvents subscriber.' })
export class CaseEventSubscriptionFilterInput {
  @Field(() => [CaseStatus], { nullable: true, description: 'Only events that leave their case in one of these statuses.' })
  statuses?: CaseStatus[] | null;

  @Field(() => [CaseEventKind], { nullable: true, description: 'Only these kinds of event.' })
  kinds?: CaseEventKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only cases whose community is this organization or lies in its subtree.' })
  under?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cases this organization handles after the event, or that it has just handed on (dispatched, transferred, returned).' })
  handler?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only cases of these categories (ServiceCategory ids), each with its direct subcategories.' })
  categories?: string[] | null;
}

interface SubscriptionArgs {
  filter?: CaseEventSubscriptionFilterInput | null;
}

/** The caseEvents subscription, over graphql-ws on /graphql (src/server/subscriptions.ts). */
@Resolver()
export class CaseSubscriptionResolver {
  @Subscription(() => CaseEvent, {
    description:
      'Every case event committed from now on that your jurisdiction lets you see (the cases of your subtree and those your organizations handle), as it happens: over graphql-ws (WebSocket) on /graphql, with the same credentials as HTTP in connectionParams ({ authorization: "Bearer …" }). Personal data is masked as in queries. Its `serviceCase` is the case as it stood just after the event was committed. An event of a write that failed is never sent.',
    subscribe: async ({ args, context }) => {
      const { filter } = args as SubscriptionArgs;
      const categoryIds = filter?.categories?.map((id, index) => parseGlobalId(id, 'ServiceCategory', `filter.categories.${index}`));
      const viewer = context as Context;
      return viewer.services.cases.subscribeToEvents({
        statuses: filter?.statuses ?? null,
        kinds: filter?.kinds ?? null,
        underId: filter?.under == null ? null : parseGlobalId(filter.under, 'Organization', 'filter.under'),
        handlerId: filter?.handler == null ? null : parseGlobalId(filter.handler, 'Organization', 'filter.handler'),
        categoryIds: categoryIds ? await viewer.services.cases.categoriesWithChildren(categoryIds) : null,
        scopeRootId: viewer.scope.rootId,
      });
    },
  })
  caseEvents(
    @Root() delivery: CaseEventDelivery,
    @Ctx() context: Context,
    @Arg('filter', () => CaseEventSubscriptionFilterInput, { nullable: true, description: 'Conditions to meet; every event you may see when omitted.' }) _filter?: CaseEventSubscriptionFilterInput | null,
  ): CaseEvent {
    // Each event runs in a context of its own (fresh loaders): the case as read after the commit is the one its fields show.
    context.loaders.cases.caseById.clear(delivery.serviceCase.databaseId).prime(delivery.serviceCase.databaseId, delivery.serviceCase);
    return delivery.event;
  }
}
