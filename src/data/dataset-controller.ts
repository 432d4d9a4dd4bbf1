import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OmsDataErrorEvent } from '../events.js';
import { DatasetError } from './errors.js';
import { DEFAULT_TIMEOUT, loadDataset } from './load.js';
import { getDataset, onDatasetRegistered } from './registry.js';
import type { Dataset } from './schema.js';

/** What `src` holds when given a value that is no text (a Symbol, a null-prototype object). */
const NOT_TEXT = '[not text]';

/** `value` as text, or `NOT_TEXT` when it cannot be made text without throwing. */
function textOf(value: unknown): string {
  try {
    return typeof value === 'symbol' ? NOT_TEXT : String(value);
  } catch {
    return NOT_TEXT;
  }
}

export type DatasetState =
  | { status: 'ready'; dataset: Dataset }
  | { status: 'loading' }
  | { status: 'error'; error: DatasetError };

/**
 * Gives an element its dataset: the registered or bundled one, or the file at
 * its `src`. A bad file leaves the element in the `error` state (never half
 * rendered), fires `oms-data-error` and logs the issues.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'ready', dataset: getDataset() };
  private src: string | undefined;
  private timeout = DEFAULT_TIMEOUT;
  private abort?: AbortController;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The dataset when it is ready. */
  get dataset(): Dataset | undefined {
    return this.state.status === 'ready' ? this.state.dataset : undefined;
  }

  hostConnected(): void {
    this.unsubscribe = onDatasetRegistered(() => {
      if (!this.src) this.set({ status: 'ready', dataset: getDataset() });
    });
    // Reconnected after a removal that cancelled a load: start it again.
    if (this.src && this.state.status === 'loading' && !this.abort) this.load();
    else if (!this.src) this.set({ status: 'ready', dataset: getDataset() });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Switches to the data at `src` (or back to the page's dataset when empty). */
  setSource(src: string | null | undefined, timeout = DEFAULT_TIMEOUT): void {
    // `src` may be set from JS to anything (a URL object, a number, a Symbol, an
    // object without `toString`): never throw on it; what is not text is no URL.
    const next = src == null ? undefined : textOf(src).trim() || undefined;
    if (next === this.src && timeout === this.timeout) return;
    this.src = next;
    this.timeout = timeout;
    this.abort?.abort();
    this.abort = undefined;
    if (!next) {
      this.set({ status: 'ready', dataset: getDataset() });
      return;
    }
    this.set({ status: 'loading' });
    if (this.host.isConnected) this.load();
  }

  private load(): void {
    const src = this.src!;
    const abort = new AbortController();
    this.abort = abort;
    this.set({ status: 'loading' });
    const loaded =
      src === NOT_TEXT
        ? Promise.reject(new DatasetError('url', 'oms-widgets: src is not text', src))
        : loadDataset(src, { signal: abort.signal, timeout: this.timeout });
    loaded.then(
      (dataset) => {
        if (abort.signal.aborted) return;
        this.abort = undefined;
        this.set({ status: 'ready', dataset });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.abort = undefined;
        const failure =
          error instanceof DatasetError
            ? error
            : new DatasetError('network', `oms-widgets: could not load ${src}`, src);
        this.set({ status: 'error', error: failure });
        console.error(failure.message, ...(failure.issues.length ? [failure.issues] : []));
        this.host.dispatchEvent(
          new OmsDataErrorEvent(failure.kind, failure.message, failure.url, failure.issues),
        );
      },
    );
  }

  private set(state: DatasetState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
