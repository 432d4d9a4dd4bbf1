import { bundledBase } from './bundled.js';
import { DatasetError } from './errors.js';
import type { Dataset } from './schema.js';
import { loadValidator } from './validator.js';

/** How long a data file may take to arrive before the load fails, in ms. */
export const DEFAULT_TIMEOUT = 15_000;

export interface LoadOptions {
  /** Stops waiting (the fetch itself stops when nobody else waits for it). */
  signal?: AbortSignal;
  /** Milliseconds before the load fails with a `timeout` error (for this caller alone). */
  timeout?: number;
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
 *
 * The fetching itself (shared fetches, caches) is in the chunk loaded on
 * demand with the check (loader.ts): this is all an element's file carries.
 * The timeout counts until the file has arrived, the chunk's loading
 * included; checking the file is not part of it.
 */
export function loadDataset(
  url: string,
  { signal, timeout = DEFAULT_TIMEOUT }: LoadOptions = {},
): Promise<Dataset> {
  const absolute = resolveDataUrl(url);
  if (absolute instanceof DatasetError) return Promise.reject(absolute);
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<Dataset>((resolve, reject) => {
    // The loader's signal: aborted when this caller stops waiting, so that a
    // fetch nobody waits for stops, and a chunk that arrives late starts none.
    const waiting = new AbortController();
    const stop = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      waiting.abort();
    };
    const fail = (error: Error) => {
      stop();
      reject(error);
    };
    const onAbort = () => fail(abortError());
    // A timer of this caller's own, not the fetch's signal: a host page's
    // `fetch` wrapper may drop the signal and never settle.
    const timer = setTimeout(
      () =>
        fail(
          new DatasetError(
            'timeout',
            `oms-widgets: ${absolute} did not answer within ${timeout} ms`,
            absolute,
          ),
        ),
      Math.min(timeout, 2 ** 31 - 1),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    loadValidator()
      .then(({ loadFile }) =>
        loadFile(absolute, {
          signal: waiting.signal,
          base: bundledBase(),
          DatasetError,
          arrived: () => clearTimeout(timer),
        }),
      )
      .then((dataset) => {
        stop();
        resolve(dataset);
      }, fail);
  });
}

function abortError(): DOMException {
  return new DOMException('The load was aborted', 'AbortError');
}
