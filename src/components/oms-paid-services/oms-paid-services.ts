import '../../internal/trusted-types.js';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { distinctSources, paidList } from '../../core/guide.js';
import { pick } from '../../core/localized.js';
import { verdictOf } from '../../core/verdict.js';
import type { CoverageEntry, Dataset } from '../../data/schema.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../i18n/plural.js';
import { controlStyles } from '../../internal/controls.js';
import { factStyles, renderAdvice, renderSource } from '../../internal/facts.js';
import { hostStyles } from '../../internal/host-styles.js';
import { hasWords } from '../../internal/has-words.js';
import type { SearchCode } from '../../internal/lazy-search.js';
import { SearchElement } from '../../internal/search-element.js';
import { memoize } from '../../internal/memo.js';
import { provideSections } from '../../data/bundled.js';
import { sections } from '../../data/generated/group-paid.js';
import { renderVerdict, verdictStyles } from '../../internal/verdict.js';
import { styles } from './oms-paid-services.styles.js';

/** Under this width (CSS px) the list starts with titles only. */
const NARROW = 600;

// Strings carry short explicit ids (`paid-N`, `guide-N`): in the bundled English
// table a hashed id costs about ten bytes a string, these next to none.

// The bundled data this element shows (and only that: see src/data/bundled.ts).
provideSections(sections);

