import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { searchCoverage, type CoverageMatch } from '../../core/coverage-search.js';
import { msg } from '../../i18n/localize.js';
import { hostStyles } from '../../internal/host-styles.js';
import { OmsElement } from '../../internal/oms-element.js';
import { renderVerdict, verdictOf, verdictStyles } from '../../internal/verdict.js';
import { styles } from './oms-coverage-check.styles.js';

/**
 * Tells whether a medical service is free under OMS, on what conditions, and why.
 *
 * @summary Search-as-you-type over every service in the dataset, with a verdict for each.
 * @tag oms-coverage-check
 *
 * @csspart search - the search field
 * @csspart result - one result
 * @csspart verdict - the verdict badge of a result
 * @csspart status - the loading message
 * @csspart error - the data error message
 *
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsCoverageCheck extends OmsElement {
  static override defaultTag = 'oms-coverage-check';
  static override styles = [...hostStyles('coverage-check'), verdictStyles, styles];

  /** The search text; setting it searches. */
  @property() query = '';
  /** At most this many results. */
  @property({ type: Number }) limit = 10;

  @state() private results: CoverageMatch[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.data.dataset;
    if (dataset) this.results = searchCoverage(this.query, { locale: this.locale, limit: this.limit, dataset });
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private renderMatch(match: CoverageMatch) {
    return html`<li class="result" part="result">
      <h3>${match.title}</h3>
      ${renderVerdict(verdictOf(match.status, match.conditional))}
      <p>${match.summary}</p>
      ${match.conditions.length ? html`<ul>${match.conditions.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
      ${match.exceptions.length ? html`<ul>${match.exceptions.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
      <p class="meta">${match.source.title} · ${match.asOf}</p>
    </li>`;
  }

  override render() {
    if (!this.data.dataset) return this.renderDataState();
    return html`
      <label for="q">${msg('Что вам нужно? Например: гемодиализ, ЭКО, прививка')}</label>
      <input id="q" part="search" type="search" autocomplete="off" .value=${this.query} @input=${this.onInput} />
      ${this.results.length ? html`<ul>${this.results.map((m) => this.renderMatch(m))}</ul>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oms-coverage-check': OmsCoverageCheck;
  }
}
