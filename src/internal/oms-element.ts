import {
  LitElement,
  html,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { DatasetController } from '../data/dataset-controller.js';
import { DEFAULT_TIMEOUT } from '../data/load.js';
import type { Dataset } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { VERSION } from '../version.js';
import { Announcer } from './controls.js';
import { renderDataState } from './data-state.js';
import { defineElement } from './define-element.js';
import { copyStylesInto } from './document-styles.js';
import { HEADING_LEVEL_RANGE, heading, outlineLevel } from './heading.js';
import { LocaleController } from './locale-controller.js';
import { numberAttribute, wholeNumberIn, type NumberRange } from './numbers.js';
import { litLoaded } from './trusted-types.js';

// Lit is loaded (this module imports it first): its Trusted Types policy was allowed.
litLoaded();

/** A timer's delay must fit in 32 bits; longer ones fire at once. */
const TIMEOUT_RANGE: NumberRange = { min: 1, max: 2 ** 31 - 1, fallback: DEFAULT_TIMEOUT };
const THEMES = ['auto', 'light', 'dark'];

function readableAsText(value: unknown): boolean {
  if (value == null) return true;
  if (typeof value === 'symbol') return false;
  try {
    // Only whether it throws matters: a template literal calls toString as String() does.
    return typeof `${value as string}` === 'string';
  } catch {
    return false;
  }
}

/**
 * The base of every element: a guarded `define()`, the locale, the dataset
 * (bundled, registered or loaded from `src`) with its loading and error
 * states, and the live region. Subclasses render in `renderReady()`.
 */
export abstract class OmsElement extends LitElement {
  /** The tag `define()` uses when given none. */
  static defaultTag: string;
  /** The library version, so that a second copy on the page can tell. */
  static readonly version = VERSION;

  /**
   * Defines the element under `tag` in `registry`. Never throws: a name
   * already taken by this library (a second copy or a second load) is left
   * alone, with one console warning when that copy has another version.
   */
  static define(tag: string = this.defaultTag, registry = customElements): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  protected readonly data = new DatasetController(this);
  private readonly localeController = new LocaleController(this);
  private readonly announcer = new Announcer(this, (words) => this.localeController.run(words));

  /**
   * The reactive properties, here and in each element: a static list rather
   * than decorators, which would add tslib's `__decorate` and Lit's decorator
   * modules to every file. Internal state says `attribute: false` beside
   * `state: true` (which implies it) for the manifest's analyzer, which
   * knows only the former and would list an attribute.
   */
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    timeout: { type: Number, converter: numberAttribute },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, converter: numberAttribute },
  };

  /** The URL of a dataset file to use instead of the bundled one. */
  src?: string;

  /** Milliseconds a `src` file may take to load before the element shows an error. */
  timeout = DEFAULT_TIMEOUT;

  /**
   * `light` or `dark` forces a palette; by default (`auto`) the element
   * follows the page's `color-scheme` and the reader's preference.
   */
  theme?: 'auto' | 'light' | 'dark';

  /**
   * The level of the element's top headings (a whole number from 2 to 6),
   * so that they continue the host page's outline; its other headings follow
   * at the next levels. By default, one below the last heading before the
   * element: 2 under the page's `<h1>`, 3 in a section with an `<h2>`, 2
   * with no heading before it.
   */
  headingLevel?: number;

  /** The level the page's outline gives, as of the last time the element was connected. */
  private outlineLevel = HEADING_LEVEL_RANGE.fallback;

  /** `headingLevel` brought into its range (`wholeNumber`), or the outline's. */
  private topLevel = HEADING_LEVEL_RANGE.fallback;

  override connectedCallback(): void {
    super.connectedCallback();
    // Where it now is: the headings before it are in the page already.
    this.outlineLevel = outlineLevel(this);
    this.requestUpdate();
  }

  /** The locale this element renders in (from `lang`, `setLocale()` or the page). */
  get locale(): Locale {
    return this.localeController.locale;
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

  /** @internal Moved to another document: the styles follow. */
  adoptedCallback(): void {
    if (this.shadowRoot)
      copyStylesInto(this.shadowRoot, (this.constructor as typeof OmsElement).elementStyles);
  }

  /** An update waits for the strings of the element's locale, loaded on first need. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.localeController.strings();
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override performUpdate(): void {
    this.dropUnreadableValues();
    this.localeController.render(() => super.performUpdate());
  }

  /**
   * A property set from JS to what cannot be made text (a Symbol, an object
   * without a prototype or whose `toString` throws) would throw where it is
   * reflected to its attribute or read as text: it goes back to its default,
   * reported once.
   */
  private dropUnreadableValues(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const [key, options] of (this.constructor as typeof OmsElement).elementProperties) {
      if (options.state || typeof key !== 'string' || readableAsText(self[key])) continue;
      this.warnOnce(key, `${key} cannot be read as text; using the default.`);
      self[key] = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('timeout')) {
      this.data.setSource(this.src, this.wholeNumber('timeout', this.timeout, TIMEOUT_RANGE));
    }
    this.topLevel = this.wholeNumber('heading-level', this.headingLevel, {
      ...HEADING_LEVEL_RANGE,
      fallback: this.outlineLevel,
    });
    if (changed.has('theme') && this.theme && !THEMES.includes(this.theme)) {
      this.warnOnce(
        'theme',
        `unknown theme "${this.theme}"; expected auto, light or dark. Using auto.`,
      );
    }
  }

  protected override render(): unknown {
    const { state } = this.data;
    if (state.status !== 'ready') return renderDataState(state);
    return html`${this.renderReady(state.dataset)}${this.announcer.render()}`;
  }

  /** What the element shows once it has its dataset. */
  protected abstract renderReady(dataset: Dataset): unknown;

  /**
   * A heading `depth` levels below the element's top headings (0: a top one),
   * at the level `heading-level` gives.
   */
  protected heading(content: unknown, depth = 0): TemplateResult {
    return heading(this.topLevel + depth, depth, content);
  }

  /**
   * Tells screen-reader users, after a pause, the words `words` gives in the
   * element's locale; the same words as last time only `again`.
   */
  protected announce(words: () => string, again?: boolean): void {
    this.announcer.announce(words, again);
  }

  /**
   * A numeric attribute's value by the one policy (`wholeNumberIn`); a
   * change is reported once. No value (an empty attribute) is the default.
   */
  protected wholeNumber(name: string, value: unknown, range: NumberRange): number {
    const number = wholeNumberIn(value, range);
    if (value != null && number !== value) {
      const { min, max } = range;
      this.warnOnce(name, `${name} must be a whole number from ${min} to ${max}; using ${number}.`);
    }
    return number;
  }

  private warned?: Set<string>;

  /** Logs a console warning about `topic` once per element. */
  protected warnOnce(topic: string, message: string): void {
    this.warned ??= new Set();
    if (this.warned.has(topic)) return;
    this.warned.add(topic);
    console.warn(`<${this.localName}>: ${message}`);
  }
}
