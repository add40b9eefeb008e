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
