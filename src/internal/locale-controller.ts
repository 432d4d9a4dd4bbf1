import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeOf, onLocaleChange, type Locale } from '../i18n/locale.js';
import { withLocale } from '../i18n/localize.js';

/**
 * The locale an element speaks, kept in step with the page: `setLocale()`,
 * and `lang` changed anywhere above the element, across shadow roots and in
 * another document (an iframe), which the page-wide observer cannot see.
 */
export class LocaleController implements ReactiveController {
  private rendered?: Locale;
  private stopListening?: () => void;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
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
    if (this.rendered) check();
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.observer?.disconnect();
  }

  /** Runs an update with `msg()` answering in the element's locale, and remembers it. */
  render<T>(update: () => T): T {
    this.rendered = this.locale;
    return withLocale(this.rendered, update);
  }

  /** Runs `fn` (from an event handler or a timer) with `msg()` in the element's locale. */
  run<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }
}
