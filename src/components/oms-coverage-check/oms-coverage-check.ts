import '../../internal/trusted-types.js';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { toCoverageMatch, type CoverageMatch } from '../../core/coverage-match.js';
import { pick, pickOptional } from '../../core/localized.js';
import { verdictOf } from '../../core/verdict.js';
import type { Category, Dataset } from '../../data/schema.js';
import { OmsCoverageResultEvent } from '../../events.js';
import type { Locale } from '../../i18n/locale.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../i18n/plural.js';
import { controlStyles } from '../../internal/controls.js';
import { factStyles, renderAdvice, renderSource } from '../../internal/facts.js';
import { hostStyles } from '../../internal/host-styles.js';
import { hasWords } from '../../internal/has-words.js';
import type { SearchCode } from '../../internal/lazy-search.js';
import { SearchElement } from '../../internal/search-element.js';
import { memoize } from '../../internal/memo.js';
import { numberAttribute, type NumberRange } from '../../internal/numbers.js';
import { provideSections } from '../../data/bundled.js';
import { sections } from '../../data/generated/group-coverage.js';
import { renderVerdict, verdictStyles } from '../../internal/verdict.js';
import {
  renderPayOrWait,
  waitingTimeStyles,
  waitingTimeText,
} from '../../internal/waiting-time.js';
import { styles } from './oms-coverage-check.styles.js';

/** What the list shows for a query: its matches, or the nearest entries when there are none. */
interface Answer {
  query: string;
  matches: CoverageMatch[];
  suggestions: CoverageMatch[];
}

/** A category shows at most this many entries; the search reaches the rest. */
const BROWSE_LIMIT = 50;

const entriesOf = (dataset: Dataset, id: string) =>
  dataset.coverage.filter((entry) => entry.category === id);

/** The categories with entries, each with how many. */
const categoriesOf = (dataset: Dataset) =>
  dataset.categories
    .map((c) => [c, entriesOf(dataset, c.id).length] as const)
    .filter(([, count]) => count);

const DEFAULT_LIMIT = 10;
const LIMIT_RANGE: NumberRange = { min: 1, max: 100, fallback: DEFAULT_LIMIT };

// The bundled data this element shows (and only that: see src/data/bundled.ts).
provideSections(sections);

