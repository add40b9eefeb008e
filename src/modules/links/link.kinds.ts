import { registerEnumType } from 'type-graphql';

/** The horizontal collaboration links of the brief. */
export enum LinkKind {
  CROSS_APPOINTMENT = 'CROSS_APPOINTMENT',
  PARTY_PRESENCE = 'PARTY_PRESENCE',
  CO_BUILDING = 'CO_BUILDING',
  UNIT_REPORTING = 'UNIT_REPORTING',
  SERVICE_PARTNERSHIP = 'SERVICE_PARTNERSHIP',
  GUIDANCE = 'GUIDANCE',
  RESOURCE_SHARING = 'RESOURCE_SHARING',
  JOINT_MEETING = 'JOINT_MEETING',
}

export enum LinkStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  ENDED = 'ENDED',
}

/** Which of an organization's links to follow. */
export enum LinkDirection {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

/** Kinds that the server derives itself and that clients may not create or end directly. */
export const DERIVED_LINK_KINDS: readonly LinkKind[] = [LinkKind.CROSS_APPOINTMENT];

registerEnumType(LinkKind, {
  name: 'LinkKind',
  description: 'The kind of a horizontal collaboration link.',
  valuesConfig: {
    CROSS_APPOINTMENT: { description: 'People hold concurrent posts in both organizations. Derived from posts and kept in step with them; weight is the number of people.' },
    PARTY_PRESENCE: { description: 'A Party organisation (source) is present inside a non-public enterprise or social organisation (target).' },
    CO_BUILDING: { description: 'A co-building agreement between a community (source) and a unit stationed there (target).' },
    UNIT_REPORTING: { description: 'A unit or its Party members (source) register with the community (target) and take on services ("double reporting").' },
    SERVICE_PARTNERSHIP: { description: 'A service centre connects with a self-management organisation, or a professional organisation assists community workers.' },
    GUIDANCE: { description: 'A service group (source) leads a charity or social organisation (target).' },
    RESOURCE_SHARING: { description: 'The source lends space, funds, people or equipment to the target.' },
    JOINT_MEETING: { description: 'The organizations meet as a joint committee.' },
  },
});

registerEnumType(LinkStatus, {
  name: 'LinkStatus',
  description: 'Where a link stands today.',
  valuesConfig: {
    ACTIVE: { description: 'In force.' },
    SUSPENDED: { description: 'Paused; not ended.' },
    ENDED: { description: 'Ended on its `until` date; kept for history.' },
  },
});

registerEnumType(LinkDirection, {
  name: 'LinkDirection',
  description: "Which of an organization's links to follow.",
  valuesConfig: {
    OUT: { description: 'Links where the organization is the source.' },
    IN: { description: 'Links where the organization is the target.' },
    BOTH: { description: 'Links in either direction.' },
  },
});
