import { DatasetError, describeError } from './errors.js';
import type { Dataset } from './schema.js';
import { bundledBase, bundledVersion } from './bundled.js';
import { loadValidator } from './validator.js';

/** How long a data file may take to arrive before the load fails, in ms. */
export const DEFAULT_TIMEOUT = 15_000;

/**
 * How many characters of finished data files stay cached when no element
 * holds them any more: small files (a page's own offices) are not fetched
 * again on the next visit of an element; large ones are freed.
 */
const CACHE_BUDGET = 1_000_000;

export interface LoadOptions {
  /** Stops waiting (the fetch itself stops when nobody else waits for it). */
  signal?: AbortSignal;
  /** Milliseconds before the load fails with a `timeout` error (for this caller alone). */
  timeout?: number;
}

interface SharedLoad {
  promise: Promise<{ dataset: Dataset; size: number }>;
  /** Settles when the file's text has arrived (or could not): the timeout stops there. */
  arrived: Promise<unknown>;
  abort: () => void;
  waiting: number;
}

/**
 * Loads in flight, by absolute URL (and `bundledVersion()`): elements asking for
 * one URL share one fetch.
 */
const loads = new Map<string, SharedLoad>();
/**
 * Finished loads, held weakly: while some element shows a dataset, another
 * element with the same `src` reuses it; once none does, it can be collected.
 */
const finished = new Map<string, WeakRef<Dataset>>();
/** The most recent small finished loads, held strongly within `CACHE_BUDGET`. */
const recent = new Map<string, { dataset: Dataset; size: number }>();

function remember(url: string, dataset: Dataset, size: number): void {
  finished.set(url, new WeakRef(dataset));
  recent.delete(url);
  if (size > CACHE_BUDGET) return;
  recent.set(url, { dataset, size });
  let total = 0;
  for (const entry of recent.values()) total += entry.size;
  // Oldest first: a Map iterates in insertion order.
  for (const [key, entry] of recent) {
    if (total <= CACHE_BUDGET) break;
    recent.delete(key);
    total -= entry.size;
  }
}

function cached(url: string): Dataset | undefined {
  const entry = recent.get(url);
  if (entry) {
    // Used again: the newest.
    recent.delete(url);
    recent.set(url, entry);
    return entry.dataset;
  }
  const dataset = finished.get(url)?.deref();
  if (!dataset) finished.delete(url);
  return dataset;
}

function fetchDataset(url: string): SharedLoad {
  const controller = new AbortController();
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const promise = (async () => {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      if (controller.signal.aborted) throw error;
      throw new DatasetError(
        'network',
        `oms-widgets: could not fetch ${url}: ${describeError(error)}`,
        url,
      );
    }
    if (!response.ok) {
      throw new DatasetError(
        'http',
        `oms-widgets: ${url} answered HTTP ${response.status}`,
        url,
        [],
        response.status,
      );
    }
    // The validator loads while the file's body does.
    const validator = loadValidator();
    validator.catch(() => undefined);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) throw error;
      throw new DatasetError(
        'network',
        `oms-widgets: could not read ${url}: ${describeError(error)}`,
        url,
      );
    }
    arrive();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new DatasetError(
        'json',
        `oms-widgets: ${url} is not valid JSON: ${describeError(error)}`,
        url,
      );
    }
    // A file may hold a part of a dataset: the rest comes from the bundled one.
    const { validatePart } = await validator;
    const result = validatePart(json, bundledBase());
    if (!result.success) {
      throw new DatasetError(
        'schema',
        `oms-widgets: ${url} does not match the dataset schema`,
        url,
        result.issues,
      );
    }
    return { dataset: result.data, size: text.length };
  })();
  promise.then(arrive, arrive);
  return { promise, arrived, abort: () => controller.abort(), waiting: 0 };
}

/**
 * The absolute URL of a data file, without its `#fragment` (one file, one
 * fetch); a `url` error when `url` is not a URL (in Node, a relative one).
 */
function resolveDataUrl(url: string): string | DatasetError {
  let base: string | undefined;
  try {
    base = globalThis.document?.baseURI;
  } catch {
    base = undefined;
  }
  try {
    const absolute = new URL(url, base);
    absolute.hash = '';
    return absolute.href;
  } catch {
    return new DatasetError('url', `oms-widgets: "${url}" is not a valid URL`, url);
  }
}

/**
 * Fetches and validates the dataset at `url` (relative to the page).
 * Rejects with a `DatasetError` (url, network, http, json, schema, timeout),
 * or with an `AbortError` when `signal` aborts. The timeout is this caller's
 * own: another caller of the same URL keeps its own, and a fetch that never
 * settles (a host's `fetch` that ignores the abort signal) still times out.
 */
export function loadDataset(
  url: string,
  { signal, timeout = DEFAULT_TIMEOUT }: LoadOptions = {},
): Promise<Dataset> {
  const absolute = resolveDataUrl(url);
  if (absolute instanceof DatasetError) return Promise.reject(absolute);
  if (signal?.aborted) return Promise.reject(abortError());
  // A file is merged with the bundled sections of the elements loaded so far: once
  // another element's module brings more, it is loaded and checked again.
  const key = `${bundledVersion()} ${absolute}`;
  const done = cached(key);
  if (done) return Promise.resolve(done);
  let load = loads.get(key);
  if (!load) {
    const created = fetchDataset(absolute);
    load = created;
    loads.set(key, created);
    created.promise.then(
      ({ dataset, size }) => {
        if (loads.get(key) === created) loads.delete(key);
        remember(key, dataset, size);
      },
      // A failed load is not kept: the next element (or a retry) asks again.
      () => {
        if (loads.get(key) === created) loads.delete(key);
      },
    );
  }
  const shared = load;
  shared.waiting++;
  return new Promise<Dataset>((resolve, reject) => {
    let left = false;
    const leave = () => {
      if (left) return false;
      left = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      shared.waiting--;
      // Nobody waits for it any more: stop the fetch, and forget it.
      if (shared.waiting === 0 && loads.get(key) === shared) {
        loads.delete(key);
        shared.abort();
      }
      return true;
    };
    const onAbort = () => {
      if (leave()) reject(abortError());
    };
    // A timer of this caller's own, not the fetch's signal: a host page's
    // `fetch` wrapper may drop the signal and never settle.
    const timer = setTimeout(
      () => {
        if (leave())
          reject(
            new DatasetError(
              'timeout',
              `oms-widgets: ${absolute} did not answer within ${timeout} ms`,
              absolute,
            ),
          );
      },
      Math.min(timeout, 2 ** 31 - 1),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    // The timeout is the file's: checking it (and loading the check) is not the network's.
    void shared.arrived.then(() => clearTimeout(timer));
    shared.promise.then(
      // Settled: `loads` no longer holds it, so leaving aborts nothing.
      ({ dataset }) => {
        if (leave()) resolve(dataset);
      },
      (error: Error) => {
        if (leave()) reject(error);
      },
    );
  });
}

function abortError(): DOMException {
  return new DOMException('The load was aborted', 'AbortError');
}
