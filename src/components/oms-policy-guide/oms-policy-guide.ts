import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { pick } from '../../core/localized.js';
import type { Situation } from '../../data/schema.js';
import { msg } from '../../i18n/localize.js';
import { hostStyles } from '../../internal/host-styles.js';
import { OmsElement } from '../../internal/oms-element.js';
import { styles } from './oms-policy-guide.styles.js';

/**
 * How and where to get or change an OMS policy, for the reader's situation.
 *
 * @summary A short chooser that answers who issues the policy and which documents to bring.
 * @tag oms-policy-guide
 *
 * @csspart chooser - the situation chooser
 * @csspart answer - the answer for the chosen situation
 * @csspart status - the loading message
 * @csspart error - the data error message
 *
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsPolicyGuide extends OmsElement {
  static override defaultTag = 'oms-policy-guide';
  static override styles = [...hostStyles('policy-guide'), styles];

  /** The id of the chosen situation (`working`, `non-working`, `child`, `teen`, `newborn`, `foreign`). */
  @property({ reflect: true }) situation?: string;

  private choose(event: Event): void {
    this.situation = (event.target as HTMLInputElement).value;
  }

  private renderAnswer(situation: Situation) {
    return html`<section part="answer" aria-live="polite">
      <h3>${msg('Кто выдаёт полис')}</h3>
      ${situation.issuer.map((fact) => html`<p>${pick(fact.text, this.locale)}</p>`)}
      <h3>${msg('Документы')}</h3>
      <ul>
        ${situation.documents.items.map((item) => html`<li>${pick(item, this.locale)}</li>`)}
      </ul>
    </section>`;
  }

  override render() {
    const dataset = this.data.dataset;
    if (!dataset) return this.renderDataState();
    const { situations } = dataset.guide;
    const chosen = situations.find((s) => s.id === this.situation);
    return html`
      <fieldset part="chooser">
        <legend>${msg('Ваша ситуация')}</legend>
        <div class="choices">
          ${situations.map(
            (s) => html`<label
              ><input type="radio" name="situation" .value=${s.id} .checked=${s.id === chosen?.id} @change=${this.choose} />
              ${pick(s.title, this.locale)}</label
            >`,
          )}
        </div>
      </fieldset>
      ${chosen ? this.renderAnswer(chosen) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oms-policy-guide': OmsPolicyGuide;
  }
}
