import { registerEnumType } from 'type-graphql';

/** The three posts of the community worker scale (operations.md §1.4): each spans 12 of the 18 grades. */
export enum WorkerPostCategory {
  HEAD = 'HEAD',
  DEPUTY = 'DEPUTY',
  GENERAL = 'GENERAL',
}

registerEnumType(WorkerPostCategory, {
  name: 'WorkerPostCategory',
  description: 'The post of a community worker on the 3-post, 18-grade scale.',
  valuesConfig: {
    HEAD: { description: 'Head of a community (Party secretary, residents\u2019 committee director): grades 7\u201318.' },
    DEPUTY: { description: 'Deputy head: grades 4\u201315.' },
    GENERAL: { description: 'Other community staff: grades 1\u201312.' },
  },
});

/** Why a worker's grade changed. */
export enum GradeChangeReason {
  SENIORITY = 'SENIORITY',
  EDUCATION = 'EDUCATION',
  CERTIFICATE = 'CERTIFICATE',
  PROMOTION = 'PROMOTION',
}

registerEnumType(GradeChangeReason, {
  name: 'GradeChangeReason',
  description: 'Why a grade was given or changed.',
  valuesConfig: {
    SENIORITY: { description: 'Years of service: about one step every 3 years (also the grade given on hiring).' },
    EDUCATION: { description: 'A degree, counted as years of service (bachelor 3, master 5, doctorate 7).' },
    CERTIFICATE: { description: 'A social-work qualification obtained.' },
    PROMOTION: { description: 'A move to a higher post (GENERAL \u2192 DEPUTY \u2192 HEAD).' },
  },
});

/** The national social-work qualifications (助理社会工作师 / 社会工作师 / 高级社会工作师). */
export enum QualificationLevel {
  ASSISTANT = 'ASSISTANT',
  INTERMEDIATE = 'INTERMEDIATE',
  SENIOR = 'SENIOR',
}

registerEnumType(QualificationLevel, {
  name: 'QualificationLevel',
  description: 'A social-work qualification; its registration is renewed every 3 years with continuing education (72 h for ASSISTANT, 90 h for the two higher levels).',
  valuesConfig: {
    ASSISTANT: { description: 'Assistant social worker (助理社会工作师).' },
    INTERMEDIATE: { description: 'Social worker (社会工作师).' },
    SENIOR: { description: 'Senior social worker (高级社会工作师).' },
  },
});

/** Why a worker left. */
export enum WorkerExitReason {
  RESIGNED = 'RESIGNED',
  TRANSFERRED = 'TRANSFERRED',
  RETIRED = 'RETIRED',
  DISMISSED = 'DISMISSED',
  NOT_RE_ELECTED = 'NOT_RE_ELECTED',
  CIVIL_SERVICE = 'CIVIL_SERVICE',
}

registerEnumType(WorkerExitReason, {
  name: 'WorkerExitReason',
  description: 'Why a community worker left.',
  valuesConfig: {
    RESIGNED: { description: 'Resigned (the voluntary exits).' },
    TRANSFERRED: { description: 'Transferred to another employer outside the community workforce.' },
    RETIRED: { description: 'Retired.' },
    DISMISSED: { description: 'Dismissed.' },
    NOT_RE_ELECTED: { description: 'Not re-elected at the end of a term.' },
    CIVIL_SERVICE: { description: 'Entered the civil service.' },
  },
});

/** At what level a training course is held. */
export enum TrainingLevel {
  DISTRICT = 'DISTRICT',
  SUBDISTRICT = 'SUBDISTRICT',
  COMMUNITY = 'COMMUNITY',
  ONLINE = 'ONLINE',
}

registerEnumType(TrainingLevel, {
  name: 'TrainingLevel',
  description: 'At what level a training course is held.',
  valuesConfig: {
    DISTRICT: { description: 'Concentrated training at district level (or above).' },
    SUBDISTRICT: { description: 'Training at subdistrict level.' },
    COMMUNITY: { description: 'Training in a community.' },
    ONLINE: { description: 'An online course.' },
  },
});

/** What the workforce indicators are computed per. */
export enum WorkforceGroupBy {
  COMMUNITY = 'COMMUNITY',
  SUBDISTRICT = 'SUBDISTRICT',
}

registerEnumType(WorkforceGroupBy, {
  name: 'WorkforceGroupBy',
  description: 'What the workforce indicators are computed per.',
  valuesConfig: {
    COMMUNITY: { description: "The worker's assigned community." },
    SUBDISTRICT: { description: "The subdistrict above the worker's assigned community." },
  },
});

/** Whether a training course is to be held (or was), or was called off. Nothing is deleted: a cancelled course stays, with its attendances. */
export enum TrainingCourseStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(TrainingCourseStatus, {
  name: 'TrainingCourseStatus',
  description: 'Whether a training course is held or was called off.',
  valuesConfig: {
    SCHEDULED: { description: 'Held as recorded (or to be).' },
    CANCELLED: { description: 'Called off (cancelTrainingCourse): kept with its attendances, which no indicator counts; it can no longer change.' },
  },
});
