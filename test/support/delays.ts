// The elements' timers shortened for tests: the pause before a screen-reader
// announcement (Announcer.delay) and, where given, the coverage check's
// pause before its results settle (OmsCoverageCheck.settleDelay).
import { OmsCoverageCheck } from '../../src/components/oms-coverage-check/oms-coverage-check.js';
import { Announcer } from '../../src/internal/controls.js';

export interface Delays {
  /** Milliseconds before an announcement (default 0: at once). */
  announce?: number;
  /** Milliseconds before the coverage check settles; unchanged when left out. */
  settle?: number;
}

/**
 * Sets the delays for the tests of the calling `describe` (before them) and
 * restores the previous values after them.
 */
export function shortDelays({ announce = 0, settle }: Delays = {}): void {
  const saved = { announce: Announcer.delay, settle: OmsCoverageCheck.settleDelay };
  before(() => {
    saved.announce = Announcer.delay;
    saved.settle = OmsCoverageCheck.settleDelay;
    Announcer.delay = announce;
    if (settle !== undefined) OmsCoverageCheck.settleDelay = settle;
  });
  after(() => {
    Announcer.delay = saved.announce;
    OmsCoverageCheck.settleDelay = saved.settle;
  });
}
