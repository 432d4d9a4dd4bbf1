import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pick } from '../../core/localized.js';
import {
  filterOffices,
  formatHours,
  mapLinks,
  officeAddress,
  officeIndex,
  officeOpenNow,
  type GeoPoint,
  type OfficeMatch,
} from '../../core/offices.js';
import type { City, Insurer } from '../../data/schema.js';
import { OmsOfficeSelectEvent } from '../../events.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../i18n/plural.js';
import { Announcer, controlStyles } from '../../internal/controls.js';
import { factStyles, renderSource } from '../../internal/facts.js';
import { hostStyles } from '../../internal/host-styles.js';
import { OmsElement } from '../../internal/oms-element.js';
import { styles } from './oms-office-list.styles.js';

type Filter = 'city' | 'insurer';
/** Where "near me" stands: asking the browser, the reader's position (sorted), or why it could not sort. */
type Near = 'locating' | 'denied' | 'none' | GeoPoint;

const DEFAULT_LIMIT = 20;

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
 * @fires {OmsOfficeSelectEvent} oms-office-select - the reader opened an office's map or phone link
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsOfficeList extends OmsElement {
  static override defaultTag = 'oms-office-list';
  static override styles = [...hostStyles('office-list'), controlStyles, factStyles, styles];

  private readonly announcer = new Announcer(this);

  @state() private chosen: Record<Filter, string> = { city: '', insurer: '' };
  @state() private start = 0;
  @state() private near?: Near;

  /** A city id (`msk`, `spb`): only that city's offices, and no city control. */
  @property({ reflect: true }) city?: string;
  /** An insurer id: only that insurer's offices, and no insurer control. */
  @property({ reflect: true }) insurer?: string;
  /** The search text (street, address or insurer). */
  @property() query = '';
  /** How many offices to show at a time (1–100). */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  private results: OfficeMatch[] = [];
  private inputs: unknown[] = [];
  /** The valid `city` and `insurer` attributes: those filters have no control. */
  private locks: Partial<Record<Filter, string>> = {};

  /** The attribute's value when the dataset knows it; else undefined, reported once. */
  private locked(filter: Filter, known: readonly (City | Insurer)[]): string | undefined {
    const value = this[filter];
    if (!value || known.some((record) => record.id === value)) return value || undefined;
    this.warnOnce(filter, `unknown ${filter} "${value}"; showing all.`);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.data.dataset;
    if (!dataset) return;
    const locks = (this.locks = {
      city: this.locked('city', dataset.cities),
      insurer: this.locked('insurer', dataset.insurers),
    });
    const city = locks.city ?? this.chosen.city;
    const insurer = locks.insurer ?? this.chosen.insurer;
    const near = typeof this.near === 'object' ? this.near : undefined;
    const inputs = [dataset, city, insurer, this.query, this.near];
    if (inputs.some((value, i) => value !== this.inputs[i])) {
      this.inputs = inputs;
      this.results = filterOffices(dataset, { city, insurer, query: this.query, near });
      this.start = 0;
      if (this.hasUpdated) this.announcer.announce(`${this.nearNote()} ${this.countText()}`.trim());
      // Build the search index while the reader has not typed yet, not on the first keystroke.
      (window.requestIdleCallback ?? setTimeout)(() => officeIndex(dataset));
    }
  }

  private choose(filter: Filter, event: Event): void {
    this.chosen = { ...this.chosen, [filter]: (event.target as HTMLSelectElement).value };
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  /** Sorts by distance from the reader, asking the browser only now; a second click turns it off. */
  private nearMe(): void {
    if (typeof this.near === 'object') {
      this.near = undefined;
    } else if (!this.results.some((match) => match.office.location)) {
      this.near = 'none';
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

  private select(event: Event, match: OfficeMatch): void {
    if ((event.target as Element).closest('a')) this.dispatchEvent(new OmsOfficeSelectEvent(match));
  }

  /** `limit` as a whole number from 1 to 100; the default when it is not a number. */
  private get pageSize(): number {
    return Math.min(100, Math.max(1, this.limit | 0 || DEFAULT_LIMIT));
  }

  private countText(): string {
    const count = this.results.length;
    const n = count.toLocaleString(this.locale);
    return count
      ? plural(count, {
          one: msg(str`${n} отделение`, { id: 'o1' }),
          few: msg(str`${n} отделения`, { id: 'o2' }),
          many: msg(str`${n} отделений`, { id: 'o3' }),
        })
      : msg('Ничего не найдено.', { id: 'o4' });
  }

  private nearNote(): string {
    const { near } = this;
    const state =
      typeof near === 'object'
        ? this.results.some((match) => match.distance !== undefined)
          ? 'on'
          : 'none'
        : near;
    return state
      ? {
          locating: msg('Определяем местоположение…', { id: 'o5' }),
          on: msg('Сначала ближайшие к вам.', { id: 'o6' }),
          none: msg('У отделений в списке нет координат.', { id: 'o7' }),
          denied: msg('Нет доступа к местоположению.', { id: 'o8' }),
        }[state]
      : '';
  }

  private renderSelect(filter: Filter, label: string, records: readonly (City | Insurer)[]) {
    return this.locks[filter]
      ? nothing
      : html`<div>
          <label for=${filter}>${label}</label
          ><select
            id=${filter}
            part=${filter}
            @change=${(event: Event) => this.choose(filter, event)}
          >
            <option value="">${msg('Все', { id: 'o9' })}</option>
            ${records.map((r) => html`<option value=${r.id} ?selected=${r.id === this.chosen[filter]} .text=${pick(r.name, this.locale)}></option>`)}
          </select>
        </div>`;
  }

  // No whitespace between tags, and text set as a property where it can be:
  // at 20 offices a page, every text node and part marker counts.
  private renderOffice(match: OfficeMatch, position: number, source: unknown) {
    const { locale } = this;
    const { office, distance } = match;
    const km = distance?.toLocaleString(locale, { maximumFractionDigits: distance < 10 ? 1 : 0 });
    const links = mapLinks(match);
    const open = officeOpenNow(match);
    return html`<li
      class="office"
      part="office"
      aria-posinset=${position}
      aria-setsize=${this.results.length}
      @click=${(event: Event) => this.select(event, match)}
    >
      <h3 .textContent=${pick(match.insurer.name, locale)}></h3>
      <p
        .textContent=${officeAddress(match, locale) + (km ? ` · ${msg(str`${km} км от вас`, { id: 'o10' })}` : '')}
      ></p>
      ${
        office.phones?.length
          ? html`<p class="links">
              ${office.phones.map((phone) => html`<a part="phone" href="tel:${phone.number}" .textContent=${(phone.label ? `${pick(phone.label, locale)}: ` : '') + phone.number.replace(/^\+7(\d{3})(\d{3})(\d\d)(\d\d)$/, '+7 $1 $2-$3-$4')}></a>`)}
            </p>`
          : nothing
      }${
        office.hours?.length
          ? html`<p part="hours">
              <strong
                class=${open ? 'open' : 'closed'}
                .textContent=${open ? msg('Сейчас открыто', { id: 'o11' }) : msg('Сейчас закрыто', { id: 'o12' })}
              ></strong
              >${` ${formatHours(office.hours, locale)} ${msg('(время местное)', { id: 'o13' })}`}
            </p>`
          : nothing
      }
      <p class="links">
        <a
          part="map-link"
          href=${links.yandex}
          target="_blank"
          rel="noopener noreferrer"
          aria-describedby="new-tab"
          .textContent=${msg('Яндекс Карты', { id: 'o14' })}
        ></a
        ><a
          part="map-link"
          href=${links.osm}
          target="_blank"
          rel="noopener noreferrer"
          aria-describedby="new-tab"
          >OpenStreetMap</a
        >
      </p>
      ${source}
    </li>`;
  }

  override render() {
    const dataset = this.data.dataset;
    if (!dataset) return this.renderDataState();
    const { results, start, pageSize, locale } = this;
    const end = Math.min(start + pageSize, results.length);
    const page = results.slice(start, end);
    const note = this.nearNote();
    const total = results.length.toLocaleString(locale);
    const sourceOf = ({ office }: OfficeMatch) =>
      renderSource(dataset, office.source, office.asOf, locale);
    // One source line under the list when the page's offices share it (an insurer's own file), else one an office.
    const shared = page.every(
      ({ office }) =>
        office.source === page[0].office.source && office.asOf === page[0].office.asOf,
    );
    return html`<div class="filters" part="filters">
        ${this.renderSelect('city', msg('Город', { id: 'o15' }), dataset.cities)}
        ${this.renderSelect('insurer', msg('Страховая компания', { id: 'o16' }), dataset.insurers)}
        <div>
          <label for="q">${msg('Улица или страховая компания', { id: 'o17' })}</label
          ><input
            id="q"
            part="search"
            type="search"
            autocomplete="off"
            .value=${this.query}
            @input=${this.onInput}
          />
        </div>
        <div>
          <button
            part="near-me"
            aria-pressed=${typeof this.near === 'object'}
            @click=${this.nearMe}
          >
            ${msg('Рядом со мной', { id: 'o18' })}
          </button>
        </div>
      </div>
      ${note ? html`<p>${note}</p>` : nothing}
      <p class="count">${this.countText()}</p>
      ${
        page.length
          ? html`<ul
                part="list"
                tabindex="-1"
                aria-label=${msg('Офисы выдачи полисов ОМС', { id: 'o19' })}
              >
                ${page.map((match, i) => this.renderOffice(match, start + i + 1, shared ? nothing : sourceOf(match)))}
              </ul>
              ${shared ? sourceOf(page[0]) : nothing}`
          : nothing
      }
      ${
        results.length > pageSize
          ? html`<p class="pager">
              <button ?disabled=${!start} @click=${() => this.turnPage(-1)}>
                ${msg('Назад', { id: 'o20' })}
              </button>
              ${msg(str`${start + 1}–${end} из ${total}`, { id: 'o21' })}
              <button ?disabled=${end >= results.length} @click=${() => this.turnPage(1)}>
                ${msg('Дальше', { id: 'o22' })}
              </button>
            </p>`
          : nothing
      }
      <span id="new-tab" hidden>${msg('(откроется в новой вкладке)', { id: 'o23' })}</span>
      ${this.announcer.render()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oms-office-list': OmsOfficeList;
  }
}
