/**
 * Runs `task` once the browser is idle (`requestIdleCallback`; a timer in
 * engines without it), never in the current task: how an element prepares
 * what the reader's first keystroke needs (a search index) after its first
 * render instead of during it.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task());
  else setTimeout(task, 1);
}
