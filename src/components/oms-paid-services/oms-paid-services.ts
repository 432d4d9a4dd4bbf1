import { html, nothing } from 'lit';
import { pick } from '../../core/localized.js';
import type { CoverageEntry } from '../../data/schema.js';
import { msg } from '../../i18n/localize.js';
import { hostStyles } from '../../internal/host-styles.js';
import { OmsElement } from '../../internal/oms-element.js';
import { styles } from './oms-paid-services.styles.js';

/**
 * The services that clinics, state ones included, may charge for, each with
 * the cases in which it is free after all.
 *
 * @summary The list of services clinics may charge for, with exceptions.
 * @tag oms-paid-services
 *
 * @csspart item - one service
 * @csspart status - the loading message
 * @csspart error - the data error message
 *
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsPaidServices extends OmsElement {
  static override defaultTag = 'oms-paid-services';
  static override styles = [...hostStyles('paid-services'), styles];

  private renderItem(entry: CoverageEntry) {
    const exceptions = entry.exceptions ?? [];
    return html`<li>
      <details part="item">
        <summary>${pick(entry.title, this.locale)}</summary>
        <p>${pick(entry.summary, this.locale)}</p>
        ${exceptions.length
          ? html`<p><strong>${msg('Бесплатно:')}</strong></p>
              <ul>
                ${exceptions.map((e) => html`<li>${pick(e, this.locale)}</li>`)}
              </ul>`
          : nothing}
      </details>
    </li>`;
  }

  override render() {
    const dataset = this.data.dataset;
    if (!dataset) return this.renderDataState();
    const paid = dataset.coverage.filter((entry) => entry.status === 'paid');
    return html`<ul aria-label=${msg('Услуги, за которые клиника может взять плату')}>
      ${paid.map((entry) => this.renderItem(entry))}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oms-paid-services': OmsPaidServices;
  }
}
