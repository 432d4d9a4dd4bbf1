import type { ReactiveController, ReactiveElement } from 'lit';
import { localeOf, onLocaleChange, type Locale } from '../i18n/locale.js';
import { hasStrings, stringsFor, withLocale } from '../i18n/localize.js';

/**
 * The locale an element speaks, kept in step with the page: `setLocale()`,
 * and `lang` changed anywhere above the element, across shadow roots and in
 * another document (an iframe), which the page-wide observer cannot see.
 */
export class LocaleController implements ReactiveController {
  /** The locale of the last update; none when it lacked that locale's strings. */
  private rendered?: Locale;
  private stopListening?: () => void;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The locale the element should render in now. */
  get locale(): Locale {
    return localeOf(this.host);
  }

  hostConnected(): void {
    const check = () => {
      if (this.locale !== this.rendered) this.host.requestUpdate();
    };
    this.stopListening = onLocaleChange(check);
    this.observer = new MutationObserver(check);
    let root = this.host.getRootNode();
    while (root !== document) {
      this.observer.observe(root, { attributeFilter: ['lang'], subtree: true });
      const { host } = root as ShadowRoot;
      if (!host) break;
      root = host.getRootNode();
    }
    // Moved into a subtree with another `lang`.
    if (this.host.hasUpdated) check();
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.observer?.disconnect();
  }

  /**
   * What an update waits for: the strings of the element's locale, on their
   * way at first need (`undefined` when at hand or after they failed).
   */
  strings(): Promise<unknown> | undefined {
    return stringsFor(this.locale);
  }

  /** Runs an update with `msg()` answering in the element's locale, and remembers it. */
  render<T>(update: () => T): T {
    const { locale } = this;
    this.rendered = hasStrings(locale) ? locale : undefined;
    return withLocale(locale, update);
  }

  /** Runs `fn` (from an event handler or a timer) with `msg()` in the element's locale. */
  run<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }
}