/**
 * Tells whether a medical service is free under OMS, on what conditions, and why.
 *
 * @summary Search-as-you-type over every service in the dataset (Russian or
 * English, with typos and the wrong keyboard layout), and browse by category
 * while the field is empty. Each result gives its verdict in words and an
 * icon, the conditions or exceptions, why (source, legal basis, date checked)
 * and where to turn when asked to pay.
 * @tag oms-coverage-check
 *
 * @csspart search - the search field
 * @csspart categories - the category buttons, shown while the field is empty
 * @csspart category - one category button
 * @csspart results - the list of results
 * @csspart result - one result
 * @csspart verdict - the verdict of a result (also `verdict-covered`,
 *   `verdict-conditional`, `verdict-budget`, `verdict-paid`)
 * @csspart why - the disclosure with the source, legal basis and date of a result
 * @csspart source - the source line inside `why`
 * @csspart waiting-time - the maximum waiting time of a result, in words
 * @csspart pay-or-wait - the disclosure "asked to pay or told to wait": what to do
 *   when a waiting time is missed, the patient's rights, where to turn
 * @csspart when-missed - what to do when a waiting time is missed
 * @csspart rights - the patient's rights when offered paid services
 * @csspart advice - where to turn when asked to pay (covered and budget results,
 *   and the no-match message)
 * @csspart no-match - the message when nothing matches
 * @csspart status - the loading message
 * @csspart error - the data error message
 *
 * @fires {OmsCoverageResultEvent} oms-coverage-result - a search settled (the
 *   reader paused typing): the query and its matches
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsCoverageCheck extends SearchElement {
  static override defaultTag = 'oms-coverage-check';
  static override styles = [
    ...hostStyles('coverage-check'),
    controlStyles,
    factStyles,
    verdictStyles,
    waitingTimeStyles,
    styles,
  ];
  /**
   * Milliseconds of pause in typing before "nothing found" replaces what is
   * shown (so that it does not flash between keystrokes) and before
   * `oms-coverage-result` fires. Tests may lower it.
   */
  static settleDelay = 400;

  // Reactive properties, as in OmsElement.
  static override properties: PropertyDeclarations = {
    answer: { state: true, attribute: false },
    query: {},
    limit: { type: Number, converter: numberAttribute },
    category: {},
  };

  /** What the list shows; none while the field is empty (the categories show instead). */
  private answer?: Answer;

  /** The search text; setting it (or the attribute) fills the field and searches. */
  query = '';
  /** At most this many results (a whole number from 1 to 100; default 10). */
  limit = DEFAULT_LIMIT;
  /** The category (a dataset category id) whose entries show while the field is empty. */
  category = '';

  private typing = false;
  private settle?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settle);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const limit = this.wholeNumber('limit', this.limit, LIMIT_RANGE);
    const dataset = this.data.dataset;
    if (!dataset) return;
    const query = String(this.query ?? '').trim();
    const searching = hasWords(query);
    if (!searching) this.lazy.idle();
    this.search(dataset, this.locale, limit, query, searching ? this.lazy.code(query) : undefined);
  }

  /**
   * Searches once per change of what the answer depends on. Until the
   * search code has loaded, what was shown stays (`lazy` says it is searching).
   */
  private readonly search = memoize(
    (dataset: Dataset, locale: Locale, limit: number, query: string, code?: SearchCode) => {
      clearTimeout(this.settle);
      const typing = this.typing;
      if (!hasWords(query)) {
        // Browsing the categories needs no index: the search's is built when the
        // browser is idle after this render, ready for the first keystroke.
        this.typing = false;
        this.answer = undefined;
        this.lazy.whenIdle((search) => this.isConnected && search.coverageIndex(dataset));
        return;
      }
      if (!code) return;
      this.typing = false;
      const options = { locale, limit, dataset };
      const matches = code.searchCoverage(query, options);
      const suggestions = matches.length
        ? []
        : code.suggestCoverage(query, { ...options, limit: 3 });
      const answer = { query, matches, suggestions };
      // New matches show at once; "nothing found" waits for a pause in typing
      // (the word on its way to matching), keeping what was shown until then.
      if (matches.length || !typing) this.show(answer);
      const settled = new OmsCoverageResultEvent(query, matches);
      this.settle = setTimeout(() => {
        this.show(answer);
        this.dispatchEvent(settled);
      }, OmsCoverageCheck.settleDelay);
    },
  );

  private show(answer: Answer): void {
    if (this.answer === answer) return;
    this.answer = answer;
    const { query, matches } = answer;
    // While typing: the same words are not said again; "nothing found" as shown.
    if (matches.length) this.announceCount(matches.length, false);
    else this.announce(() => this.nothingFound(query), false);
  }

  /** "5 результатов" in the live region, once the reader pauses. */
  private announceCount(count: number, again?: boolean): void {
    this.announce(
      () =>
        plural(count, {
          one: msg(str`${count} результат`, { id: 'c1' }),
          few: msg(str`${count} результата`, { id: 'c2' }),
          many: msg(str`${count} результатов`, { id: 'c3' }),
        }),
      again,
    );
  }

  private nothingFound(query: string): string {
    return msg(str`По запросу «${query}» ничего не нашлось.`, { id: 'c9' });
  }

  private onInput(event: Event): void {
    this.typing = true;
    this.query = (event.target as HTMLInputElement).value;
  }

  /**
   * Searches for `text` (a suggestion) or, when empty, goes back to the
   * categories; the field keeps focus.
   */
  private searchFor(text: string): void {
    this.query = text;
    this.renderRoot.querySelector('input')?.focus();
  }

  private async toggleCategory(id: string, count: number): Promise<void> {
    this.category = this.category === id ? '' : id;
    if (!this.category) return;
    this.announceCount(count);
    await this.updateComplete;
    this.revealCategory();
  }

  /**
   * Brings a chosen category's entries into sight: on a phone they start
   * below the fold, and the button's fill was the only change seen. Focus
   * moves to the list (for keyboard and screen-reader users too); the page
   * jumps (no smooth scrolling, which some readers find hard to follow) only
   * when the entries' start is out of the upper part of the view.
   */
  private revealCategory(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[part="results"]');
    const start = this.renderRoot.querySelector('.picked') ?? list;
    list?.focus({ preventScroll: true });
    const top = start?.getBoundingClientRect().top ?? 0;
    if (top < 0 || top > innerHeight * 0.6) start!.scrollIntoView();
  }

  private renderList(matches: CoverageMatch[], dataset: Dataset) {
    return html`<ul class="results" part="results" tabindex="-1">
      ${matches.map((match) => this.renderMatch(match, dataset))}
    </ul>`;
  }

  private renderMatch(match: CoverageMatch, dataset: Dataset) {
    const list = (label: string, items: string[]) =>
      items.length
        ? html`<p class="label">${label}</p>
            <ul>
              ${items.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing;
    const legalBasis = msg('Правовое основание:', { id: 'c7' });
    const { waitingTime } = match;
    const askedToPay = waitingTime
      ? msg('Просят заплатить или ждать дольше срока? Куда обратиться', { id: 'c17' })
      : msg('Просят заплатить? Куда обратиться', { id: 'c8' });
    return html`<li class="result" part="result">
      ${this.heading(match.title)} ${renderVerdict(verdictOf(match.entry))}
      <p>${match.summary}</p>
      ${list(msg('Условия:', { id: 'c4' }), match.conditions)}
      ${list(msg('Исключения:', { id: 'c5' }), match.exceptions)}
      ${match.note ? html`<p>${match.note}</p>` : nothing}
      ${
        waitingTime
          ? html`<p class="waiting" part="waiting-time">${waitingTimeText(waitingTime)}</p>`
          : nothing
      }
      <details part="why">
        <summary>${msg('Почему так?', { id: 'c6' })}</summary>
        ${match.legalBasis ? html`<p>${legalBasis} ${match.legalBasis}</p>` : nothing}
        ${renderSource(dataset, match.source.id, match.asOf, this.locale)}
      </details>
      ${
        match.status === 'paid'
          ? nothing
          : html`<details part="pay-or-wait">
              <summary>${askedToPay}</summary>
              ${renderPayOrWait(
                dataset,
                this.locale,
                waitingTime,
                renderAdvice(dataset, this.locale),
              )}
            </details>`
      }
    </li>`;
  }

  private renderNoMatch({ query, suggestions }: Answer, dataset: Dataset) {
    const nothingFound = this.nothingFound(query);
    const maybe = msg('Может быть, вы искали:', { id: 'c10' });
    return html`<div class="no-match" part="no-match">
      <p><strong>${nothingFound}</strong></p>
      ${
        suggestions.length
          ? html`<p class="label" id="maybe">${maybe}</p>
              <ul class="buttons" aria-labelledby="maybe">
                ${suggestions.map(
                  (s) =>
                    html`<li>
                      <button type="button" @click=${() => this.searchFor(s.title)}>
                        ${s.title}
                      </button>
                    </li>`,
                )}
              </ul>`
          : this.renderSections(dataset)
      }
      <button type="button" @click=${() => this.searchFor('')}>
        ${msg('Все разделы', { id: 'c11' })}
      </button>
      <p class="label">${msg('Где спросить:', { id: 'c12' })}</p>
      ${renderAdvice(dataset, this.locale)}
    </div>`;
  }

  /** With no suggestion at all, the sections to browse: the no-match message always offers some. */
  private renderSections(dataset: Dataset) {
    const label = msg('Посмотрите разделы:', { id: 'c18' });
    // As a category button does: its entries in sight, focus on them, their count said.
    const open = (id: string, count: number) => {
      this.query = '';
      this.category = '';
      void this.toggleCategory(id, count);
    };
    return html`<p class="label" id="sections">${label}</p>
      <ul class="buttons" aria-labelledby="sections">
        ${categoriesOf(dataset).map(
          ([c, count]) =>
            html`<li>
              <button type="button" @click=${() => open(c.id, count)}>
                ${pick(c.title, this.locale)}
              </button>
            </li>`,
        )}
      </ul>`;
  }

  private renderCategory(category: Category, count: number) {
    return html`<li>
      <button
        type="button"
        part="category"
        aria-pressed=${category.id === this.category}
        @click=${() => this.toggleCategory(category.id, count)}
      >
        ${pick(category.title, this.locale)} (${count})
      </button>
    </li>`;
  }

  private renderBrowse(dataset: Dataset) {
    const { locale } = this;
    const categories = categoriesOf(dataset);
    const selected = categories.find(([c]) => c.id === this.category)?.[0];
    if (this.category && !selected) {
      this.warnOnce('category', `unknown category "${this.category}"; showing them all.`);
    }
    const entries = selected ? entriesOf(dataset, selected.id) : [];
    const shown = entries
      .slice(0, BROWSE_LIMIT)
      .map((entry) => toCoverageMatch(entry, dataset, locale, 0));
    const more = msg(str`Показаны ${BROWSE_LIMIT} из ${entries.length}.`, { id: 'c14' });
    const picked = html`<p class="picked">${pickOptional(selected?.description, locale)}</p>`;
    return html`<p class="label" id="categories">${msg('Или выберите раздел:', { id: 'c13' })}</p>
      <ul class="buttons" part="categories" aria-labelledby="categories">
        ${categories.map(([category, count]) => this.renderCategory(category, count))}
      </ul>
      ${selected?.description ? picked : nothing}
      ${selected ? this.renderList(shown, dataset) : nothing}
      ${entries.length > BROWSE_LIMIT ? html`<p>${more}</p>` : nothing}`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult {
    const { answer } = this;
    return html`
      <label for="q">${msg('Услуга, лечение или обследование', { id: 'c15' })}</label>
      <input
        id="q"
        part="search"
        type="search"
        autocomplete="off"
        placeholder=${msg('Например: гемодиализ, ЭКО, зубы', { id: 'c16' })}
        .value=${this.query ?? ''}
        @input=${this.onInput}
      />
      ${this.lazy.render()}
      ${
        !answer
          ? // A query whose search code is on its way: no categories in between.
            hasWords(this.query)
            ? nothing
            : this.renderBrowse(dataset)
          : answer.matches.length
            ? this.renderList(answer.matches, dataset)
            : this.renderNoMatch(answer, dataset)
      }
    `;
  }
}

// The events this element fires, so that importing the element (or its define
// entry) alone brings them into GlobalEventHandlersEventMap for TypeScript.
export type { OmsCoverageResultEvent, OmsDataErrorEvent } from '../../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'oms-coverage-check': OmsCoverageCheck;
  }
}
