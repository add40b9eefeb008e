import type { DatasetInput } from '../../src/modules/import/dataset.js';
import { LinkKind as L } from '../../src/modules/links/link.kinds.js';
import { OrganizationKind as K } from '../../src/modules/organizations/organization.kinds.js';
import { GradeChangeReason, QualificationLevel, TrainingLevel, WorkerExitReason, WorkerPostCategory } from '../../src/modules/workforce/workforce.kinds.js';
import { GRADE_RANGES } from '../../src/modules/workforce/workforce.rules.js';
import { Random, dayOf, isoOf, randomDay, type Day } from '../random.js';
import { REFERENCE_DATE } from './constants.js';

/**
 * The community workforce of a generated district (operations.md §1.4, §4.4): about 1,100 workers at scale 1
 * (18 per 10,000 residents, give or take a quarter per community; 5–9 in a community), each community with a
 * head, one or two deputies and general staff, hired over the years before the reference date, with their
 * grade histories (a step about every 3 years, degrees counted on hiring, a step for a certificate, promotions
 * when a head or deputy leaves), social-work qualifications (about half certified: 70 % assistants, 25 %
 * intermediate, 5 % senior; registrations renewed every 3 years, a few lapsed), 8–20 % of them leaving each
 * year (the rate drawn per community) and replaced a few weeks later; and the year before the reference date's
 * training: about 200 courses (district, subdistrict, online; by professional service organisations reached
 * through SERVICE_PARTNERSHIP links, or the committees themselves) with 5–9 thousand attendances.
 *
 * The workers are people of the district who hold (or held) posts in the community's committees and grid
 * branches, so that a scoped credential sees them; each is employed at most once. Built from the district's
 * dataset with a random stream of its own: the district stays byte for byte what it was; same district,
 * scale and seed, the same workforce.
 */

type WorkerRecord = NonNullable<DatasetInput['workerProfiles']>[number];
type CourseRecord = NonNullable<DatasetInput['trainingCourses']>[number];
type AttendanceRecord = NonNullable<DatasetInput['trainingAttendances']>[number];
type GradeRecord = WorkerRecord['grades'][number];
type QualificationRecord = NonNullable<WorkerRecord['qualifications']>[number];

export interface GenerateWorkforceOptions {
  scale: number;
  seed: number;
  /** The workforce's history starts here (YYYY-MM-DD); default five years before the reference date. */
  from?: string;
}

export interface GeneratedWorkforce {
  workerProfiles: WorkerRecord[];
  trainingCourses: CourseRecord[];
  trainingAttendances: AttendanceRecord[];
}

/** Workers at scale 1 (operations.md §4.4: 1,100, 18 per 10,000 of its 600,000 residents), shared out by residents. */
const WORKERS_AT_SCALE_ONE = 1_100;
/** Courses a year at scale 1: about 24 at district level, 12 per subdistrict, and online ones. */
const DISTRICT_COURSES = 24;
const COURSES_PER_SUBDISTRICT = 12;
const ONLINE_COURSES = 30;
const YEAR = 365;
const EXIT_REASONS: readonly (readonly [WorkerExitReason, number])[] = [
  [WorkerExitReason.RESIGNED, 55],
  [WorkerExitReason.TRANSFERRED, 14],
  [WorkerExitReason.RETIRED, 10],
  [WorkerExitReason.CIVIL_SERVICE, 10],
  [WorkerExitReason.NOT_RE_ELECTED, 8],
  [WorkerExitReason.DISMISSED, 3],
];
const TOPICS: readonly (readonly [string, boolean, number, number])[] = [
  // topic, counts as continuing education, hours from, to
  ['casework', true, 6, 16],
  ['elderly care', true, 6, 12],
  ['community governance', true, 8, 24],
  ['grid management', true, 4, 12],
  ['mediation', true, 6, 16],
  ['Party building', false, 4, 12],
  ['policy briefing', false, 2, 6],
  ['digital services', true, 4, 8],
];

interface Employment {
  record: WorkerRecord;
  hired: Day;
  exited: Day | null;
  category: WorkerPostCategory;
  grade: number;
}

function addYears(day: Day, years: number): Day {
  const iso = isoOf(day);
  return dayOf(`${Number(iso.slice(0, 4)) + years}${iso.slice(4, 7)}-${iso.slice(8) === '29' && iso.slice(5, 7) === '02' ? '28' : iso.slice(8)}`);
}

