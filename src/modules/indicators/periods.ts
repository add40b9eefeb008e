import type { TrendInterval } from './indicator.types.js';

const MONTHS: Record<`${TrendInterval}`, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The dates a trend is evaluated on: the last day of each calendar period from the one containing
 * `from` to the one containing `to`, the last one cut to `to`. Null when there would be more than `limit`.
 */
export function periodEnds(from: string, to: string, interval: `${TrendInterval}`, limit: number): string[] | null {
  const length = MONTHS[interval];
  const start = new Date(`${from}T00:00:00Z`);
  // The first month of the period containing `from`: months, quarters and years start in January.
  let month = start.getUTCFullYear() * 12 + Math.floor(start.getUTCMonth() / length) * length;
  const dates: string[] = [];
  for (;;) {
    // Day 0 of the month after the period is its last day.
    const end = iso(new Date(Date.UTC(Math.floor((month + length) / 12), (month + length) % 12, 0)));
    dates.push(end < to ? end : to);
    if (end >= to) return dates;
    if (dates.length >= limit) return null;
    month += length;
  }
}
