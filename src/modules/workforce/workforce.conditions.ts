import { Conditions } from '../../db/conditions.js';
import type { TrainingLevel, WorkerPostCategory } from './workforce.kinds.js';

/*
 * The filters and the jurisdiction of the workforce in SQL. A scoped credential sees the worker profiles
 * employed or assigned in its subtree; the courses its subtree provides or its workers attend; the
 * attendances of its workers and at the courses it provides.
 */

const inside = (root: string) => `SELECT u.descendant_id FROM organization_closure u WHERE u.ancestor_id = ${root}`;

/** A worker profile of alias `alias` is within the jurisdiction rooted at `root`: its assigned community or its employer lies in it. */
export function scopeOfProfiles(alias: string, root: string): string {
  return `(${alias}.community_id IN (${inside(root)}) OR ${alias}.employer_id IN (${inside(root)}))`;
}

/** An attendance of alias `alias` is within the jurisdiction: by one of its workers, or at a course it provides. */
export function scopeOfAttendances(alias: string, root: string): string {
  return `(${alias}.person_id IN (SELECT sw.person_id FROM worker_profiles sw WHERE ${scopeOfProfiles('sw', root)}) OR ${alias}.course_id IN (SELECT sc.id FROM training_courses sc WHERE sc.provider_id IN (${inside(root)})))`;
}

/** A course of alias `alias` is within the jurisdiction: provided by one of its organizations, or attended by one of its workers. */
export function scopeOfCourses(alias: string, root: string): string {
  return `(${alias}.provider_id IN (${inside(root)}) OR EXISTS (SELECT 1 FROM training_attendances sa JOIN worker_profiles sw ON sw.person_id = sa.person_id WHERE sa.course_id = ${alias}.id AND ${scopeOfProfiles('sw', root)}))`;
}

export interface WorkerProfileFilter {
  /** Assigned to a community of this subtree. */
  underId?: number | null;
  employerId?: number | null;
  communityId?: number | null;
  personId?: number | null;
  postCategories?: WorkerPostCategory[] | null;
  /** Employed on this day: hiredOn ≤ day < exitedOn. */
  activeAt?: string | null;
  scopeRootId?: number | null;
}

/** The WHERE clause of a worker profile filter over `worker_profiles t`. */
export function profileConditions(filter: WorkerProfileFilter): Conditions {
  const conditions = new Conditions()
    .inSubtree('t.community_id', filter.underId)
    .equals('t.employer_id', filter.employerId)
    .equals('t.community_id', filter.communityId)
    .equals('t.person_id', filter.personId)
    .in('t.post_category', filter.postCategories)
    .activeAt('t.hired_on', 't.exited_on', filter.activeAt);
  if (filter.scopeRootId != null) conditions.add((parameter) => scopeOfProfiles('t', parameter(filter.scopeRootId)));
  return conditions;
}

export interface TrainingCourseFilter {
  providerId?: number | null;
  levels?: TrainingLevel[] | null;
  topic?: string | null;
  /** Starting in [from, to) (dates). */
  from?: string | null;
  to?: string | null;
  scopeRootId?: number | null;
}

/** The WHERE clause of a course filter over `training_courses t`. */
export function courseConditions(filter: TrainingCourseFilter): Conditions {
  const conditions = new Conditions().equals('t.provider_id', filter.providerId).in('t.level', filter.levels).equals('t.topic', filter.topic);
  if (filter.from) conditions.add((parameter) => `t.starts_on >= ${parameter(filter.from)}`);
  if (filter.to) conditions.add((parameter) => `t.starts_on < ${parameter(filter.to)}`);
  if (filter.scopeRootId != null) conditions.add((parameter) => scopeOfCourses('t', parameter(filter.scopeRootId)));
  return conditions;
}
