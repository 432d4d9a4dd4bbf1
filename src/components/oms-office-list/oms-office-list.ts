import '../../internal/trusted-types.js';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { pick } from '../../core/localized.js';
import {
  formatHours,
  mapLinks,
  officeAddress,
  officeOpenNow,
  rankWith,
  type GeoPoint,
  type OfficeMatch,
  type OfficeResults,
} from '../../core/offices.js';
import type { City, Dataset, Insurer, Phone } from '../../data/schema.js';
import type { Locale } from '../../i18n/locale.js';
import { OmsOfficeSelectEvent } from '../../events.js';
import { formatCount, numberFormat } from '../../i18n/intl.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../i18n/plural.js';
import { controlStyles } from '../../internal/controls.js';
import { factStyles, renderSource } from '../../internal/facts.js';
import { hostStyles } from '../../internal/host-styles.js';
import type { SearchCode } from '../../internal/lazy-search.js';
import { SearchElement } from '../../internal/search-element.js';
import { memoize } from '../../internal/memo.js';
import { hasWords } from '../../internal/has-words.js';
import { numberAttribute, type NumberRange } from '../../internal/numbers.js';
import { provideSections } from '../../data/bundled.js';
import { sections } from '../../data/generated/group-offices.js';
import { styles } from './oms-office-list.styles.js';

type Filter = 'city' | 'insurer';

/** What the list shows before its first filtering. */
const NO_RESULTS: OfficeResults = { length: 0, slice: () => [], located: () => false };
/**
 * Where "near me" stands: asking the browser, the reader's position (the
 * list sorted by distance), or why it could not sort.
 */
type Near = 'locating' | 'denied' | GeoPoint;

/** Which insurers have an office in each city, and the reverse: the filters offer only those. */
interface Pairs {
  city: Map<string, Set<string>>;
  insurer: Map<string, Set<string>>;
}

const pairsCache = new WeakMap<Dataset, Pairs>();

function pairsOf(dataset: Dataset): Pairs {
  let pairs = pairsCache.get(dataset);
  if (pairs) return pairs;
  pairs = { city: new Map(), insurer: new Map() };
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(value);
  };
  for (const office of dataset.offices) {
    add(pairs.city, office.city, office.insurer);
    add(pairs.insurer, office.insurer, office.city);
  }
  pairsCache.set(dataset, pairs);
  return pairs;
}

const LIMIT_RANGE: NumberRange = { min: 1, max: 100, fallback: 20 };

/** "+7 812 123-45-67" for "+78121234567"; other numbers as they are. */
const formatPhone = (number: string) =>
  number.replace(/^\+7(\d{3})(\d{3})(\d\d)(\d\d)$/, '+7 $1 $2-$3-$4');

// The bundled data this element shows (and only that: see src/data/bundled.ts).
provideSections(sections);

/** What each filter control's options were made from: the locale, then the records. */
const filled = new WeakMap<HTMLSelectElement, readonly unknown[]>();

/**
 * The options of a filter's control after its first ("All"), as plain DOM:
 * as Lit parts, each of a hundred cities would be five nodes rather than
 * two. Made again only when the locale or the records (another dataset's
 * too) change.
 */
function fillSelect(
  select: HTMLSelectElement,
  records: readonly (City | Insurer)[],
  chosen: string,
  locale: Locale,
): void {
  const made = [locale, ...records];
  const before = filled.get(select);
  if (before?.length !== made.length || made.some((item, i) => item !== before[i])) {
    filled.set(select, made);
    select.replaceChildren(
      select.options[0],
      ...records.map((record) => new Option(pick(record.name, locale), record.id)),
    );
  }
  select.value = chosen;
  // A choice the other filter has left out: "All", as nothing else is chosen.
  if (select.selectedIndex < 0) select.selectedIndex = 0;
}

