import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type * as Search from '../core/search.js';
import { msg } from '../i18n/localize.js';
import { whenIdle } from './idle.js';

export type SearchCode = typeof Search;

let ready: SearchCode | undefined;
let loading: Promise<SearchCode> | undefined;
/**
 * Failed loads so far. The per-tag files ask for `?retry=N` after a failure
 * (rollup.config.mjs): an engine may keep a module that failed to load as
 * failed for good (Firefox does, as HTML's module map says).
 */
// Read only by the import that rollup.config.mjs writes in the per-tag files:
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- see above
let failures = 0;

/** A build that carries the search inside (the all-in-one files) has it at once. */
export function provideSearch(code: SearchCode): void {
  ready = code;
}

/**
 * Loads the search code once (core/search.ts). A failed load is not kept:
 * the next need tries again.
 */
function loadSearch(): Promise<SearchCode> {
  loading ??= import('../core/search.js').then(
    (code) => (ready = code),
    (error: unknown) => {
      loading = undefined;
      failures++;
      throw error;
    },
  );
  return loading;
}

/**
 * An element's access to the search code, which loads on first need: at
 * hand once loaded; until then `code()` starts the load, `render()` says
 * so, and the element updates again when it has arrived or could not
 * (its `updateComplete` waits for that update).
 */
export class LazySearch {
  /** Where the code is, as of the last `code()`: on its way, or it could not load. */
  private state?: 'loading' | 'failed';
  /** The search the failed load was for: the same search does not try again by itself. */
  private failedFor?: string;
  /** The load on its way, settled (never rejected) once the element has been asked to update. */
  waiting?: Promise<unknown>;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * The search code, or `undefined` while it loads or after it could not
   * (then a new search, `search` different from the failed one's, or the
   * reader's "try again" loads it again).
   */
  code(search: string): SearchCode | undefined {
    if (ready) {
      this.state = undefined;
      return ready;
    }
    if (this.waiting) this.state = 'loading';
    else if (this.state !== 'failed' || search !== this.failedFor) this.load(search);
    return undefined;
  }

  /** Whether a search waits for the code, or could not run without it. */
  get pending(): boolean {
    return this.state !== undefined;
  }

  /** No search: nothing to say about the code. */
  idle(): void {
    this.state = undefined;
  }

  private load(search: string): void {
    this.state = 'loading';
    const waiting = loadSearch()
      .then(
        () => (this.state = undefined),
        () => {
          this.state = 'failed';
          this.failedFor = search;
        },
      )
      .finally(() => {
        this.waiting = undefined;
        this.host.requestUpdate();
      });
    this.waiting = waiting;
  }

  /**
   * Runs `task` with the search code once the browser is idle after this
   * render, loading the code then if need be: how an element builds the
   * index the reader's first keystroke will search. If it cannot load, the
   * keystroke tries again.
   */
  whenIdle(task: (code: SearchCode) => unknown): void {
    whenIdle(() => {
      loadSearch().then(task, () => undefined);
    });
  }

  /** Searching (the code on its way), or why the search cannot run, with a button to try again. */
  render(): TemplateResult | typeof nothing {
    if (this.state === 'loading')
      return html`<p class="data-state" part="status">${msg('Ищем…', { id: 's1' })}</p>`;
    if (this.state !== 'failed') return nothing;
    const retry = () => {
      this.failedFor = undefined;
      this.host.requestUpdate();
    };
    return html`<div class="data-state" part="error" role="alert">
      <p>${msg('Поиск не загрузился: нет связи с сервером.', { id: 's2' })}</p>
      <button type="button" @click=${retry}>${msg('Попробовать ещё раз', { id: 's3' })}</button>
    </div>`;
  }
}
