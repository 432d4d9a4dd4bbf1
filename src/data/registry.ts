import { bundledBase } from './bundled.js';
import { DatasetError } from './errors.js';
import type { Dataset } from './schema.js';
import { SCHEMA_VERSION } from './schema-version.js';
import { loadValidator } from './validator.js';

/**
 * Shared by every copy of the library on the page that reads the same schema
 * version (the CDN file next to the npm build, a classic and a module script):
 * `registerDataset()` from any of them reaches every element. `sections`
 * holds the registered data's own sections, checked; each copy puts them
 * over the bundled sections it carries. `call` counts calls: only the
 * newest one takes effect.
 */
const shared: { sections?: Partial<Dataset>; call: number; listeners: Set<() => void> } = ((
  globalThis as Record<symbol, unknown>
)[Symbol.for(`oms-widgets.registered.v${SCHEMA_VERSION}`)] ??= {
  call: 0,
  listeners: new Set(),
}) as never;
const { listeners } = shared;

let merged: { base: Dataset; sections?: Partial<Dataset>; dataset: Dataset } | undefined;

/** The dataset elements without `src` use: the registered one over the bundled one. */
export function getDataset(): Dataset {
  const base = bundledBase();
  const { sections } = shared;
  if (!sections) return base;
  if (merged?.base !== base || merged.sections !== sections)
    merged = { base, sections, dataset: { ...base, ...sections } };
  return merged.dataset;
}

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Makes `data` the dataset of every element on the page that has no `src`
 * (and of the headless functions called without `dataset`), once checked.
 * `data` may be a part of a dataset (offices only, …): the rest is the
 * bundled data. Resolves to the dataset in use; invalid data rejects with a
 * `DatasetError` listing the issues and changes nothing.
 * `registerDataset(undefined)` goes back to the bundled dataset at once.
 *
 * The check (zod and the schema) is loaded on the first call, so the result
 * is a Promise (since 0.2.0). A call that does not wait for it still works,
 * with a console warning, until 0.3.0.
 */
export function registerDataset(data: unknown): Promise<Dataset> {
  const call = ++shared.call;
  if (data === undefined) {
    shared.sections = undefined;
    notify();
    // Done at once: nothing to wait for, nothing to warn about.
    return Promise.resolve(getDataset());
  }
  const done = loadValidator().then(({ validatePart }) => {
    const result = validatePart(data, bundledBase());
    if (!result.success) {
      throw new DatasetError(
        'schema',
        `oms-widgets: the dataset is invalid (${result.issues.length} issues)`,
        undefined,
        result.issues,
      );
    }
    // A newer call came first: it stands.
    if (call !== shared.call) return getDataset();
    // Its own sections, and the sources completed with every bundled one (`validatePart`).
    const own = [...ownKeys(data, result.data), 'sources'].filter((k) => k !== 'schemaVersion');
    shared.sections = Object.fromEntries(
      own.map((key) => [key, (result.data as Record<string, unknown>)[key]]),
    );
    notify();
    return getDataset();
  });
  return watched(done);
}

/** The keys `data` has itself; all of `checked`'s if reading them again throws (a Proxy). */
function ownKeys(data: unknown, checked: object): string[] {
  try {
    return Object.keys(data as object);
  } catch {
    return Object.keys(checked);
  }
}

let warned = false;

/**
 * A Promise that notes whether the caller waited for it (`await`, `then`,
 * `catch`). A caller that did not (code written for the synchronous
 * `registerDataset()` of 0.1) gets one console warning, and the issues of
 * invalid data as a console error instead of an unhandled rejection.
 */
class Watched<T> extends Promise<T> {
  used = false;
  static override get [Symbol.species]() {
    return Promise;
  }
  override then<A = T, B = never>(
    fulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    rejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.used = true;
    return super.then(fulfilled, rejected);
  }
}

function watched<T>(promise: Promise<T>): Promise<T> {
  const result = new Watched<T>((resolve, reject) => {
    void promise.then(resolve, reject);
  });
  const check = (error?: unknown) =>
    setTimeout(() => {
      if (result.used) return;
      if (!warned) {
        warned = true;
        console.warn(
          'oms-widgets: registerDataset() returns a Promise since 0.2.0: await it to know ' +
            'when the data is in use and to catch a DatasetError. Calls that do not wait ' +
            'work until 0.3.0.',
        );
      }
      if (error instanceof DatasetError) console.error(error.message, error.issues);
      else if (error !== undefined) console.error(error);
    });
  // Promise.prototype.then itself: watching is not using.
  void Promise.prototype.then.call(result, () => check(), check);
  return result;
}

/** Calls `listener` after each change of the registered dataset; returns how to unsubscribe. */
export function onDatasetRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
