// Lookups in an element's shadow root: by CSS selector, by part name, and
// the text of its polite live region.

/** The first element in `host`'s shadow root that matches `selector`, or null. */
export const $ = <T extends Element = HTMLElement>(host: Element, selector: string) =>
  host.shadowRoot!.querySelector<T>(selector);

/** Every element in `host`'s shadow root that matches `selector`. */
export const $$ = <T extends Element = HTMLElement>(host: Element, selector: string) => [
  ...host.shadowRoot!.querySelectorAll<T>(selector),
];

/** Every element in `host`'s shadow root with `name` among its part names. */
export const parts = <T extends Element = HTMLElement>(host: Element, name: string) =>
  $$<T>(host, `[part~="${name}"]`);

/** The first element in `host`'s shadow root with `name` among its part names, or undefined. */
export const part = <T extends Element = HTMLElement>(host: Element, name: string): T =>
  parts<T>(host, name)[0];

/** The text of the status region (`role="status"`, polite) in `host`'s shadow root, trimmed. */
export const live = (host: Element) =>
  $(host, '[role="status"][aria-live="polite"]')!.textContent.trim();
