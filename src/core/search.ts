/**
 * The search code the elements load on first need (`core/lazy-search.ts`):
 * text indexes, word forms, typos and the wrong keyboard layout. A page
 * that shows only what needs no search (the categories, the whole list, a
 * city's offices) never downloads or evaluates it. The per-tag files load
 * it as `oms-widgets.search.js` from next to their own URL (see
 * rollup.config.mjs); the all-in-one files carry it inside.
 */
export { coverageIndex, searchCoverage, suggestCoverage } from './coverage-search.js';
export { prepareOfficeSearch, searchOffices } from './office-search.js';
export { searchPaidList } from './paid-search.js';