export function generateWorkforce(district: DatasetInput, options: GenerateWorkforceOptions): GeneratedWorkforce {
  const random = new Random((options.seed ^ 0x5eed_1100) | 0);
  const reference = dayOf(REFERENCE_DATE);
  const start = options.from ? dayOf(options.from) : addYears(reference, -5);
  const organizations = district.organizations ?? [];
  const byCode = new Map(organizations.map((org) => [org.code, org]));
  const communities = organizations.filter((org) => org.kind === K.COMMUNITY_PARTY_COMMITTEE && !org.archivedOn).sort((a, b) => (a.code < b.code ? -1 : 1));
  const population = new Map<string, number>();
  for (const grid of district.grids ?? []) population.set(grid.communityCode, (population.get(grid.communityCode) ?? 0) + grid.population);
  // The community each organization of the chain belongs to (the committee itself, its residents' committee, grid branches).
  const communityOf = (code: string): string | null => {
    let org = byCode.get(code);
    for (let depth = 0; org && depth < 4; depth += 1) {
      if (org.kind === K.COMMUNITY_PARTY_COMMITTEE) return org.code;
      org = org.parentCode ? byCode.get(org.parentCode) : undefined;
    }
    return null;
  };
  const candidates = new Map<string, string[]>();
  for (const post of district.posts ?? []) {
    const community = communityOf(post.organizationCode);
    if (!community) continue;
    const list = candidates.get(community) ?? [];
    if (!list.includes(post.personCode)) list.push(post.personCode);
    candidates.set(community, list);
  }
  const used = new Set<string>();
  const spare = [...new Set((district.posts ?? []).map((post) => post.personCode))].sort();
  let sparePointer = 0;
  const takePerson = (community: string): string | null => {
    const pool = candidates.get(community) ?? [];
    while (pool.length > 0) {
      const person = pool.splice(random.int(0, pool.length - 1), 1)[0]!;
      if (!used.has(person)) {
        used.add(person);
        return person;
      }
    }
    while (sparePointer < spare.length) {
      const person = spare[sparePointer++]!;
      if (!used.has(person)) {
        used.add(person);
        return person;
      }
    }
    return null;
  };

  const workers: Employment[] = [];
  let serial = 0;
  const hire = (community: (typeof communities)[number], category: WorkerPostCategory, hired: Day): Employment | null => {
    const person = takePerson(community.code);
    if (person === null) return null;
    const [low, high] = GRADE_RANGES[category];
    // Degrees count as years of service on hiring: bachelor 3 years (a step), master 5 (two).
    const degree = random.weighted([[0, 55], [1, 38], [2, 7]] as const);
    const grade = Math.min(high, low + degree);
    serial += 1;
    const record: WorkerRecord = {
      code: `WK-${String(serial).padStart(5, '0')}`,
      personCode: person,
      employerCode: community.parentCode!,
      communityCode: community.code,
      postCategory: category,
      hiredOn: isoOf(hired),
      grades: [{ grade, effectiveOn: isoOf(hired), reason: degree > 0 ? GradeChangeReason.EDUCATION : GradeChangeReason.SENIORITY }],
      qualifications: [],
    };
    const employment = { record, hired, exited: null, category, grade };
    workers.push(employment);
    return employment;
  };
  const addGrade = (worker: Employment, on: Day, reason: GradeChangeReason, category = worker.category): void => {
    const [, high] = GRADE_RANGES[category];
    const [low] = GRADE_RANGES[category];
    const grade = Math.max(low, Math.min(high, worker.grade + (category === worker.category ? 1 : 0)));
    const last = worker.record.grades.at(-1)!;
    if (grade === worker.grade && category === worker.category) return;
    if (on <= dayOf(last.effectiveOn) || on >= reference || (worker.exited !== null && on >= worker.exited)) return;
    (worker.record.grades as GradeRecord[]).push({ grade, effectiveOn: isoOf(on), reason, ...(category !== worker.category ? { postCategory: category } : {}) });
    worker.grade = grade;
    worker.category = category;
  };

  const residentsInAll = communities.reduce((sum, community) => sum + (population.get(community.code) ?? 0), 0) || 1;
  for (const community of communities) {
    const residents = population.get(community.code) ?? 0;
    const size = Math.max(3, Math.round(((WORKERS_AT_SCALE_ONE * options.scale * residents) / residentsInAll) * random.real(0.75, 1.25)));
    const exitRate = random.real(0.08, 0.2);
    const staff: Employment[] = [];
    const categories = [WorkerPostCategory.HEAD, ...Array.from({ length: size >= 7 ? 2 : 1 }, () => WorkerPostCategory.DEPUTY)];
    while (categories.length < size) categories.push(WorkerPostCategory.GENERAL);
    for (const category of categories) {
      const worker = hire(community, category, start - random.int(30, 12 * YEAR));
      if (worker) staff.push(worker);
    }
    // Year by year: exits at the community's rate, replaced 3–12 weeks later; a head or deputy who leaves is
    // replaced by promoting one of the posts below, and the hire fills the lower post.
    for (let year = start; year < reference; year = addYears(year, 1)) {
      for (const worker of [...staff]) {
        if (worker.exited !== null || !random.chance(exitRate)) continue;
        const exit = randomDay(random, Math.max(year, worker.hired + 60), Math.min(reference - 1, addYears(year, 1) - 1));
        if (exit <= dayOf(worker.record.grades.at(-1)!.effectiveOn) || exit >= reference) continue;
        worker.exited = exit;
        worker.record.exitedOn = isoOf(exit);
        worker.record.exitReason = worker.hired < addYears(exit, -25) ? WorkerExitReason.RETIRED : random.weighted(EXIT_REASONS);
        let vacancy = worker.category;
        const below = vacancy === WorkerPostCategory.HEAD ? WorkerPostCategory.DEPUTY : vacancy === WorkerPostCategory.DEPUTY ? WorkerPostCategory.GENERAL : null;
        const promoted = below && staff.find((other) => other.exited === null && other.category === below && other.hired < exit - YEAR);
        const replacedOn = exit + random.int(21, 84);
        if (promoted && replacedOn < reference) {
          addGrade(promoted, replacedOn, GradeChangeReason.PROMOTION, vacancy);
          if (promoted.category === vacancy) vacancy = below!;
        }
        if (replacedOn < reference) {
          const hired = hire(community, vacancy, replacedOn);
          if (hired) staff.push(hired);
        }
      }
    }
  }

  // Qualifications and grade steps, per worker, in date order.
  for (const worker of workers) {
    const end = worker.exited ?? reference;
    const qualifications = worker.record.qualifications as QualificationRecord[];
    const events: [Day, GradeChangeReason][] = [];
    if (random.chance(0.5)) {
      const level = random.weighted([[QualificationLevel.ASSISTANT, 70], [QualificationLevel.INTERMEDIATE, 25], [QualificationLevel.SENIOR, 5]] as const);
      const obtained = randomDay(random, worker.hired - 2 * YEAR, end - 30);
      if (obtained < end) {
        // Renewed every 3 years; 1 in 10 let the registration lapse at some renewal.
        let until = addYears(obtained, 3) - 1;
        while (until < reference && !random.chance(0.1)) until = addYears(until + 1, 3) - 1;
        qualifications.push({ level, obtainedOn: isoOf(obtained), registrationValidUntil: isoOf(until) });
        if (obtained > worker.hired) events.push([obtained, GradeChangeReason.CERTIFICATE]);
        // An assistant may go on to the intermediate level two or more years later.
        const next = obtained + random.int(2 * YEAR, 5 * YEAR);
        if (level === QualificationLevel.ASSISTANT && next < end && random.chance(0.25)) {
          qualifications.push({ level: QualificationLevel.INTERMEDIATE, obtainedOn: isoOf(next), registrationValidUntil: isoOf(addYears(next, 3) - 1) });
          if (next > worker.hired) events.push([next, GradeChangeReason.CERTIFICATE]);
        }
      }
    }
    for (let step = addYears(worker.hired, 3); step < end; step = addYears(step, 3)) events.push([step + random.int(0, 60), GradeChangeReason.SENIORITY]);
    events.sort((a, b) => a[0] - b[0]);
    for (const [on, reason] of events) if (on < end) addGrade(worker, on, reason);
  }
  // Promotions were added while exits were drawn; the grade steps after them may interleave: keep them in date order.
  for (const worker of workers) {
    const grades = worker.record.grades as GradeRecord[];
    const ordered = [...grades].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
    let category = worker.record.postCategory as WorkerPostCategory;
    let previous = '';
    const kept: GradeRecord[] = [];
    for (const grade of ordered) {
      if (grade.effectiveOn === previous) continue;
      const post = (grade.postCategory as WorkerPostCategory | null | undefined) ?? category;
      const [low, high] = GRADE_RANGES[post];
      if (grade.grade < low || grade.grade > high) continue;
      if (post !== category && grade.reason !== GradeChangeReason.PROMOTION) continue;
      kept.push(grade);
      category = post;
      previous = grade.effectiveOn;
    }
    worker.record.grades = kept;
  }

  // A year of training before the reference date.
  const yearStart = addYears(reference, -1);
  const subdistricts = organizations.filter((org) => org.kind === K.SUBDISTRICT_PARTY_WORKING_COMMITTEE && !org.archivedOn).sort((a, b) => (a.code < b.code ? -1 : 1));
  const districtCode = organizations.find((org) => org.kind === K.DISTRICT_PARTY_COMMITTEE)!.code;
  const professional = new Set(organizations.filter((org) => org.kind === K.PROFESSIONAL_SERVICE_ORGANIZATION).map((org) => org.code));
  const subdistrictOf = (code: string | null | undefined): string | null => {
    let org = code ? byCode.get(code) : undefined;
    for (let depth = 0; org && depth < 6; depth += 1) {
      if (org.kind === K.SUBDISTRICT_PARTY_WORKING_COMMITTEE) return org.code;
      org = org.parentCode ? byCode.get(org.parentCode) : org.locatedInCode ? byCode.get(org.locatedInCode) : undefined;
    }
    return null;
  };
  // Professional organisations that assist community workers through a SERVICE_PARTNERSHIP, by subdistrict.
  const partners = new Map<string, string[]>();
  for (const link of district.links ?? []) {
    if (link.kind !== L.SERVICE_PARTNERSHIP || !professional.has(link.sourceCode) || (link.until && link.until <= isoOf(yearStart))) continue;
    const subdistrict = subdistrictOf(link.targetCode);
    if (!subdistrict) continue;
    const list = partners.get(subdistrict) ?? [];
    if (!list.includes(link.sourceCode)) list.push(link.sourceCode);
    partners.set(subdistrict, list);
  }
  const allPartners = [...new Set([...partners.values()].flat())].sort();
  const employedOn = (worker: Employment, day: Day) => worker.hired <= day && (worker.exited === null || worker.exited > day);
  const bySubdistrict = new Map<string, Employment[]>();
  for (const worker of workers) bySubdistrict.set(worker.record.employerCode, [...(bySubdistrict.get(worker.record.employerCode) ?? []), worker]);
  const courses: CourseRecord[] = [];
  const attendances: AttendanceRecord[] = [];
  const scaled = (count: number) => Math.max(1, Math.round(count * Math.min(1, options.scale)));
  // A small district's subdistricts hold few workers: fewer courses each.
  const perSubdistrict = Math.max(1, Math.round(COURSES_PER_SUBDISTRICT * Math.min(1, options.scale * 10)));
  const plan: { level: TrainingLevel; provider: string; pool: () => Employment[]; size: [number, number] }[] = [];
  for (let index = 0; index < scaled(DISTRICT_COURSES); index += 1) plan.push({ level: TrainingLevel.DISTRICT, provider: allPartners.length && random.chance(0.6) ? random.pick(allPartners) : districtCode, pool: () => workers, size: [40, 90] });
  for (const subdistrict of subdistricts) {
    const local = partners.get(subdistrict.code) ?? [];
    for (let index = 0; index < perSubdistrict; index += 1) plan.push({ level: TrainingLevel.SUBDISTRICT, provider: local.length && random.chance(0.5) ? random.pick(local) : subdistrict.code, pool: () => bySubdistrict.get(subdistrict.code) ?? [], size: [15, 40] });
  }
  for (let index = 0; index < scaled(ONLINE_COURSES); index += 1) plan.push({ level: TrainingLevel.ONLINE, provider: allPartners.length ? random.pick(allPartners) : districtCode, pool: () => workers, size: [30, 80] });
  plan.forEach((course, index) => {
    const [topic, continuing, fewest, most] = random.pick(TOPICS);
    const days = course.level === TrainingLevel.DISTRICT && random.chance(0.25) ? 7 : course.level === TrainingLevel.ONLINE ? random.int(5, 30) : random.int(1, 3);
    const startsOn = randomDay(random, yearStart, reference - days - 1);
    const hours = days === 7 ? 56 : course.level === TrainingLevel.ONLINE ? random.int(2, 8) : random.int(fewest, most);
    const code = `TR-${isoOf(startsOn).slice(0, 4)}-${String(index + 1).padStart(3, '0')}`;
    courses.push({ code, title: `${topic[0]!.toUpperCase()}${topic.slice(1)} (${course.level.toLowerCase()})`, providerCode: course.provider, level: course.level, topic, hours, startsOn: isoOf(startsOn), endsOn: isoOf(startsOn + days - 1) });
    const employed = course.pool().filter((worker) => employedOn(worker, startsOn));
    const seven = days === 7 ? employed.filter((worker) => worker.category !== WorkerPostCategory.GENERAL) : employed;
    const attendees = Math.round(random.int(course.size[0], course.size[1]) * Math.min(1, Math.max(0.2, options.scale * 3)));
    for (const worker of random.sample(seven.length >= course.size[0] ? seven : employed, attendees)) {
      const completed = random.chance(0.92);
      attendances.push({
        code: `${code}-${worker.record.personCode}`,
        courseCode: code,
        personCode: worker.record.personCode,
        hoursCredited: completed ? hours : Math.round(hours * random.real(0, 0.5)),
        completed,
        continuingEducation: continuing,
      });
    }
  });
  return { workerProfiles: workers.map((worker) => worker.record), trainingCourses: courses, trainingAttendances: attendances };
}