/**
 * Offices where OMS policies are issued: filter by city and insurer, search
 * by street or insurer, sort by distance on request, with map links and,
 * where the data has them, phones and opening hours.
 *
 * A page of `limit` offices is rendered at a time, so a dataset of
 * thousands of offices stays fast; the rest are a "next" button away.
 *
 * @summary A searchable list of offices, nearest first on request.
 * @tag oms-office-list
 *
 * @csspart filters - the filter controls
 * @csspart city - the city select
 * @csspart insurer - the insurer select
 * @csspart search - the search field
 * @csspart near-me - the "near me" button
 * @csspart list - the list of offices
 * @csspart office - one office
 * @csspart map-link - a link to the office on a map
 * @csspart phone - a phone link
 * @csspart hours - the opening hours and whether the office is open now
 * @csspart source - where the offices' data comes from and when it was checked
 * @csspart status - the loading message
 * @csspart error - the data error message
 *
 * @fires {OmsOfficeSelectEvent} oms-office-select - the reader opened an office's
 *   map or phone link
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsOfficeList extends SearchElement {
  static override defaultTag = 'oms-office-list';
  static override styles = [...hostStyles('office-list'), controlStyles, factStyles, styles];

  // Reactive properties, as in OmsElement.
  static override properties: PropertyDeclarations = {
    chosen: { state: true, attribute: false },
    start: { state: true, attribute: false },
    near: { state: true, attribute: false },
    city: { reflect: true },
    insurer: { reflect: true },
    query: {},
    limit: { type: Number, converter: numberAttribute },
  };

  private chosen: Record<Filter, string> = { city: '', insurer: '' };
  private start = 0;
  private near?: Near;

  /** A city id (`msk`, `spb`): only that city's offices, and no city control. */
  city?: string;
  /** An insurer id: only that insurer's offices, and no insurer control. */
  insurer?: string;
  /** The search text (street, address or insurer). */
  query = '';
  /** How many offices to show at a time (a whole number from 1 to 100; default 20). */
  limit = LIMIT_RANGE.fallback;

  private results: OfficeResults = NO_RESULTS;
  private pageSize = LIMIT_RANGE.fallback;
  /** The valid `city` and `insurer` attributes: those filters have no control. */
  private locks: Partial<Record<Filter, string>> = {};
  /** The records each filter's control offers, from the last render. */
  private choices: Record<Filter, readonly (City | Insurer)[]> = { city: [], insurer: [] };
  /** The city and insurer the list is filtered by (a lock or the reader's choice), or ''. */
  private current: Record<Filter, string> = { city: '', insurer: '' };

  /** The attribute's value when the dataset knows it; else undefined, reported once. */
  private locked(filter: Filter, known: readonly (City | Insurer)[]): string | undefined {
    const value = this[filter];
    if (!value || known.some((record) => record.id === value)) return value || undefined;
    this.warnOnce(filter, `unknown ${filter} "${value}"; showing all.`);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.pageSize = this.wholeNumber('limit', this.limit, LIMIT_RANGE);
    const dataset = this.data.dataset;
    if (!dataset) return;
    const locks = (this.locks = {
      city: this.locked('city', dataset.cities),
      insurer: this.locked('insurer', dataset.insurers),
    });
    const city = locks.city ?? this.chosen.city;
    const insurer = locks.insurer ?? this.chosen.insurer;
    this.current = { city, insurer };
    // One letter is a word on its way, not a query yet (`hasWords`).
    const query = typeof this.query === 'string' && hasWords(this.query) ? this.query.trim() : '';
    if (!query) this.lazy.idle();
    const code = query ? this.lazy.code(query) : undefined;
    this.results = this.filter(dataset, city, insurer, query, this.near, code);
  }

  /**
   * Filters once per change of the filters, back to the first page. Until
   * the search code has loaded, the list shown stays.
   */
  private readonly filter = memoize(
    (
      dataset: Dataset,
      city: string,
      insurer: string,
      query: string,
      near?: Near,
      code?: SearchCode,
    ) => {
      // The search code on its way: the list shown stays (at first, the list without the query).
      if (query && !code && this.results !== NO_RESULTS) return this.results;
      const at = typeof near === 'object' ? near : undefined;
      const filter = { city, insurer, query, near: at };
      const results = rankWith(dataset, filter, code ? code.searchOffices : undefined);
      this.start = 0;
      if (this.hasUpdated) this.announce(() => this.describe(results, near), false);
      // The list without a query needs no search index: the one the reader's first
      // keystroke will search is built when the browser is idle, after this render.
      if (!query)
        this.lazy.whenIdle(
          (search) => this.isConnected && search.prepareOfficeSearch(dataset, { city, insurer }),
        );
      return results;
    },
  );

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const filter of ['city', 'insurer'] as const) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${filter}`);
      if (select) fillSelect(select, this.choices[filter], this.chosen[filter], this.locale);
    }
  }

  private choose(filter: Filter, event: Event): void {
    this.chosen = { ...this.chosen, [filter]: (event.target as HTMLSelectElement).value };
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  /**
   * Sorts by distance from the reader, asking the browser only now; a second
   * click turns it off.
   */
  private nearMe(): void {
    if (typeof this.near === 'object') {
      this.near = undefined;
    } else if (!navigator.geolocation) {
      this.near = 'denied';
    } else {
      this.near = 'locating';
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => (this.near = { lat: coords.latitude, lon: coords.longitude }),
        () => (this.near = 'denied'),
        { timeout: 20000, maximumAge: 300000 },
      );
    }
  }

  private async turnPage(step: number): Promise<void> {
    this.start += step * this.pageSize;
    await this.updateComplete;
    this.renderRoot.querySelector('ul')?.focus();
  }

  /** What the live region says after a change: where "near me" stands, and how many. */
  private describe(results: OfficeResults, near: Near | undefined): string {
    return `${this.nearNote(results, near)} ${this.countText(results.length)}`.trim();
  }

  private countText(count: number): string {
    const n = formatCount(this.locale, count);
    return count
      ? plural(count, {
          one: msg(str`${n} отделение`, { id: 'o1' }),
          few: msg(str`${n} отделения`, { id: 'o2' }),
          many: msg(str`${n} отделений`, { id: 'o3' }),
        })
      : msg('Ничего не найдено.', { id: 'o4' });
  }

  private nearNote(results: OfficeResults, near: Near | undefined): string {
    if (!near) return '';
    if (typeof near !== 'object') {
      return {
        locating: msg('Определяем местоположение…', { id: 'o5' }),
        denied: msg('Нет доступа к местоположению.', { id: 'o8' }),
      }[near];
    }
    // Sorted by distance: the offices with a location have one.
    return results.located()
      ? msg('Сначала ближайшие к вам.', { id: 'o6' })
      : msg('У отделений в списке нет координат.', { id: 'o7' });
  }

  /**
   * A filter's control: only the records that have an office under the other
   * filter (the insurers with an office in the chosen city, and the reverse).
   */
  private renderSelect(
    dataset: Dataset,
    filter: Filter,
    label: string,
    all: readonly (City | Insurer)[],
  ) {
    if (this.locks[filter]) return nothing;
    const other: Filter = filter === 'city' ? 'insurer' : 'city';
    const by = this.current[other];
    const present = by ? pairsOf(dataset)[other].get(by) : undefined;
    const records = by ? all.filter((record) => present?.has(record.id)) : all;
    this.choices[filter] = records;
    return html`<div>
      <label for=${filter}>${label}</label>
      <select id=${filter} part=${filter} @change=${(event: Event) => this.choose(filter, event)}>
        <option value="" .textContent=${msg('Все', { id: 'o9' })}></option>
      </select>
    </div>`;
  }

  private renderOffice(match: OfficeMatch, position: number, source: unknown) {
    const { locale } = this;
    const { office, distance } = match;
    const km =
      distance === undefined
        ? ''
        : numberFormat(locale, { maximumFractionDigits: distance < 10 ? 1 : 0 }).format(distance);
    const away = km ? ` · ${msg(str`${km} км от вас`, { id: 'o10' })}` : '';
    const links = mapLinks(match);
    const select = () => this.dispatchEvent(new OmsOfficeSelectEvent(match));
    const phone = ({ number, label }: Phone) => {
      const text = (label ? `${pick(label, locale)}: ` : '') + formatPhone(number);
      const name = `${text}, ${pick(office.address, locale)}`;
      return html`<a
        part="phone"
        href="tel:${number}"
        aria-label=${name}
        @click=${select}
        .textContent=${text}
      ></a>`;
    };
    const open = officeOpenNow(match);
    const openNow = open
      ? msg('Сейчас открыто', { id: 'o11' })
      : msg('Сейчас закрыто', { id: 'o12' });
    const hours = office.hours?.length
      ? `${formatHours(office.hours, locale)} ${msg('(время местное)', { id: 'o13' })}`
      : '';
    const phones = office.phones?.length
      ? html`<p class="links">${office.phones.map(phone)}</p>`
      : nothing;
    const hoursLine = hours
      ? html`<p part="hours">
          <strong class=${open ? 'open' : 'closed'} .textContent=${openNow}></strong> ${hours}
        </p>`
      : nothing;
    const address = pick(office.address, locale);
    // The name says which office: «ул. Вешняковская, 23 на Яндекс Картах».
    const mapLink = (href: string, text: string, name: string) =>
      html`<a
        part="map-link"
        href=${href}
        target="_blank"
        rel="noopener noreferrer"
        aria-label=${name}
        aria-describedby="new-tab"
        @click=${select}
        .textContent=${text}
      ></a>`;
    return html`<li
      class="office"
      part="office"
      aria-posinset=${position}
      aria-setsize=${this.results.length}
    >
      ${this.heading(pick(match.insurer.name, locale))}
      <p .textContent=${officeAddress(match, locale) + away}></p>
      ${phones}${hoursLine}
      <p class="links">
        ${mapLink(
          links.yandex,
          msg('На Яндекс Картах', { id: 'o24' }),
          msg(str`${address} на Яндекс Картах`, { id: 'o25' }),
        )}
        ${mapLink(
          links.osm,
          msg('На OpenStreetMap', { id: 'o26' }),
          msg(str`${address} на OpenStreetMap`, { id: 'o27' }),
        )}
      </p>
      ${source}
    </li>`;
  }

  private renderPager(end: number) {
    const { start, results, locale } = this;
    const total = formatCount(locale, results.length);
    return html`<p class="pager">
      <button ?disabled=${!start} @click=${() => this.turnPage(-1)}>
        ${msg('Назад', { id: 'o20' })}
      </button>
      ${msg(str`${start + 1}–${end} из ${total}`, { id: 'o21' })}
      <button ?disabled=${end >= results.length} @click=${() => this.turnPage(1)}>
        ${msg('Дальше', { id: 'o22' })}
      </button>
    </p>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult {
    const { results, start, pageSize, locale } = this;
    const end = Math.min(start + pageSize, results.length);
    const page = results.slice(start, end);
    const note = this.nearNote(results, this.near);
    const sourceOf = ({ office }: OfficeMatch) =>
      renderSource(dataset, office.source, office.asOf, locale, 'address');
    // One source line under the list when the page's offices share it (an
    // insurer's own file), else one an office.
    const [first] = page;
    const shared = page.every(
      ({ office }) => office.source === first.office.source && office.asOf === first.office.asOf,
    );
    const listName = msg('Офисы выдачи полисов ОМС', { id: 'o19' });
    return html`<div class="filters" part="filters">
        ${this.renderSelect(dataset, 'city', msg('Город', { id: 'o15' }), dataset.cities)}
        ${this.renderSelect(
          dataset,
          'insurer',
          msg('Страховая компания', { id: 'o16' }),
          dataset.insurers,
        )}
        <div class="search">
          <label for="q">${msg('Улица или страховая компания', { id: 'o17' })}</label>
          <input
            id="q"
            part="search"
            type="search"
            autocomplete="off"
            .value=${this.query}
            @input=${this.onInput}
          />
        </div>
        ${
          // Offered only when it can sort (some office in view has coordinates), or to undo it.
          this.near || results.located()
            ? html`<div class="near">
                <button
                  part="near-me"
                  aria-pressed=${typeof this.near === 'object'}
                  @click=${this.nearMe}
                >
                  ${msg('Рядом со мной', { id: 'o18' })}
                </button>
              </div>`
            : nothing
        }
      </div>
      ${this.lazy.render()} ${note ? html`<p>${note}</p>` : nothing}
      <p class="count">${this.countText(results.length)}</p>
      ${
        page.length
          ? html`<ul part="list" tabindex="-1" aria-label=${listName}>
                ${page.map((match, i) =>
                  this.renderOffice(match, start + i + 1, shared ? nothing : sourceOf(match)),
                )}
              </ul>
              ${shared ? sourceOf(first) : nothing}`
          : nothing
      }
      ${results.length > pageSize ? this.renderPager(end) : nothing}
      <span id="new-tab" hidden>${msg('(откроется в новой вкладке)', { id: 'o23' })}</span>`;
  }
}

// The events this element fires, so that importing the element (or its define
// entry) alone brings them into GlobalEventHandlersEventMap for TypeScript.
export type { OmsOfficeSelectEvent, OmsDataErrorEvent } from '../../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'oms-office-list': OmsOfficeList;
  }
}
