import { html, nothing, type TemplateResult } from 'lit';
import { pick } from '../../core/localized.js';
import type { Dataset, WaitingTime } from '../../data/schema.js';
import { msg } from '../../i18n/localize.js';
import { controlStyles } from '../../internal/controls.js';
import { factStyles, renderAdvice, renderSource } from '../../internal/facts.js';
import { hostStyles } from '../../internal/host-styles.js';
import { OmsElement } from '../../internal/oms-element.js';
import { provideSections } from '../../data/bundled.js';
import { sections } from '../../data/generated/group-waiting.js';
import {
  renderFactItems,
  waitingTimeStyles,
  waitingTimeText,
} from '../../internal/waiting-time.js';
import { styles } from './oms-waiting-times.styles.js';

// The bundled data this element shows (and only that: see src/data/bundled.ts).
provideSections(sections);

/**
 * The maximum waiting times of the Programme of State Guarantees, and what to
 * do when one is missed: the table clinics of the programme publish for their
 * patients.
 *
 * @summary The table of maximum waiting times for free care (a GP, a
 * specialist, tests and scans, planned hospital treatment, the ambulance),
 * with the shorter limits when cancer or a heart disease is suspected, and
 * where to turn when a limit is missed.
 * @tag oms-waiting-times
 *
 * @csspart table - the table of limits
 * @csspart row - one limit (a table row)
 * @csspart limit - the limit in words
 * @csspart note - a caveat of a limit (a region may differ)
 * @csspart when-missed-section - what to do when a limit is missed, with where to turn
 * @csspart when-missed - the list of what to do
 * @csspart advice - the list of places to ask for advice
 * @csspart source - a source line
 * @csspart empty - the message when the data has no waiting times
 * @csspart status - the loading message
 * @csspart error - the data error message
 *
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsWaitingTimes extends OmsElement {
  static override defaultTag = 'oms-waiting-times';
  static override styles = [
    ...hostStyles('waiting-times'),
    controlStyles,
    factStyles,
    waitingTimeStyles,
    styles,
  ];

  private renderRow(limit: WaitingTime) {
    const { locale } = this;
    const note = limit.note && pick(limit.note, locale);
    return html`<tr part="row">
      <th scope="row">${pick(limit.title, locale)}</th>
      <td>
        <span part="limit">${waitingTimeText(limit)}</span>
        ${note ? html`<span class="note" part="note">${note}</span>` : nothing}
      </td>
    </tr>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult {
    const { locale } = this;
    const waitingTimes = dataset.waitingTimes;
    if (!waitingTimes?.limits.length)
      return html`<p part="empty">${msg('В данных нет сроков ожидания.', { id: 'wait-1' })}</p>`;
    const { whenMissed } = waitingTimes;
    const sources = new Map(waitingTimes.limits.map((l) => [`${l.source} ${l.asOf}`, l]));
    return html`
      <table part="table">
        <caption>
          ${msg('Предельные сроки ожидания бесплатной медицинской помощи', { id: 'wait-2' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Помощь', { id: 'wait-3' })}</th>
            <th scope="col">${msg('Срок', { id: 'wait-4' })}</th>
          </tr>
        </thead>
        <tbody>
          ${waitingTimes.limits.map((limit) => this.renderRow(limit))}
        </tbody>
      </table>
      ${[...sources.values()].map((l) => renderSource(dataset, l.source, l.asOf, locale))}
      <section part="when-missed-section">
        ${this.heading(msg('Если срок не соблюдают', { id: 'wait-5' }))}
        ${renderFactItems(whenMissed, locale, 'when-missed')}
        <p class="label">${msg('Куда обратиться:', { id: 'wait-6' })}</p>
        ${renderAdvice(dataset, locale)}
        ${renderSource(dataset, whenMissed.source, whenMissed.asOf, locale)}
      </section>
    `;
  }
}

// The events this element fires, so that importing the element (or its define
// entry) alone brings them into GlobalEventHandlersEventMap for TypeScript.
export type { OmsDataErrorEvent } from '../../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'oms-waiting-times': OmsWaitingTimes;
  }
}
