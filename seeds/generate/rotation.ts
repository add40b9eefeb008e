import type { PostEndReason, PostRole } from '../../src/modules/people/post.kinds.js';
import { personName, syntheticPhone } from '../names.js';
import { Random, dayOf, isoOf, randomDay, type Day } from '../random.js';
import { K, LATEST_START, R, TODAY, type Community, type Org, type PostRow } from './model.js';
import type { DistrictState } from './state.js';

/**
 * Phase 4b, rotation and vacancy (README, "Rotation and vacancy"): the end reasons of the committee posts
 * the earlier phases ended, the established seats of every committee, and in 2023, 2024 and 2025 a share
 * of the two committees' members changing posts (ROTATION_SHARE a year): exchanges between a community's
 * Party committee and its residents' committee and swaps between two communities, and besides them exits
 * (EXIT_SHARE), most of them refilled after a vacancy of one to five months. It draws from its own random stream, so the phases
 * before it give the same output as without it.
 */

/** The share of committee members who change posts in a year: 5–10 % (operations.md, "two-committee members and rotation"). */
const ROTATION_SHARE: readonly [number, number] = [0.05, 0.1];
/** The share who leave the committees in a year, besides (operations.md: 8–20 % turnover of community workers, of whom these are a part). */
const EXIT_SHARE: readonly [number, number] = [0.02, 0.04];
const YEARS = [2023, 2024, 2025] as const;
const SEAT_ROLES: ReadonlySet<PostRole> = new Set([R.SECRETARY, R.DEPUTY_SECRETARY, R.COMMITTEE_MEMBER, R.DIRECTOR, R.DEPUTY_DIRECTOR, R.MEMBER]);
/** Ordinary members only rotate; heads (secretary, director) and their deputies stay. */
const ROTATING_ROLES: ReadonlySet<PostRole> = new Set([R.COMMITTEE_MEMBER, R.MEMBER]);
const TITLES: Record<string, string> = {
  [K.COMMUNITY_PARTY_COMMITTEE]: 'Member of the community Party committee',
  [K.RESIDENTS_COMMITTEE]: "Member of the residents' committee",
};

interface Seat {
  post: PostRow;
  org: Org;
  community: Community;
}

