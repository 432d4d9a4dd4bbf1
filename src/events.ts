/**
 * Every event the elements fire: `oms-*` names, bubbling and composed, one
 * class each, all listed in `GlobalEventHandlersEventMap`.
 */
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

declare global {
  interface GlobalEventHandlersEventMap {
    'oms-data-error': OmsDataErrorEvent;
  }
}
