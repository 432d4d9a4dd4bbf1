import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { pick } from '../../core/localized.js';
import { filterOffices, officeAddress, type OfficeMatch } from '../../core/offices.js';
import { msg } from '../../i18n/localize.js';
import { hostStyles } from '../../internal/host-styles.js';
import { OmsElement } from '../../internal/oms-element.js';
import { styles } from './oms-office-list.styles.js';

/**
 * Offices where OMS policies are issued, with a map link for each.
 *
 * @summary A list of offices filtered by city and insurer.
 * @tag oms-office-list
 *
 * @csspart office - one office
 * @csspart map-link - a link to the office on a map
 * @csspart status - the loading message
 * @csspart error - the data error message
 *
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsOfficeList extends OmsElement {
  static override defaultTag = 'oms-office-list';
  static override styles = [...hostStyles('office-list'), styles];

  /** A city id (`msk`, `spb`) to show only that city's offices. */
  @property({ reflect: true }) city?: string;
  /** An insurer id to show only that insurer's offices. */
  @property({ reflect: true }) insurer?: string;

  private renderOffice(match: OfficeMatch) {
    const address = officeAddress(match, this.locale);
    const query = encodeURIComponent(address);
    return html`<li class="office" part="office">
      <h3>${pick(match.insurer.name, this.locale)}</h3>
      <p>${address}</p>
      <p class="links">
        <a part="map-link" href="https://yandex.ru/maps/?text=${query}" target="_blank" rel="noopener noreferrer"
          >${msg('Яндекс Карты')}<span class="visually-hidden"> ${msg('(откроется в новой вкладке)')}</span></a
        >
        <a part="map-link" href="https://www.openstreetmap.org/search?query=${query}" target="_blank" rel="noopener noreferrer"
          >${msg('OpenStreetMap')}<span class="visually-hidden"> ${msg('(откроется в новой вкладке)')}</span></a
        >
      </p>
    </li>`;
  }

  override render() {
    const dataset = this.data.dataset;
    if (!dataset) return this.renderDataState();
    const offices = filterOffices(dataset, { city: this.city, insurer: this.insurer });
    return html`<ul aria-label=${msg('Офисы выдачи полисов ОМС')}>${offices.map((o) => this.renderOffice(o))}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oms-office-list': OmsOfficeList;
  }
}
