/**
 * Work an element's `updateComplete` waits for beyond its update: code on
 * its way (the search), after which the element updates again. Kept here,
 * not on the element, so that elements without such work carry no code
 * for it.
 */
export const pendingWork = new WeakMap<object, Promise<unknown>>();
