import type { CoverageEntry } from '../data/schema.js';

/**
 * The four answers a patient can get: free under OMS, free under OMS when
 * conditions hold, free but funded outside OMS, may be paid.
 */
export type Verdict = 'covered' | 'conditional' | 'budget' | 'paid';

/** The verdict of a record: a covered service with conditions is free only when they hold. */
export function verdictOf(entry: Pick<CoverageEntry, 'status' | 'conditions'>): Verdict {
  return entry.status === 'covered' && entry.conditions?.length ? 'conditional' : entry.status;
}
