/**
 * Which locale an element speaks: `ru` by default, English on an `en` page.
 *
 * Order: the element's own `lang` attribute, then `setLocale()`, then the
 * nearest `lang` among its ancestors (across shadow roots) up to `<html>`.
 */
import { allLocales, sourceLocale } from './locale-codes.js';

/** The supported locales, as lit-localize.json names them. */
export const LOCALES = allLocales;
export type Locale = (typeof allLocales)[number];
const DEFAULT_LOCALE: Locale = sourceLocale;

/** Maps a BCP 47 tag ("en-GB", "ru") to a supported locale, or undefined. */
function toLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language);
}

// Shared by every copy of the library on the page (the CDN file next to the
// npm build, a classic and a module script): `setLocale()` from any of them
// reaches every element.
const shared: { forced?: Locale; listeners: Set<() => void> } = ((
  globalThis as Record<symbol, unknown>
)[Symbol.for('oms-widgets.locale')] ??= {
  listeners: new Set(),
}) as never;
const { listeners } = shared;
let observer: MutationObserver | undefined;

/** Tells every element that its locale, or the strings it has for it, may have changed. */
export function notifyLocaleChange(): void {
  for (const listener of listeners) listener();
}

/**
 * Sets the locale of every element of this library on the page, over the
 * page's `lang`. `'auto'` goes back to following the page. An unsupported
 * value is reported and ignored.
 */
export function setLocale(locale: Locale | 'auto'): void {
  const next = locale === 'auto' ? undefined : toLocale(locale);
  if (locale !== 'auto' && !next) {
    console.warn(
      `oms-widgets: unsupported locale "${String(locale)}"; supported: ${LOCALES.join(', ')}.`,
    );
    return;
  }
  if (next === shared.forced) return;
  shared.forced = next;
  notifyLocaleChange();
}

/** The locale set with `setLocale()`, or the page's (`<html lang>`). */
export function getLocale(): Locale {
  return shared.forced ?? toLocale(globalThis.document?.documentElement.lang) ?? DEFAULT_LOCALE;
}

/** The locale `element` should render in. */
export function localeOf(element: Element): Locale {
  const own = toLocale(element.getAttribute('lang'));
  if (own) return own;
  if (shared.forced) return shared.forced;
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    if (node.hasAttribute('lang')) return toLocale(node.getAttribute('lang')) ?? DEFAULT_LOCALE;
    node = node.parentElement ?? hostOf(node);
  }
  return DEFAULT_LOCALE;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Calls `listener` whenever a locale may have changed: `setLocale()`, or a
 * `lang` attribute changed anywhere in the document. The observer runs only
 * while someone listens. Returns the function that stops listening.
 */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && globalThis.document) {
    observer = new MutationObserver(notifyLocaleChange);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
