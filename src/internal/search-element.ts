import { OmsElement } from './oms-element.js';
import { LazySearch } from './lazy-search.js';

/**
 * An element with a search (coverage check, office list, paid services):
 * its search code loads on first need (`lazy`), and `updateComplete`
 * settles only once that code has arrived (or could not) and the update it
 * brings is done.
 */
export abstract class SearchElement extends OmsElement {
  /** The search code, loaded on first need. */
  protected readonly lazy = new LazySearch(this);

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let work = this.lazy.waiting; work; work = this.lazy.waiting) {
      await work;
      done = await super.getUpdateComplete();
    }
    return done;
  }
}
