import { registerEnumType } from 'type-graphql';

/** The role a post carries; `title` gives the local wording. */
export enum PostRole {
  SECRETARY = 'SECRETARY',
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  MEMBER = 'MEMBER',
  GRID_CHIEF = 'GRID_CHIEF',
  GRID_WORKER = 'GRID_WORKER',
  BUILDING_HEAD = 'BUILDING_HEAD',
  PARTY_LIAISON = 'PARTY_LIAISON',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  STAFF = 'STAFF',
  VOLUNTEER = 'VOLUNTEER',
}

registerEnumType(PostRole, {
  name: 'PostRole',
  description: 'The role a post carries in its organization.',
  valuesConfig: {
    SECRETARY: { description: 'Secretary of a Party organisation.' },
    DEPUTY_SECRETARY: { description: 'Deputy secretary of a Party organisation.' },
    COMMITTEE_MEMBER: { description: 'Member of a Party committee or branch committee.' },
    DIRECTOR: { description: "Director (chair) of a residents' committee, centre or unit." },
    DEPUTY_DIRECTOR: { description: 'Deputy director.' },
    MEMBER: { description: "Member of a residents' committee or self-management organisation." },
    GRID_CHIEF: { description: 'Head of a grid.' },
    GRID_WORKER: { description: 'Full- or part-time grid worker.' },
    BUILDING_HEAD: { description: 'Building or unit head: the volunteer contact of one building.' },
    PARTY_LIAISON: { description: 'Party-building instructor or liaison to an enterprise or social organisation.' },
    SOCIAL_WORKER: { description: 'Professional social worker.' },
    STAFF: { description: 'Paid staff member.' },
    VOLUNTEER: { description: 'Volunteer.' },
  },
});

/** Why a post ended (optional: older posts and imports may not say). */
export enum PostEndReason {
  TERM_END = 'TERM_END',
  ROTATION = 'ROTATION',
  RESIGNATION = 'RESIGNATION',
  ELECTION = 'ELECTION',
  DISMISSAL = 'DISMISSAL',
}

registerEnumType(PostEndReason, {
  name: 'PostEndReason',
  description: 'Why a post ended.',
  valuesConfig: {
    TERM_END: { description: 'The term of office ended (a general election, the end of an appointment).' },
    ROTATION: { description: 'Rotated to another post: an exchange between the two committees, a move to another community, a posting up the chain.' },
    RESIGNATION: { description: 'The holder resigned or left of their own accord (retirement, a move away).' },
    ELECTION: { description: 'Not re-elected, or replaced in an election or by-election.' },
    DISMISSAL: { description: 'Dismissed or removed from the post.' },
  },
});
