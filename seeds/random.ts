import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * Seeded randomness for the generator (pure-rand's xoroshiro128+), plus the draws the district needs,
 * and calendar-day helpers. The same seed gives the same district on every machine: nothing here
 * reads Math.random or the clock.
 */
export class Random {
  private readonly generator: RandomGenerator;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed | 0);
  }

  /** A number in [0, 1). */
  next(): number {
    return uniformFloat64(this.generator);
  }

  /** An integer between min and max, both included. */
  int(min: number, max: number): number {
    if (max <= min) return min;
    return uniformInt(this.generator, min, max);
  }

  /** A real number in [min, max). */
  real(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let target = this.next() * total;
    for (const [value, weight] of entries) {
      target -= weight;
      if (target < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = items[i]!;
      items[i] = items[j]!;
      items[j] = swap;
    }
    return items;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.max(0, count));
  }

  /**
   * Splits `total` into `parts` non-negative integers of at least `minimum` each, with random weights
   * between 1 - spread and 1 + spread, summing exactly to `total` (largest remainder rounding).
   */
  split(total: number, parts: number, minimum: number, spread: number): number[] {
    const base = minimum * parts;
    const rest = Math.max(0, total - base);
    const weights = Array.from({ length: parts }, () => this.real(1 - spread, 1 + spread));
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    const exact = weights.map((weight) => (rest * weight) / weightSum);
    const counts = exact.map((value) => Math.floor(value));
    let missing = rest - counts.reduce((sum, value) => sum + value, 0);
    const byRemainder = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    for (const [, index] of byRemainder) {
      if (missing <= 0) break;
      counts[index]! += 1;
      missing -= 1;
    }
    return counts.map((count) => count + minimum);
  }
}

/** A calendar date as whole days since 1970-01-01 (UTC), so that date arithmetic is integer arithmetic. */
export type Day = number;

// Civil-date conversions by integer arithmetic (H. Hinnant's algorithms): the generator converts
// hundreds of thousands of dates, and Date objects made that its slowest part.
export function dayOf(isoDate: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  const month = Number(match[2]);
  const year = Number(match[1]) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(match[3]) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function isoOf(day: Day): string {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** A day between from and to, both included; `from` when the range is empty. */
export function randomDay(random: Random, from: Day, to: Day): Day {
  return random.int(from, Math.max(from, to));
}
