import { describeError, type DatasetError } from './errors.js';
import type { Dataset } from './schema.js';
import { validatePart } from './validate-part.js';

/**
 * The loading of data files, in the on-demand chunk (check.ts): a page whose
 * elements have no `src` never downloads it. load.ts is the elements' side.
 *
 * One chunk may serve several copies of the library: the per-tag files of a
 * folder load the same `oms-widgets.validate.js`. Each copy has its own
 * bundled sections and its own `DatasetError`, so a caller passes both, and
 * the caches keep each copy's files apart.
 */

/**
 * How many characters of finished data files stay cached when no element
 * holds them any more: small files (a page's own offices) are not fetched
 * again on the next visit of an element; large ones are freed.
 */
const CACHE_BUDGET = 1_000_000;

type DatasetErrorClass = typeof DatasetError;

interface FileOptions {
  /** Aborts when this caller stops waiting (the fetch stops when nobody else waits for it). */
  signal: AbortSignal;
  /** The caller's bundled sections: what a file that holds a part of a dataset lacks. */
  base: Dataset;
  /** The caller's `DatasetError`, which its elements and its API tell errors apart by. */
  DatasetError: DatasetErrorClass;
  /** Called when the file's text has arrived (or could not): the caller's timeout stops there. */
  arrived: () => void;
}

interface SharedLoad {
  promise: Promise<{ dataset: Dataset; size: number }>;
  /** Settles when the file's text has arrived (or could not). */
  arrived: Promise<unknown>;
  abort: () => void;
  waiting: number;
}

/**
 * A number for each base a caller passed. A copy's `bundledBase()` is a new
 * object whenever its sections change, so a key with this number tells both
 * the copies apart and a copy's older sections from its newer ones.
 */
const bases = new WeakMap<Dataset, number>();
let lastBase = 0;

function baseId(base: Dataset): number {
  let id = bases.get(base);
  if (id === undefined) bases.set(base, (id = ++lastBase));
  return id;
}

/**
 * Loads in flight, by absolute URL and base (`baseId`): elements asking for
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

function remember(key: string, dataset: Dataset, size: number): void {
  finished.set(key, new WeakRef(dataset));
  recent.delete(key);
  if (size > CACHE_BUDGET) return;
  recent.set(key, { dataset, size });
  let total = 0;
  for (const entry of recent.values()) total += entry.size;
  // Oldest first: a Map iterates in insertion order.
  for (const [old, entry] of recent) {
    if (total <= CACHE_BUDGET) break;
    recent.delete(old);
    total -= entry.size;
  }
}

function cached(key: string): Dataset | undefined {
  const entry = recent.get(key);
  if (entry) {
    // Used again: the newest.
    recent.delete(key);
    recent.set(key, entry);
    return entry.dataset;
  }
  const dataset = finished.get(key)?.deref();
  if (!dataset) finished.delete(key);
  return dataset;
}

function fetchDataset(url: string, base: Dataset, DatasetError: DatasetErrorClass): SharedLoad {
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
    const result = validatePart(json, base);
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
 * Fetches and checks the dataset at `url` (absolute, without a fragment)
 * against `base`. Rejects with a `DatasetError` of the caller's class
 * (network, http, json, schema), or with an `AbortError` once `signal`
 * aborts. The caller's timeout is the caller's (load.ts): it aborts `signal`.
 */
export function loadFile(
  url: string,
  { signal, base, DatasetError, arrived }: FileOptions,
): Promise<Dataset> {
  if (signal.aborted) return Promise.reject(abortError());
  // A file is merged with the bundled sections of the caller's elements loaded so far:
  // once another element's module brings more, it is loaded and checked again.
  const key = `${baseId(base)} ${url}`;
  const done = cached(key);
  if (done) return Promise.resolve(done);
  let load = loads.get(key);
  if (!load) {
    const created = fetchDataset(url, base, DatasetError);
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
      signal.removeEventListener('abort', onAbort);
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
    signal.addEventListener('abort', onAbort, { once: true });
    void shared.arrived.then(arrived);
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
