import { registerEnumType } from 'type-graphql';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { PostRole } from '../people/post.kinds.js';

/*
 * The vocabulary of rotation and vacancy (README, "Rotation and vacancy"): which organizations are the
 * "two committees", which posts are their seats, how many seats a committee has when none is recorded,
 * and the window that joins a post that ended to the next one its holder took.
 */

/** The "two committees" of a community: the community Party committee and the residents' committee under it. */
export const COMMITTEE_KINDS: readonly OrganizationKind[] = [OrganizationKind.COMMUNITY_PARTY_COMMITTEE, OrganizationKind.RESIDENTS_COMMITTEE];

/** The roles that hold a committee seat (members of the committee); staff, volunteers and grid chiefs do not. */
export const SEAT_ROLES: readonly PostRole[] = [PostRole.SECRETARY, PostRole.DEPUTY_SECRETARY, PostRole.COMMITTEE_MEMBER, PostRole.DIRECTOR, PostRole.DEPUTY_DIRECTOR, PostRole.MEMBER];

/** Head posts: taking one from a post that was not is a promotion. */
export const HEAD_ROLES: readonly PostRole[] = [PostRole.SECRETARY, PostRole.DIRECTOR];

/** Organizations above a community in the chain: a post there after a committee post is a promotion. */
export const HIGHER_KINDS: readonly OrganizationKind[] = [OrganizationKind.DISTRICT_PARTY_COMMITTEE, OrganizationKind.SUBDISTRICT_PARTY_WORKING_COMMITTEE];

/**
 * Seats of a committee without a recorded number (domain.md, "two committees" size): a community Party
 * committee has 5–7 members and a residents' committee at least 5 (one per 300 households, at most 7),
 * so both default to the floor, 5.
 */
export const DEFAULT_SEATS: Readonly<Record<string, number>> = {
  [OrganizationKind.COMMUNITY_PARTY_COMMITTEE]: 5,
  [OrganizationKind.RESIDENTS_COMMITTEE]: 5,
};

/** The most seats a committee may record. */
export const MAX_SEATS = 50;

/**
 * The next post of a person who left a committee seat is the earliest post they started from this many
 * days before the end (a handover) ...
 */
export const HANDOVER_DAYS = 30;
/** ... to this many days after it; without one the transition is an EXIT. */
export const TRANSITION_WINDOW_DAYS = 90;

export enum TransitionKind {
  EXCHANGE = 'EXCHANGE',
  MOVE_ACROSS_COMMUNITIES = 'MOVE_ACROSS_COMMUNITIES',
  PROMOTION = 'PROMOTION',
  OTHER_POST = 'OTHER_POST',
  EXIT = 'EXIT',
}

registerEnumType(TransitionKind, {
  name: 'PostTransitionKind',
  description: 'What a person did after leaving a committee seat, judged from the next post they took (checked in this order: PROMOTION, EXCHANGE, MOVE_ACROSS_COMMUNITIES, OTHER_POST).',
  valuesConfig: {
    PROMOTION: { description: 'The next post is in the subdistrict or district Party committee, or is a head post (secretary, director) after a post that was not.' },
    EXCHANGE: { description: "The next post is in the other committee of the same community: from the community Party committee to its residents' committee or back." },
    MOVE_ACROSS_COMMUNITIES: { description: 'The next post is in (or under) another community.' },
    OTHER_POST: { description: 'Another post in the same community that is none of the above (another role in the same committee, a grid branch, the service centre), or outside the chain.' },
    EXIT: { description: 'No next post within the window: the person left.' },
  },
});

export enum RotationGroupBy {
  COMMUNITY = 'COMMUNITY',
  SUBDISTRICT = 'SUBDISTRICT',
}

registerEnumType(RotationGroupBy, {
  name: 'RotationGroupBy',
  description: 'What rotation and vacancy indicators are grouped by: the community of the committee, or its subdistrict.',
  valuesConfig: {
    COMMUNITY: { description: "By community: a community Party committee with the residents' committee under it." },
    SUBDISTRICT: { description: 'By subdistrict: the subdistrict Party working committee above the community.' },
  },
});
