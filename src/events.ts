/**
 * Every event the elements fire: `oms-*` names, bubbling and composed, one
 * class each, all listed in `GlobalEventHandlersEventMap`.
 */
import type { CoverageMatch } from './core/coverage-match.js';
import type { OfficeMatch } from './core/offices.js';
import type { DataErrorKind } from './data/errors.js';
import type { DatasetIssue } from './data/validate.js';

const init: EventInit = { bubbles: true, composed: true };

/** A data file (`src`) could not be loaded or did not match the schema. */
export class OmsDataErrorEvent extends Event {
  static readonly eventName = 'oms-data-error';
  constructor(
    readonly kind: DataErrorKind,
    readonly message: string,
    readonly url: string | undefined,
    /** Schema issues, each with a readable path (empty unless `kind` is `schema`). */
    readonly issues: DatasetIssue[],
  ) {
    super(OmsDataErrorEvent.eventName, init);
  }
}

/** A coverage search finished: the query and its matches, best first. */
export class OmsCoverageResultEvent extends Event {
  static readonly eventName = 'oms-coverage-result';
  constructor(
    readonly query: string,
    readonly matches: CoverageMatch[],
  ) {
    super(OmsCoverageResultEvent.eventName, init);
  }
}

/** The reader chose an office (opened its map link or selected it). */
export class OmsOfficeSelectEvent extends Event {
  static readonly eventName = 'oms-office-select';
  constructor(readonly office: OfficeMatch) {
    super(OmsOfficeSelectEvent.eventName, init);
  }
}

/** The reader chose a situation in the policy guide (`undefined` when cleared). */
export class OmsGuideChangeEvent extends Event {
  static readonly eventName = 'oms-guide-change';
  constructor(readonly situation: string | undefined) {
    super(OmsGuideChangeEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'oms-data-error': OmsDataErrorEvent;
    'oms-coverage-result': OmsCoverageResultEvent;
    'oms-office-select': OmsOfficeSelectEvent;
    'oms-guide-change': OmsGuideChangeEvent;
  }
}
