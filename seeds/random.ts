/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) and calendar-day helpers.
 * The generator must give the same district for the same seed on every machine and Node version,
 * so it owns its randomness instead of relying on Math.random or a library's internals.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = (Math.floor(seed) ^ Math.floor(seed / 0x1_0000_0000)) >>> 0;
    const splitmix = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    // The first outputs of sfc32 are correlated with the seed; discard them.
    for (let i = 0; i < 16; i += 1) this.next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 0x1_0000_0000;
  }

  /** An integer between min and max, both included. */
  int(min: number, max: number): number {
    if (max <= min) return min;
    return min + Math.floor(this.next() * (max - min + 1));
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

const MS_PER_DAY = 86_400_000;

export function dayOf(isoDate: string): Day {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearStart(year: number): Day {
  return dayOf(`${year}-01-01`);
}

/** A day between from and to, both included; `from` when the range is empty. */
export function randomDay(random: Random, from: Day, to: Day): Day {
  return random.int(from, Math.max(from, to));
}
