import { registerEnumType } from 'type-graphql';
import { LinkKind } from '../links/link.kinds.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';

/** How a request came in. */
export enum CaseChannel {
  HOTLINE = 'HOTLINE',
  ONLINE = 'ONLINE',
  GRID_PATROL = 'GRID_PATROL',
  WALK_IN = 'WALK_IN',
  SENSOR = 'SENSOR',
  PARTY_MEMBER = 'PARTY_MEMBER',
}

/** The five kinds of request of the Beijing regulation (咨询、求助、投诉、举报、建议). */
export enum CategoryKind {
  CONSULTATION = 'CONSULTATION',
  REQUEST_FOR_HELP = 'REQUEST_FOR_HELP',
  COMPLAINT = 'COMPLAINT',
  REPORT = 'REPORT',
  SUGGESTION = 'SUGGESTION',
}

/** The urgency tiers (red, yellow, blue); each category sets its time limits per tier. */
export enum CaseUrgency {
  EMERGENCY = 'EMERGENCY',
  URGENT = 'URGENT',
  NORMAL = 'NORMAL',
}

/** Whether the problem was solved: the resident's answer at the revisit, or the handler's claim in its reply. */
export enum Resolution {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY = 'BASICALLY',
  DISSATISFIED = 'DISSATISFIED',
}

/** The three cases that justify a whistle (operations.md §1.2). */
export enum WhistleReason {
  BEYOND_CAPACITY = 'BEYOND_CAPACITY',
  ENFORCEMENT = 'ENFORCEMENT',
  EMERGENCY = 'EMERGENCY',
}

/** What made an organization a reachable target of a dispatch, a transfer or a whistle. */
export enum EligibilityKind {
  CHAIN = 'CHAIN',
  LINK = 'LINK',
}

/** The horizontal links through which a case may reach an organization outside its chain. */
export const REACHING_LINK_KINDS: readonly LinkKind[] = [LinkKind.CO_BUILDING, LinkKind.UNIT_REPORTING, LinkKind.SERVICE_PARTNERSHIP, LinkKind.GUIDANCE, LinkKind.PARTY_PRESENCE];

/** Who may blow a whistle: a community committee or a subdistrict working committee. */
export const WHISTLE_CALLER_KINDS: readonly OrganizationKind[] = [OrganizationKind.COMMUNITY_PARTY_COMMITTEE, OrganizationKind.SUBDISTRICT_PARTY_WORKING_COMMITTEE];

/** Default time limits, in hours, per urgency (operations.md §1.1, domain.md: red 2 h, yellow 24 h, blue 72 h to respond). */
export const DEFAULT_TIME_LIMITS: Record<CaseUrgency, { responseHours: number; closeHours: number }> = {
  EMERGENCY: { responseHours: 2, closeHours: 24 },
  URGENT: { responseHours: 24, closeHours: 72 },
  NORMAL: { responseHours: 72, closeHours: 168 },
};

registerEnumType(CaseChannel, {
  name: 'CaseChannel',
  description: 'How a request came in.',
  valuesConfig: {
    HOTLINE: { description: 'A call to the 12345 citizen service hotline.' },
    ONLINE: { description: 'A web, app or mini-program submission.' },
    GRID_PATROL: { description: 'Found by a grid worker on patrol (proactive governance, 未诉先办).' },
    WALK_IN: { description: 'Brought to a community or subdistrict front desk.' },
    SENSOR: { description: 'Raised by a sensor or camera (smoke, water, lifts).' },
    PARTY_MEMBER: { description: 'Raised by a Party member reporting to the community (吹哨 from below).' },
  },
});

registerEnumType(CategoryKind, {
  name: 'CategoryKind',
  description: 'The kinds of request of the Beijing regulation on handling complaints upon receipt.',
  valuesConfig: {
    CONSULTATION: { description: 'A question (咨询); often answered at intake.' },
    REQUEST_FOR_HELP: { description: 'A request for help (求助).' },
    COMPLAINT: { description: 'A complaint (投诉).' },
    REPORT: { description: 'A report of a violation (举报).' },
    SUGGESTION: { description: 'A suggestion (建议).' },
  },
});

registerEnumType(CaseUrgency, {
  name: 'CaseUrgency',
  description: 'Urgency tier; the category sets the time limits of each.',
  valuesConfig: {
    EMERGENCY: { description: 'Red: an emergency (burst pipe, no heating in winter); default 2 h to respond.' },
    URGENT: { description: 'Yellow: urgent; default 24 h to respond.' },
    NORMAL: { description: 'Blue: ordinary; default 72 h to respond, 7 days to close.' },
  },
});

registerEnumType(Resolution, {
  name: 'Resolution',
  description: 'Whether the problem was solved.',
  valuesConfig: { YES: { description: 'Solved.' }, PARTLY: { description: 'Partly solved.' }, NO: { description: 'Not solved.' } },
});

registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  description: "The resident's satisfaction at the revisit.",
  valuesConfig: { SATISFIED: { description: 'Satisfied.' }, BASICALLY: { description: 'Basically satisfied.' }, DISSATISFIED: { description: 'Dissatisfied.' } },
});

registerEnumType(WhistleReason, {
  name: 'WhistleReason',
  description: 'Why a whistle was blown (operations.md §1.2).',
  valuesConfig: {
    BEYOND_CAPACITY: { description: 'A prominent problem the community or subdistrict cannot solve alone (parking, old-estate renewal, lifts).' },
    ENFORCEMENT: { description: 'Comprehensive enforcement the caller has no power for (illegal construction).' },
    EMERGENCY: { description: 'An emergency (burst pipe, road collapse).' },
  },
});

registerEnumType(EligibilityKind, {
  name: 'EligibilityKind',
  description: 'What made an organization reachable from a case.',
  valuesConfig: {
    CHAIN: { description: "It is in the case's chain on the date: the community, an organization above it, or one below it." },
    LINK: { description: `It is joined to the chain by a link in force on the date, of kind ${REACHING_LINK_KINDS.join(', ')}.` },
  },
});
