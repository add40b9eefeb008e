import { z } from 'zod';
import { BadUserInputError } from '../../errors/index.js';
import { businessCodeSchema, nameSchema, textSchema } from '../../lib/parse-input.js';
import { OrganizationKind } from '../organizations/organization.kinds.js';
import { ResourceKind } from './resource.kinds.js';
import { USE_LIFECYCLE, type ResourceUseStatus, type ResourceUseStep } from './resource-use.transitions.js';

/*
 * The rules of resources and their uses, pure: the field schemas the mutations (and, later, the import
 * format) share, the opening-hours format, and the checks the service applies.
 */

export const resourceCodeSchema = businessCodeSchema(64);
export const resourceUseCodeSchema = businessCodeSchema(96);
export const resourceNameSchema = nameSchema(200);
/** m², seat, CNY, hour, item, person… */
export const resourceUnitSchema = nameSchema(16);
export const purposeSchema = textSchema(500);
/** A capacity or a quantity: positive, finite, at most a billion (a budget in CNY). */
export const quantitySchema = z.number().finite('must be a number').positive('must be more than 0').max(1e9, 'must be at most 1000000000');
export const availableSchema = z.number().finite('must be a number').nonnegative('must not be negative').max(1e9, 'must be at most 1000000000');

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
/** Open minutes per weekday, Monday first. */
export type WeeklyMinutes = [number, number, number, number, number, number, number];
export const ALWAYS_OPEN: WeeklyMinutes = [1440, 1440, 1440, 1440, 1440, 1440, 1440];

const RULE = /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*) +(\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*)$/;

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * A simple weekly schedule, the weekday-and-hours subset of OpenStreetMap's opening_hours:
 * rules separated by ";", each days (Mo Tu We Th Fr Sa Su, ranges Mo-Fr, lists Mo,We) then times
 * (08:00-12:00, lists 08:00-12:00,14:00-18:00; 24:00 ends a day), as in "Mo-Fr 08:30-17:30; Sa 09:00-12:00".
 * Times are local; a time range may not cross midnight, and ranges of one day may not overlap.
 * Returns the open minutes of each weekday, Monday first; BAD_USER_INPUT naming the rule otherwise.
 */
export function parseOpeningHours(text: string, field: string): WeeklyMinutes {
  const minutes: WeeklyMinutes = [0, 0, 0, 0, 0, 0, 0];
  const ranges: [number, number][][] = [[], [], [], [], [], [], []];
  const rules = text.split(';').map((rule) => rule.trim()).filter((rule) => rule.length > 0);
  if (rules.length === 0) throw new BadUserInputError(`"${field}" is empty; give rules such as "Mo-Fr 08:30-17:30; Sa 09:00-12:00", or leave it out for always open.`, { field });
  for (const rule of rules) {
    const match = RULE.exec(rule);
    if (!match) throw new BadUserInputError(`"${field}": "${rule.slice(0, 60)}" is not a rule like "Mo-Fr 08:30-17:30" (days Mo Tu We Th Fr Sa Su, ranges and lists, then HH:MM-HH:MM times).`, { field });
    const days = new Set<number>();
    for (const part of match[1]!.split(',')) {
      const [first, last] = part.split('-') as [string, string | undefined];
      const start = WEEKDAYS.indexOf(first as (typeof WEEKDAYS)[number]);
      const end = last === undefined ? start : WEEKDAYS.indexOf(last as (typeof WEEKDAYS)[number]);
      if (end < start) throw new BadUserInputError(`"${field}": the day range ${part} runs backwards; write it Monday first.`, { field });
      for (let day = start; day <= end; day += 1) days.add(day);
    }
    for (const span of match[2]!.split(',')) {
      const [opens, closes] = span.split('-') as [string, string];
      const from = minutesOf(opens);
      const to = minutesOf(closes);
      if (from >= 1440 || to > 1440 || Number(opens.slice(3)) > 59 || Number(closes.slice(3)) > 59 || to <= from) {
        throw new BadUserInputError(`"${field}": ${span} is not a time range within one day (opening before closing, 00:00 to 24:00).`, { field });
      }
      for (const day of days) {
        if (ranges[day]!.some(([a, b]) => from < b && a < to)) throw new BadUserInputError(`"${field}": ${WEEKDAYS[day]} ${span} overlaps another range of the same day.`, { field });
        ranges[day]!.push([from, to]);
        minutes[day] += to - from;
      }
    }
  }
  return minutes;
}

