import { registerEnumType } from 'type-graphql';

/** What a need is (the needs list of the "three lists", 需求清单). */
export enum NeedKind {
  GOODS = 'GOODS',
  SERVICE = 'SERVICE',
  MICRO_WISH = 'MICRO_WISH',
  PROJECT = 'PROJECT',
}

registerEnumType(NeedKind, {
  name: 'NeedKind',
  description: 'What a need on the needs list is.',
  valuesConfig: {
    GOODS: { description: 'Things: furniture, clothes, food, school supplies.' },
    SERVICE: { description: 'Help: repairs, escort, care, tutoring, legal advice.' },
    MICRO_WISH: { description: 'A small wish of one household (微心愿), usually met by one person or unit.' },
    PROJECT: { description: 'A community project: a ramp, a garden, a playground, a meeting room.' },
  },
});

/** What kind of activity (operations.md §4.1). */
export enum ActivityKind {
  VOLUNTEER_SERVICE = 'VOLUNTEER_SERVICE',
  CO_BUILDING_PROJECT = 'CO_BUILDING_PROJECT',
  CHARITY = 'CHARITY',
  PATROL = 'PATROL',
  PARTY_LIFE = 'PARTY_LIFE',
  CONSULTATION_DAY = 'CONSULTATION_DAY',
}

/** In what capacity a person took part. */
export enum ParticipationRole {
  IN_SERVICE_MEMBER = 'IN_SERVICE_MEMBER',
  RESIDENT_VOLUNTEER = 'RESIDENT_VOLUNTEER',
  WORKER = 'WORKER',
  PROFESSIONAL = 'PROFESSIONAL',
}

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'What kind of activity.',
  valuesConfig: {
    VOLUNTEER_SERVICE: { description: 'Volunteer service for residents.' },
    CO_BUILDING_PROJECT: { description: 'A project of a co-building agreement between a community and units.' },
    CHARITY: { description: 'Donations, a charity sale, help for families in difficulty.' },
    PATROL: { description: 'Safety or civility patrols.' },
    PARTY_LIFE: { description: 'Party organisational life (a theme Party day, a lecture).' },
    CONSULTATION_DAY: { description: 'Professionals answer residents (legal, medical, psychological).' },
  },
});

registerEnumType(ParticipationRole, {
  name: 'ParticipationRole',
  description: 'In what capacity a person took part in an activity.',
  valuesConfig: {
    IN_SERVICE_MEMBER: { description: 'An in-service Party member reporting to the community (双报到).' },
    RESIDENT_VOLUNTEER: { description: 'A resident volunteer.' },
    WORKER: { description: 'A community worker.' },
    PROFESSIONAL: { description: 'A professional (social worker, lawyer, doctor).' },
  },
});
