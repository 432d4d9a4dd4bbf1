/**
 * Headless helpers of the policy guide and the paid-services list. No DOM.
 */
import type { CoverageEntry, Dataset, Guide } from '../data/schema.js';

export interface ChangeDeadline {
  /**
   * The deadline that counts now, as an ISO date: this year's, or next
   * year's once it has passed.
   */
  date: string;
  /** Whole days from today to `date` (0 on the day itself). */
  days: number;
  /** This year's deadline has passed; `date` is next year's. */
  passed: boolean;
}

const DAY = 864e5;

/**
 * Where the reader stands against the yearly deadline for changing insurer
 * (`guide.changeRule.deadline`, 1 November), counted in calendar days of the
 * reader's own date. A day past the month's end (a data slip such as 31
 * April) means the month's last day.
 */
export function changeDeadline(
  deadline: Guide['changeRule']['deadline'],
  now: Date = new Date(),
): ChangeDeadline {
  // A host may set anything (a number from Date.now(), a BigInt, a string):
  // only a valid Date, from this window or another, counts.
  if (Object.prototype.toString.call(now) !== '[object Date]' || isNaN(now.getTime())) {
    now = new Date();
  }
  const year = now.getFullYear();
  const today = Date.UTC(year, now.getMonth(), now.getDate());
  const on = (y: number) =>
    Date.UTC(
      y,
      deadline.month - 1,
      Math.min(deadline.day, new Date(Date.UTC(y, deadline.month, 0)).getUTCDate()),
    );
  const passed = today > on(year);
  const date = on(passed ? year + 1 : year);
  return {
    date: new Date(date).toISOString().slice(0, 10),
    days: Math.round((date - today) / DAY),
    passed,
  };
}

/**
 * The entries of the paid-services list: every `paid` entry, then the
 * entries people look for there that are in fact free (with `paidListNote`,
 * such as IVF).
 */
export function paidList(dataset: Dataset): CoverageEntry[] {
  const paid = (e: CoverageEntry) => e.status === 'paid';
  return dataset.coverage
    .filter((e) => paid(e) || e.paidListNote)
    .sort((a, b) => +paid(b) - +paid(a));
}

/**
 * The distinct sources of `records` (source and date of checking, or none), in
 * order: one source line each.
 */
export function distinctSources<T extends { source: string; asOf?: string }>(
  records: readonly T[],
): T[] {
  return [...new Map(records.map((r) => [`${r.source} ${r.asOf ?? ''}`, r])).values()];
}
