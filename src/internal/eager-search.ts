import { nothing, type ReactiveControllerHost } from 'lit';
import * as search from '../core/search.js';
import { whenIdle } from './idle.js';

/**
 * `LazySearch` for the builds that carry the search inside (the all-in-one
 * files, which export it): rollup.config.mjs puts this module in place of
 * lazy-search.ts there, so that they carry no loading of their own search.
 */
export class LazySearch {
  readonly pending = false;
  readonly waiting = undefined;

  constructor(_host: ReactiveControllerHost) {}

  code(_search: string): typeof search {
    return search;
  }

  idle(): void {}

  whenIdle(task: (code: typeof search) => unknown): void {
    whenIdle(() => task(search));
  }

  render(): typeof nothing {
    return nothing;
  }
}

export function provideSearch(_code: typeof search): void {}
