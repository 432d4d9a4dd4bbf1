import { DatasetError } from './errors.js';
import type { Dataset } from './schema.js';
import { bundledDataset } from './bundled.js';
import { validateDataset } from './validate.js';

/** How long a data file may take to arrive before the load fails, in ms. */
export const DEFAULT_TIMEOUT = 15_000;

export interface LoadOptions {
  /** Stops waiting (the fetch itself stops when nobody else waits for it). */
  signal?: AbortSignal;
  /** Milliseconds before the load fails with a `timeout` error. */
  timeout?: number;
}

interface SharedLoad {
  promise: Promise<Dataset>;
  abort: () => void;
  waiting: number;
  settled: boolean;
}

/** Loads in flight or done, by absolute URL: elements asking for one URL share one fetch. */
const loads = new Map<string, SharedLoad>();

function fetchDataset(url: string, timeout: number): SharedLoad {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const fail = (error: unknown): never => {
    if (error instanceof DatasetError) throw error;
    if (timedOut)
      throw new DatasetError(
        'timeout',
        `oms-widgets: ${url} did not answer within ${timeout} ms`,
        url,
      );
    if (controller.signal.aborted) throw error;
    throw new DatasetError('network', `oms-widgets: could not fetch ${url}: ${String(error)}`, url);
  };
  const promise = (async () => {
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) {
        throw new DatasetError(
          'http',
          `oms-widgets: ${url} answered HTTP ${response.status}`,
          url,
          [],
          response.status,
        );
      }
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new DatasetError(
          'json',
          `oms-widgets: ${url} is not valid JSON: ${(error as Error).message}`,
          url,
        );
      }
      // A file may hold a part of a dataset: the rest comes from the bundled one.
      const result = validateDataset(json, bundledDataset);
      if (!result.success) {
        throw new DatasetError(
          'schema',
          `oms-widgets: ${url} does not match the dataset schema`,
          url,
          result.issues,
        );
      }
      return result.data;
    } catch (error) {
      return fail(error);
    } finally {
      clearTimeout(timer);
    }
  })();
  return { promise, abort: () => controller.abort(), waiting: 0, settled: false };
}

/**
 * Fetches and validates the dataset at `url` (relative to the page).
 * Rejects with a `DatasetError` (network, http, json, schema, timeout), or
 * with an `AbortError` when `signal` aborts.
 */
export function loadDataset(
  url: string,
  { signal, timeout = DEFAULT_TIMEOUT }: LoadOptions = {},
): Promise<Dataset> {
  const absolute = new URL(url, globalThis.document?.baseURI).href;
  let load = loads.get(absolute);
  if (!load) {
    const created = fetchDataset(absolute, timeout);
    load = created;
    loads.set(absolute, created);
    created.promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        // A failed load is not kept: the next element (or a retry) asks again.
        if (loads.get(absolute) === created) loads.delete(absolute);
      },
    );
  }
  const shared = load;
  shared.waiting++;
  return new Promise<Dataset>((resolve, reject) => {
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      shared.waiting--;
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      leave();
      if (shared.waiting === 0 && !shared.settled) {
        shared.abort();
        if (loads.get(absolute) === shared) loads.delete(absolute);
      }
      reject(new DOMException('The load was aborted', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (dataset) => {
        if (done) return;
        leave();
        resolve(dataset);
      },
      (error: Error) => {
        if (done) return;
        leave();
        reject(error);
      },
    );
  });
}