/**
 * The services that clinics, state ones included, may charge for, each with
 * the cases in which it is free after all; searchable, each item opening and
 * closing. Entries people look for here that are in fact free (IVF) are
 * listed last with a note saying so.
 *
 * @summary The list of services clinics may charge for, with exceptions.
 * @tag oms-paid-services
 *
 * @csspart search - the search field
 * @csspart expand-all - the button that opens (or closes) every item
 * @csspart list - the list of services
 * @csspart item - one service (a `details` element)
 * @csspart exception - one case in which the service is free
 * @csspart reminder - the rule that clinics display their paid services, and where to turn
 * @csspart source - a source line
 * @csspart advice - the list of places to ask for advice
 * @csspart verdict - the badge of an entry that is free after all
 * @csspart status - the loading message
 * @csspart error - the data error message
 *
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsPaidServices extends SearchElement {
  static override defaultTag = 'oms-paid-services';
  static override styles = [
    ...hostStyles('paid-services'),
    controlStyles,
    factStyles,
    verdictStyles,
    styles,
  ];

  // Plain fields, not @state: they change only in willUpdate or before a requestUpdate().
  /** Whether items are open unless the reader toggled them. */
  private openByDefault = true;
  /** The ids of the items the reader toggled away from `openByDefault`. */
  private toggled = new Set<string>();
  private results: CoverageEntry[] = [];

  // Reactive properties, as in OmsElement.
  static override properties: PropertyDeclarations = {
    compact: { type: Boolean, reflect: true },
    expanded: { type: Boolean, reflect: true },
    query: {},
  };

  /**
   * Titles only: each item opens on demand (and "expand all" opens every
   * one). Without `compact` or `expanded`, the list starts so on a narrow
   * screen (the element under 600 px wide) and open on a wider one.
   */
  compact = false;
  /** Every item open at first, even on a narrow screen. */
  expanded = false;
  /** The search text; setting it filters the list. */
  query = '';

  /** The element's width when first connected (0 when unknown). */
  private firstWidth = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured now, before this or any element on the page has rendered: the
    // layout this forces is the page's alone, not of every shadow tree so far.
    if (!this.hasUpdated) this.firstWidth = this.getBoundingClientRect().width;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('compact') || changed.has('expanded')) {
      this.setAll(this.expanded || (!this.compact && !this.isNarrow()));
    }
    const dataset = this.data.dataset;
    if (!dataset) return;
    const searching = hasWords(this.query);
    if (!searching) this.lazy.idle();
    const code = searching ? this.lazy.code(String(this.query)) : undefined;
    this.results = this.search(dataset, this.query, code);
    // Said once the reader pauses, of the list shown then (the search code may be on its way).
    if (changed.has('query') && this.hasUpdated)
      this.announce(() => this.found(this.results.length), false);
  }

  /** The list for a query; until the search code has loaded, the list shown stays. */
  private readonly search = memoize((dataset: Dataset, query: string, code?: SearchCode) => {
    if (!hasWords(query)) {
      // The whole list needs no search index: it is built when the browser is idle
      // after this render, ready for the first keystroke.
      this.lazy.whenIdle((search) => this.isConnected && search.coverageIndex(dataset));
      return paidList(dataset);
    }
    if (code) return code.searchPaidList(dataset, query);
    // The search code on its way: the list shown stays (at first, the whole list).
    return this.hasUpdated ? this.results : paidList(dataset);
  });

  /**
   * Whether the element is narrow (a phone), where the open list runs to
   * thousands of pixels: its width when connected for the first update, its
   * width now after that; the window's when the element has none.
   */
  private isNarrow(): boolean {
    const width = this.hasUpdated ? this.getBoundingClientRect().width : this.firstWidth;
    return (width || innerWidth) < NARROW;
  }

  /** "Найдено 5 услуг", or that nothing was found. */
  private found(count: number): string {
    if (!count) return msg('Ничего не найдено.', { id: 'paid-1z' });
    return plural(count, {
      one: msg(str`Найдена ${count} услуга.`, { id: 'paid-1a' }),
      few: msg(str`Найдено ${count} услуги.`, { id: 'paid-1b' }),
      many: msg(str`Найдено ${count} услуг.`, { id: 'paid-1' }),
    });
  }

  private setAll(open: boolean): void {
    this.openByDefault = open;
    this.toggled = new Set();
  }

  private isOpen(id: string): boolean {
    return this.openByDefault !== this.toggled.has(id);
  }

  private onToggle(event: Event, id: string): void {
    // Keeps the state in step with the reader's own clicks on a summary.
    if ((event.target as HTMLDetailsElement).open === this.isOpen(id)) return;
    if (!this.toggled.delete(id)) this.toggled.add(id);
    this.requestUpdate();
  }

  private renderItem(dataset: Dataset, entry: CoverageEntry) {
    const { locale } = this;
    const paid = entry.status === 'paid';
    const exceptions = entry.exceptions ?? [];
    return html`<li>
      <details
        part="item"
        .open=${this.isOpen(entry.id)}
        @toggle=${(event: Event) => this.onToggle(event, entry.id)}
      >
        <summary>
          ${pick(entry.title, locale)} ${paid ? nothing : renderVerdict(verdictOf(entry))}
        </summary>
        <p>${pick((!paid && entry.paidListNote) || entry.summary, locale)}</p>
        ${
          exceptions.length
            ? html`<p><strong>${msg('Исключения:', { id: 'paid-2' })}</strong></p>
                <ul>
                  ${exceptions.map((e) => html`<li part="exception">${pick(e, locale)}</li>`)}
                </ul>`
            : nothing
        }
        ${renderSource(dataset, entry.source, entry.asOf, locale)}
      </details>
    </li>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult {
    const { locale, results } = this;
    const allOpen = results.length > 0 && results.every((e) => this.isOpen(e.id));
    const listName = msg('Услуги, за которые клиника может взять плату', { id: 'paid-6' });
    const sources = distinctSources(dataset.advice).map((advice) =>
      renderSource(dataset, advice.source, advice.asOf, locale),
    );
    return html`
      <label for="q">${msg('Найти в списке', { id: 'paid-3' })}</label>
      <input
        id="q"
        part="search"
        type="search"
        autocomplete="off"
        .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      <button
        part="expand-all"
        type="button"
        aria-expanded=${allOpen}
        @click=${() => {
          this.setAll(!allOpen);
          this.requestUpdate();
        }}
      >
        ${allOpen ? msg('Свернуть все', { id: 'paid-4' }) : msg('Развернуть все', { id: 'paid-5' })}
      </button>
      ${this.lazy.render()}
      ${
        results.length
          ? html`<ul part="list" aria-label=${listName}>
              ${results.map((entry) => this.renderItem(dataset, entry))}
            </ul>`
          : this.lazy.pending
            ? nothing
            : html`<p>${this.found(0)}</p>`
      }
      <section part="reminder">
        ${this.heading(msg('Просят заплатить? Куда обратиться', { id: 'c8' }))}
        <p>
          ${msg('Клиника обязана вывесить на видном месте список своих платных услуг.', {
            id: 'paid-7',
          })}
          ${msg('Если с вас просят плату за бесплатную помощь, обратитесь:', { id: 'paid-8' })}
        </p>
        ${renderAdvice(dataset, locale)} ${sources}
      </section>
    `;
  }
}

// The events this element fires, so that importing the element (or its define
// entry) alone brings them into GlobalEventHandlersEventMap for TypeScript.
export type { OmsDataErrorEvent } from '../../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'oms-paid-services': OmsPaidServices;
  }
}