/** How many of each weekday (Monday first) lie in the half-open date range [from, to). */
export function weekdayCounts(from: string, to: string): WeeklyMinutes {
  const counts: WeeklyMinutes = [0, 0, 0, 0, 0, 0, 0];
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  const end = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)));
  const days = Math.max(0, Math.round((end - start) / 86_400_000));
  const firstWeekday = (new Date(start).getUTCDay() + 6) % 7;
  for (let weekday = 0; weekday < 7; weekday += 1) {
    const offset = (weekday - firstWeekday + 7) % 7;
    counts[weekday] = offset >= days ? 0 : Math.floor((days - 1 - offset) / 7) + 1;
  }
  return counts;
}

/** A resource is placed in a community: a community Party committee. */
export function checkResourceCommunity(community: { code: string; kind: OrganizationKind }, code: string, field: string): void {
  if (community.kind !== OrganizationKind.COMMUNITY_PARTY_COMMITTEE) {
    throw new BadUserInputError(`Resource ${code}: ${field} ${community.code} is a ${community.kind}, not a ${OrganizationKind.COMMUNITY_PARTY_COMMITTEE}.`, { field, record: code });
  }
}

/** The table allows `step` after the use's status; else BAD_USER_INPUT naming the use, its status and what is allowed. */
export function checkUseStep(use: { code: string; status: ResourceUseStatus }, step: ResourceUseStep, field = 'input.id'): ResourceUseStatus {
  return USE_LIFECYCLE.check(use, step, field);
}

/** The period of a use: FUNDS take a date, the other kinds a period [from, to). Returns the stored instants. */
export function usePeriod(kind: ResourceKind, input: { from?: string | null; to?: string | null; date?: string | null }, code: string): { startsAt: string; endsAt: string } {
  if (kind === ResourceKind.FUNDS) {
    if (input.date == null) throw new BadUserInputError(`Resource ${code} is FUNDS: give the "date" of the disbursement.`, { field: 'input.date', record: code });
    if (input.from != null || input.to != null) throw new BadUserInputError(`Resource ${code} is FUNDS: give a "date", not "from" and "to".`, { field: input.from != null ? 'input.from' : 'input.to', record: code });
    const next = new Date(Date.parse(`${input.date}T00:00:00.000Z`) + 86_400_000).toISOString();
    return { startsAt: `${input.date}T00:00:00.000Z`, endsAt: next };
  }
  if (input.date != null) throw new BadUserInputError(`Resource ${code} is ${kind}: give "from" and "to", not a "date".`, { field: 'input.date', record: code });
  if (input.from == null || input.to == null) throw new BadUserInputError(`Resource ${code} is ${kind}: give the period of the use, "from" and "to".`, { field: input.from == null ? 'input.from' : 'input.to', record: code });
  if (input.to <= input.from) throw new BadUserInputError(`The use of ${code} must end after it starts: "to" (${input.to}) is not after "from" (${input.from}).`, { field: 'input.to', record: code });
  return { startsAt: input.from, endsAt: input.to };
}

/** The days (YYYY-MM-DD, UTC) a use touches, first and last: a sharing link must be in force on both (links are single periods). */
export function useDays(startsAt: string, endsAt: string): { first: string; last: string } {
  return { first: startsAt.slice(0, 10), last: new Date(Date.parse(endsAt) - 1).toISOString().slice(0, 10) };
}

export interface HeldUse {
  code: string;
  startsAt: string;
  endsAt: string;
  quantity: number;
}

/**
 * For kinds booked over time: the highest load at any instant of [startsAt, endsAt) from the uses that
 * overlap it, and the uses making that peak. A new use fits when peak + its quantity ≤ maximum.
 */
export function peakLoad(uses: readonly HeldUse[], startsAt: string, endsAt: string): { load: number; uses: HeldUse[] } {
  const overlapping = uses.filter((use) => use.startsAt < endsAt && startsAt < use.endsAt);
  let best: { load: number; uses: HeldUse[] } = { load: 0, uses: [] };
  // The load only rises where a use starts: check at the period's start and at each overlapping start inside it.
  const instants = [startsAt, ...overlapping.map((use) => use.startsAt).filter((instant) => instant > startsAt)];
  for (const instant of instants) {
    const at = overlapping.filter((use) => use.startsAt <= instant && instant < use.endsAt);
    const load = at.reduce((sum, use) => sum + use.quantity, 0);
    if (load > best.load) best = { load, uses: at };
  }
  return best;
}
