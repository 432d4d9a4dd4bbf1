import '../../internal/trusted-types.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { changeDeadline, distinctSources } from '../../core/guide.js';
import { pick } from '../../core/localized.js';
import type { Dataset, Localized, Situation } from '../../data/schema.js';
import { OmsGuideChangeEvent } from '../../events.js';
import { msg, str } from '../../i18n/localize.js';
import {
  factStyles,
  formatDate,
  heading,
  renderAdvice,
  renderSource,
} from '../../internal/facts.js';
import { hostStyles } from '../../internal/host-styles.js';
import { OmsElement } from '../../internal/oms-element.js';
import { styles } from './oms-policy-guide.styles.js';

// Strings carry short explicit ids (`paid-N`, `guide-N`): in the bundled English
// table a hashed id costs about ten bytes a string, these next to none.

/**
 * How and where to get or change an OMS policy, for the reader's situation:
 * who issues it, a printable checklist of the documents, the ways to apply,
 * the yearly deadline for changing insurer (with the days left), the digital
 * policy and where to get advice; and what the policy holds.
 *
 * @summary A short chooser that answers who issues the policy and which documents to bring.
 * @tag oms-policy-guide
 *
 * @csspart chooser - the situation chooser
 * @csspart situation - one option of the chooser
 * @csspart answer - the answer for the chosen situation
 * @csspart checklist - the documents to bring, with boxes to tick (printed with the answer)
 * @csspart print - the button that prints the answer and the checklist
 * @csspart deadline - the days left to this year's deadline for changing insurer
 * @csspart source - a source line
 * @csspart advice - the list of places to ask for advice
 * @csspart status - the loading message
 * @csspart error - the data error message
 *
 * @fires {OmsGuideChangeEvent} oms-guide-change - the reader chose a situation
 * @fires {OmsDataErrorEvent} oms-data-error - the `src` data could not be used
 */
export class OmsPolicyGuide extends OmsElement {
  static override defaultTag = 'oms-policy-guide';
  static override styles = [...hostStyles('policy-guide'), factStyles, styles];

  /**
   * The id of the chosen situation (`working`, `non-working`, `child`,
   * `teen`, `newborn`, `foreign`).
   */
  @property({ reflect: true }) situation?: string;
  /** Today, for the days left to the deadline; by default the current date. */
  @property({ attribute: false }) now?: Date;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const situations = this.data.dataset?.guide.situations;
    const chosen = situations?.find((s) => s.id === this.situation);
    if (situations && this.situation && !chosen) {
      const ids = situations.map((s) => s.id).join(', ');
      this.warnOnce('situation', `unknown situation "${this.situation}"; expected one of ${ids}.`);
    }
    if (chosen && changed.has('situation') && this.hasUpdated) {
      const title = pick(chosen.title, this.locale);
      this.announce(() => msg(str`Ответ обновлён: ${title}`, { id: 'guide-1' }));
    }
  }

  private choose(situation: Situation): void {
    this.situation = situation.id;
    // Through a local so that the manifest analyzer does not list the event a
    // second time, without its name.
    const event = new OmsGuideChangeEvent(situation.id);
    this.dispatchEvent(event);
  }

  /** One source line per distinct source of `records`. */
  private sources(dataset: Dataset, records: readonly { source: string; asOf: string }[]) {
    return distinctSources(records).map((r) =>
      renderSource(dataset, r.source, r.asOf, this.locale),
    );
  }

  private list(items: readonly Localized[]) {
    return html`<ul>
      ${items.map((item) => html`<li>${pick(item, this.locale)}</li>`)}
    </ul>`;
  }

  private renderDeadline(rule: Dataset['guide']['changeRule']) {
    const { locale } = this;
    const deadline = changeDeadline(rule.deadline, this.now);
    const date = formatDate(deadline.date, locale);
    const days = deadline.days;
    return html`<p part="deadline">
      <strong
        >${
          deadline.passed
            ? msg(str`Срок в этом году прошёл. Следующий — ${date}.`, { id: 'guide-2' })
            : days
              ? msg(str`До ${date} осталось дней: ${days}.`, { id: 'guide-3' })
              : msg(str`Сегодня последний день: ${date}.`, { id: 'guide-4' })
        }</strong
      >
    </p>`;
  }

  private renderAnswer(dataset: Dataset, situation: Situation) {
    const { locale } = this;
    const { waysToApply, changeRule, digitalPolicy } = dataset.guide;
    return html`<section part="answer">
      ${heading(3, pick(situation.title, locale))}
      ${heading(4, msg('Кто выдаёт полис', { id: 'guide-5' }))}
      ${situation.issuer.map((fact) => html`<p>${pick(fact.text, locale)}</p>`)}
      <p>${pick(digitalPolicy.text, locale)}</p>
      <div part="checklist">
        ${heading(4, msg('Документы', { id: 'guide-6' }))} ${this.list(situation.documents.items)}
        <button part="print" class="screen" type="button" @click=${() => window.print()}>
          ${msg('Распечатать', { id: 'guide-7' })}
        </button>
      </div>
      ${heading(4, msg('Как подать заявление', { id: 'guide-8' }))}
      <ul>
        ${waysToApply.map(
          (way) =>
            html`<li><strong>${pick(way.title, locale)}.</strong> ${pick(way.text, locale)}</li>`,
        )}
      </ul>
      ${heading(4, msg('Смена страховой', { id: 'guide-9' }))}
      <p>${pick(changeRule.text, locale)}</p>
      ${this.renderDeadline(changeRule)}
      ${
        changeRule.exceptions.length
          ? html`<p>${msg('Исключения:', { id: 'guide-10' })}</p>
              ${this.list(changeRule.exceptions)}`
          : nothing
      }
      ${
        dataset.advice.length
          ? html`${heading(4, msg('Куда обратиться', { id: 'guide-11' }))}
            ${renderAdvice(dataset, locale)}`
          : nothing
      }
      ${this.sources(dataset, [
        ...situation.issuer,
        situation.documents,
        ...waysToApply,
        changeRule,
        digitalPolicy,
        ...dataset.advice,
      ])}
    </section>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult {
    const { locale } = this;
    const { situations, policyContents } = dataset.guide;
    const chosen = situations.find((s) => s.id === this.situation);
    return html`
      <fieldset part="chooser" class="screen">
        <legend>${msg('Ваша ситуация', { id: 'guide-12' })}</legend>
        ${situations.map(
          (s) =>
            html`<label part="situation"
              ><input
                type="radio"
                name="situation"
                .checked=${s === chosen}
                @change=${() => this.choose(s)}
              />
              ${pick(s.title, locale)}</label
            >`,
        )}
      </fieldset>
      ${chosen ? this.renderAnswer(dataset, chosen) : nothing}
      <section class="screen">
        ${heading(3, msg('Что указано в полисе', { id: 'guide-13' }))}
        ${this.list(policyContents.items)} ${this.sources(dataset, [policyContents])}
      </section>
    `;
  }
}

// The events this element fires, so that importing the element (or its define
// entry) alone brings them into GlobalEventHandlersEventMap for TypeScript.
export type { OmsGuideChangeEvent, OmsDataErrorEvent } from '../../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'oms-policy-guide': OmsPolicyGuide;
  }
}
