import {
  LitElement,
  html,
  nothing,
  type CSSResult,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { DatasetController } from '../data/dataset-controller.js';
import type { DatasetError } from '../data/errors.js';
import { DEFAULT_TIMEOUT } from '../data/load.js';
import { localeOf, onLocaleChange, type Locale } from '../i18n/locale.js';
import { msg, str, withLocale } from '../i18n/localize.js';
import { plural } from '../i18n/plural.js';
import { VERSION } from '../version.js';

let warnedAboutVersion = false;

/**
 * The base of every element: a guarded `define()`, the locale, the dataset
 * (bundled, registered or loaded from `src`) and its loading and error states.
 */
export class OmsElement extends LitElement {
  /** The tag `define()` uses when given none. */
  static defaultTag: string;
  /** The library version, so that a second copy on the page can tell. */
  static readonly version = VERSION;

  /**
   * Defines the element under `tag` in `registry`. Never throws: a name
   * already taken by this library (a second copy or a second load) is left
   * alone, with one console warning when that copy has another version.
   */
  static define(
    tag: string = this.defaultTag,
    registry: CustomElementRegistry = customElements,
  ): void {
    const existing = registry.get(tag);
    if (existing) {
      const theirs = (existing as Partial<typeof OmsElement>).version;
      if (existing !== (this as unknown) && theirs !== VERSION && !warnedAboutVersion) {
        warnedAboutVersion = true;
        console.warn(
          `oms-widgets ${VERSION}: <${tag}> is already defined by ${theirs ? `oms-widgets ${theirs}` : 'another script'}; the existing definition is kept.`,
        );
      }
      return;
    }
    try {
      registry.define(tag, this as unknown as CustomElementConstructor);
    } catch {
      // The class is already registered under another name: register a subclass.
      registry.define(tag, class extends (this as unknown as typeof LitElement) {});
    }
  }

  protected readonly data = new DatasetController(this);

  /** The URL of a dataset file to use instead of the bundled one. */
  @property({ reflect: true }) src?: string;

  /** Milliseconds a `src` file may take to load before the element shows an error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /**
   * `light` or `dark` forces a palette; by default (`auto`) the element
   * follows the page's `color-scheme` and the reader's preference.
   */
  @property({ reflect: true }) theme?: 'auto' | 'light' | 'dark';

  /** The locale this element renders in (from `lang`, `setLocale()` or the page). */
  get locale(): Locale {
    return localeOf(this);
  }

  private renderedLocale?: Locale;
  private stopWatchingLocale?: () => void;

  private langObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    const check = () => {
      if (this.locale !== this.renderedLocale) this.requestUpdate();
    };
    this.stopWatchingLocale = onLocaleChange(check);
    // The page-wide observer does not see `lang` inside shadow roots or in
    // another document (an iframe): watch the roots this element is in.
    this.langObserver = new MutationObserver(check);
    for (
      let root = this.getRootNode();
      root !== document;
      root = (root as ShadowRoot).host.getRootNode()
    ) {
      this.langObserver.observe(root, { attributeFilter: ['lang'], subtree: true });
      if (!(root as ShadowRoot).host) break;
    }
    // Moved into a subtree with another `lang`: render again if that changes the locale.
    if (this.renderedLocale) check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLocale?.();
    this.langObserver?.disconnect();
  }

  protected override createRenderRoot() {
    try {
      return super.createRenderRoot();
    } catch {
      // First connected in another document (a same-origin iframe), where the
      // constructed style sheets of this one are not allowed.
      this.adoptedCallback();
      return this.shadowRoot!;
    }
  }

  private styleCopy?: HTMLStyleElement;

  /**
   * Moved to another document: constructed style sheets work only in the
   * document that made them, so the styles follow as a `<style>` element.
   * @internal
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    if (!root) return;
    this.styleCopy?.remove();
    this.styleCopy = this.ownerDocument.createElement('style');
    this.styleCopy.textContent = (this.constructor as typeof OmsElement).elementStyles
      .map((s) => (s as CSSResult).cssText)
      .join('');
    root.prepend(this.styleCopy);
  }

  protected override performUpdate(): void {
    const locale = (this.renderedLocale = this.locale);
    withLocale(locale, () => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('timeout')) {
      const timeout =
        Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT;
      if (timeout !== this.timeout)
        this.warnOnce(
          'timeout',
          `timeout must be a positive number of milliseconds; using ${DEFAULT_TIMEOUT}.`,
        );
      this.data.setSource(this.src, timeout);
    }
    if (changed.has('theme') && this.theme && !['auto', 'light', 'dark'].includes(this.theme)) {
      this.warnOnce(
        'theme',
        `unknown theme "${this.theme}"; expected auto, light or dark. Using auto.`,
      );
    }
  }

  private warned?: Set<string>;

  /** Logs a console warning about `topic` once per element. */
  protected warnOnce(topic: string, message: string): void {
    this.warned ??= new Set();
    if (this.warned.has(topic)) return;
    this.warned.add(topic);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /** The loading or error state, for `render()` to return while there is no dataset. */
  protected renderDataState(): TemplateResult | typeof nothing {
    const { state } = this.data;
    if (state.status === 'loading') {
      return html`<p class="data-state" part="status" role="status" aria-live="polite">
        ${msg('Загрузка данных…', { id: 'e1' })}
      </p>`;
    }
    if (state.status === 'error') {
      return html`<div class="data-state" part="error" role="alert">
        <strong>${msg('Не удалось показать сведения.', { id: 'e2' })}</strong>
        ${this.describeDataError(state.error)}
        ${
          state.error.issues.length
            ? html`<ul>
                ${state.error.issues.slice(0, 5).map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
              </ul>`
            : nothing
        }
      </div>`;
    }
    return nothing;
  }

  private describeDataError(error: DatasetError): string {
    const url = error.url ?? '';
    switch (error.kind) {
      case 'timeout':
        return msg(str`Файл данных ${url} не загрузился вовремя.`, { id: 'e3' });
      case 'http':
        return msg(
          str`Сервер ответил на запрос файла данных ${url} ошибкой ${error.status ?? ''}.`,
          { id: 'e4' },
        );
      case 'json':
        return msg(str`Файл данных ${url} повреждён: это не JSON.`, { id: 'e5' });
      case 'schema': {
        const count = error.issues.length;
        const issues = plural(count, {
          one: msg(str`${count} ошибка`, { id: 'e6' }),
          few: msg(str`${count} ошибки`, { id: 'e7' }),
          many: msg(str`${count} ошибок`, { id: 'e8' }),
        });
        return msg(str`Файл данных ${url} не соответствует схеме: ${issues}.`, { id: 'e9' });
      }
      default:
        return msg(str`Файл данных ${url} недоступен: нет связи с сервером.`, { id: 'e10' });
    }
  }
}