export function rotateCommitteePosts(state: DistrictState, seed: number): void {
  const random = new Random(seed ^ 0x2f0a7e);
  const communityOf = new Map<string, Community>();
  const orgByCode = new Map<string, Org>();
  for (const community of state.communities) {
    for (const org of [community.committee, community.residentsCommittee]) {
      communityOf.set(org.code, community);
      orgByCode.set(org.code, org);
    }
  }
  const isSeat = (post: PostRow) => communityOf.has(post.organizationCode) && SEAT_ROLES.has(post.role as PostRole);
  const people = new Map(state.people.map((person) => [person.code, person]));

  // End reasons of the seat posts already ended: at a general election the term ended; between two, the holder resigned.
  for (const post of state.posts) {
    if (!isSeat(post) || !post.endDate) continue;
    const org = orgByCode.get(post.organizationCode)!;
    if (org.archived !== null && dayOf(post.endDate) === org.archived) continue;
    const end = dayOf(post.endDate);
    const atElection = communityOf.get(post.organizationCode)!.subdistrict.elections.some((election) => end >= election && end <= election + 30);
    post.endReason = atElection ? 'TERM_END' : 'RESIGNATION';
  }

  // The current seats: open seat posts of committees still operating. Established seats: how many there are now, sometimes one more.
  const current = new Map<PostRow, Seat>();
  const seatsHeld = new Map<string, number>();
  const heldBy = new Map<string, number>();
  for (const post of state.posts) {
    if (post.endDate) continue;
    // Open posts of any kind: only people holding nothing else rotate, so that no move makes a new cross-appointment.
    heldBy.set(post.personCode, (heldBy.get(post.personCode) ?? 0) + 1);
    if (!isSeat(post)) continue;
    const org = orgByCode.get(post.organizationCode)!;
    if (org.archived !== null) continue;
    current.set(post, { post, org, community: communityOf.get(post.organizationCode)! });
    seatsHeld.set(org.code, (seatsHeld.get(org.code) ?? 0) + 1);
  }
  // About one committee in seven of fewer than 7 was elected one member short (committees have at most 7): a seat vacant since the election.
  for (const [code, held] of seatsHeld) orgByCode.get(code)!.seats = held + (held < 7 && random.chance(0.15) ? 1 : 0);

  const moved = new Set<string>();
  /** Seats whose holder may rotate: an ordinary member holding no other post, in post for a year, not moved yet. */
  const movable = (day: Day, filter: (seat: Seat) => boolean): Seat[] =>
    [...current.values()].filter((seat) => ROTATING_ROLES.has(seat.post.role as PostRole) && heldBy.get(seat.post.personCode) === 1 && !moved.has(seat.post.personCode) && dayOf(seat.post.startDate) < day - 365 && filter(seat));
  const end = (seat: Seat, day: Day, reason: `${PostEndReason}`) => {
    seat.post.endDate = isoOf(day);
    seat.post.endReason = reason;
    current.delete(seat.post);
    moved.add(seat.post.personCode);
  };
  const start = (personCode: string, org: Org, day: Day) => {
    const post: PostRow = {
      code: state.serial('POST'),
      personCode,
      organizationCode: org.code,
      role: org.kind === K.COMMUNITY_PARTY_COMMITTEE ? R.COMMITTEE_MEMBER : R.MEMBER,
      title: TITLES[org.kind]!,
      startDate: isoOf(day),
      endDate: null,
    };
    state.posts.push(post);
    current.set(post, { post, org, community: communityOf.get(org.code)! });
    if (org.kind === K.COMMUNITY_PARTY_COMMITTEE) people.get(personCode)!.partyMember = true;
  };

  /** Members of one committee and of the other committee of the same community trade places on the same day. */
  const exchange = (day: Day): number => {
    // Party members of a residents' committee, by community: those who may take a seat on the Party committee.
    const partners = new Map<Community, Seat[]>();
    for (const seat of movable(day, (seat) => seat.org.kind === K.RESIDENTS_COMMITTEE && people.get(seat.post.personCode)!.partyMember)) {
      partners.set(seat.community, [...(partners.get(seat.community) ?? []), seat]);
    }
    const party = movable(day, (seat) => seat.org.kind === K.COMMUNITY_PARTY_COMMITTEE && partners.has(seat.community));
    if (party.length === 0) return 0;
    const a = random.pick(party);
    const b = random.pick(partners.get(a.community)!);
    end(a, day, 'ROTATION');
    end(b, day, 'ROTATION');
    start(a.post.personCode, b.org, day);
    start(b.post.personCode, a.org, day);
    return 2;
  };

  /** Members of the same committee kind in two communities swap, each starting up to a month later. */
  const move = (day: Day): number => {
    const all = movable(day, () => true);
    if (all.length === 0) return 0;
    const a = random.pick(all);
    const others = movable(day, (seat) => seat.org.kind === a.org.kind && seat.community !== a.community);
    if (others.length === 0) return 0;
    const b = random.pick(others);
    end(a, day, 'ROTATION');
    end(b, day, 'ROTATION');
    start(a.post.personCode, b.org, Math.min(LATEST_START, day + random.int(0, 30)));
    start(b.post.personCode, a.org, Math.min(LATEST_START, day + random.int(0, 30)));
    return 2;
  };

  /** A member leaves; most seats are refilled by a newcomer one to five months later, the others stay vacant. */
  const exit = (day: Day): number => {
    const all = movable(day, () => true);
    if (all.length === 0) return 0;
    const seat = random.pick(all);
    const draw = random.next();
    end(seat, day, draw < 0.65 ? 'RESIGNATION' : draw < 0.85 ? 'ELECTION' : 'DISMISSAL');
    const refill = day + random.int(30, 150);
    if (random.chance(0.7) && refill <= LATEST_START) {
      const partyMember = seat.org.kind === K.COMMUNITY_PARTY_COMMITTEE || random.chance(0.45);
      const code = state.serial('P');
      const newcomer = { code, name: personName(random), phone: random.chance(0.92) ? syntheticPhone(random) : null, partyMember, firstStart: refill };
      state.people.push(newcomer);
      people.set(code, newcomer);
      heldBy.set(code, 1);
      moved.add(code);
      start(code, seat.org, refill);
    }
    return 1;
  };

  for (const year of YEARS) {
    const first = dayOf(`${year}-01-01`);
    const last = Math.min(dayOf(`${year}-12-31`), LATEST_START - 31, TODAY - 1);
    const members = new Set([...current.values()].map((seat) => seat.post.personCode)).size;
    const day = () => randomDay(random, first, last);
    // Rotation: 5–10 % of the members change posts (at least one exchange and one move a year; then 60 % exchanges, 40 % moves).
    const rotations = Math.max(2, Math.round(members * random.real(ROTATION_SHARE[0], ROTATION_SHARE[1])));
    let rotated = exchange(day()) + move(day());
    for (let attempt = 0; rotated < rotations && attempt < rotations * 4; attempt += 1) rotated += random.chance(0.6) ? exchange(day()) : move(day());
    // Exits besides: 2–4 % of the members a year, at least one.
    const exits = Math.max(1, Math.round(members * random.real(EXIT_SHARE[0], EXIT_SHARE[1])));
    for (let left = 0; left < exits; ) left += exit(day()) || exits;
  }
}
