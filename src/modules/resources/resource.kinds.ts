import { registerEnumType } from 'type-graphql';

/** What a resource is (the resource list of the "three lists", 资源清单). */
export enum ResourceKind {
  SPACE = 'SPACE',
  FUNDS = 'FUNDS',
  EQUIPMENT = 'EQUIPMENT',
  VOLUNTEER_TIME = 'VOLUNTEER_TIME',
  EXPERTISE = 'EXPERTISE',
}

/** Where a resource stands (Open Referral HSDS 3 service status). */
export enum ResourceStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  TEMPORARILY_CLOSED = 'TEMPORARILY_CLOSED',
  DEFUNCT = 'DEFUNCT',
}

/** The kinds booked over a period of time; FUNDS are disbursed on a date. */
export const TIMED_KINDS: readonly ResourceKind[] = [ResourceKind.SPACE, ResourceKind.EQUIPMENT, ResourceKind.VOLUNTEER_TIME, ResourceKind.EXPERTISE];
/** The kinds whose capacity is measured against opening hours in resourceUtilisation. */
export const SCHEDULED_KINDS: readonly ResourceKind[] = [ResourceKind.SPACE, ResourceKind.EQUIPMENT];

/** How a list of resources is sorted. */
export enum ResourceOrder {
  CODE_ASC = 'CODE_ASC',
  NAME_ASC = 'NAME_ASC',
  MAXIMUM_DESC = 'MAXIMUM_DESC',
}

export function resourceOrderSql(order: ResourceOrder): string {
  switch (order) {
    case ResourceOrder.NAME_ASC:
      return 't.name, t.id';
    case ResourceOrder.MAXIMUM_DESC:
      return 't.maximum DESC, t.id';
    default:
      return 't.code, t.id';
  }
}

/** What resourceIndicators groups by. */
export enum ResourceGroupBy {
  COMMUNITY = 'COMMUNITY',
  GRID = 'GRID',
  KIND = 'KIND',
}

registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'What a resource is.',
  valuesConfig: {
    SPACE: { description: 'A room, hall or station, measured in m² or seats; booked over periods.' },
    FUNDS: { description: 'A budget (CNY); disbursed on dates against the remaining amount.' },
    EQUIPMENT: { description: 'Items lent out (tents, chairs, a projector); booked over periods.' },
    VOLUNTEER_TIME: { description: 'People offered for service (hours, people at a time); booked over periods.' },
    EXPERTISE: { description: 'Professional help (legal, medical, social work), in hours or people at a time; booked over periods.' },
  },
});

registerEnumType(ResourceStatus, {
  name: 'ResourceStatus',
  description: 'Where a resource stands (Open Referral HSDS 3). Only ACTIVE resources take new requests.',
  valuesConfig: {
    ACTIVE: { description: 'Offered: takes requests.' },
    INACTIVE: { description: 'Not offered for now.' },
    TEMPORARILY_CLOSED: { description: 'Closed for a while (repairs, an event); expected back.' },
    DEFUNCT: { description: 'Gone for good; kept for history.' },
  },
});

registerEnumType(ResourceOrder, {
  name: 'ResourceOrder',
  description: 'How a list of resources is sorted.',
  valuesConfig: { CODE_ASC: { description: 'By code (the default).' }, NAME_ASC: { description: 'By name.' }, MAXIMUM_DESC: { description: 'Largest capacity first.' } },
});

registerEnumType(ResourceGroupBy, {
  name: 'ResourceGroupBy',
  description: 'What resource indicators are grouped by.',
  valuesConfig: {
    COMMUNITY: { description: "The resource's community." },
    GRID: { description: "The resource's grid (resources placed in a community without a grid are left out)." },
    KIND: { description: 'The kind of resource.' },
  },
});
