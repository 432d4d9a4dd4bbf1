import '../../internal/trusted-types.js';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { changeDeadline, distinctSources } from '../../core/guide.js';
import { pick } from '../../core/localized.js';
import type { Dataset, Localized, Situation } from '../../data/schema.js';
import { OmsGuideChangeEvent } from '../../events.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../i18n/plural.js';
import { buttonStyles } from '../../internal/controls.js';
import { factStyles, formatDate, renderAdvice, renderSource } from '../../internal/facts.js';
import { hostStyles } from '../../internal/host-styles.js';
import { OmsElement } from '../../internal/oms-element.js';
import { provideSections } from '../../data/bundled.js';
import { sections } from '../../data/generated/group-guide.js';
import { styles } from './oms-policy-guide.styles.js';

const PRINT_PATH = 'data-oms-print-path';
const printSheets = new WeakMap<Window, CSSStyleSheet>();

/** The document stylesheet that, in print, hides what is off the path to the printing guide. */
function printSheet(view: Window & typeof globalThis): CSSStyleSheet {
  let sheet = printSheets.get(view);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(`@media print {
      [${PRINT_PATH}] > :not([${PRINT_PATH}]) { display: none !important; }
    }`);
    printSheets.set(view, sheet);
  }
  return sheet;
}

// Strings carry short explicit ids (`paid-N`, `guide-N`): in the bundled English
// table a hashed id costs about ten bytes a string, these next to none.

// The bundled data this element shows (and only that: see src/data/bundled.ts).
provideSections(sections);

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
 * @csspart situation-deadline - what must be done in the chosen situation and by when (a newborn)
 * @csspart steps - the numbered next steps of the answer
 * @csspart general - what applies to everyone: the digital policy, the ways to apply, the change
 *   rule and where to ask (shown before any choice)
 * @csspart checklist - the documents to bring, with boxes to tick (printed with the answer)
 * @csspart print - the button that prints the answer and the checklist
 * @csspart deadline - the days left to this year's deadline for changing insurer (the change
 *   rule, not a first policy's deadline)
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
  static override styles = [...hostStyles('policy-guide'), buttonStyles, factStyles, styles];

  // Reactive properties, as in OmsElement.
  static override properties: PropertyDeclarations = {
    situation: { reflect: true },
    now: { attribute: false },
  };

  /**
   * The id of the chosen situation (`working`, `non-working`, `child`,
   * `teen`, `newborn`, `foreign`).
   */
  situation?: string;
  /** Today, for the days left to the deadline; by default the current date. */
  now?: Date;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const situations = this.data.dataset?.guide.situations;
    const chosen = situations?.find((s) => s.id === this.situation);
    if (situations && this.situation && !chosen) {
      const ids = situations.map((s) => s.id).join(', ');
      this.warnOnce('situation', `unknown situation "${this.situation}"; expected one of ${ids}.`);
    }
    if (chosen && changed.has('situation') && this.hasUpdated) {
      // Another situation's list starts unticked: the boxes are reused by position.
      for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>(
        '[part=checklist] input',
      ))
        box.checked = false;
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
  private sources(dataset: Dataset, records: readonly { source: string; asOf?: string }[]) {
    return distinctSources(records).map((r) =>
      renderSource(dataset, r.source, r.asOf, this.locale),
    );
  }

  /**
   * Prints the answer and its checklist only, not the host page around it:
   * until the print is over, the host page's elements off the path to this
   * element are hidden from print by a document stylesheet (constructable,
   * so a strict CSP allows it). Inside another shadow root the path cannot
   * be styled and the page prints whole, with this element's own print styles.
   */
  private print(): void {
    const doc = this.ownerDocument;
    const view = doc.defaultView ?? window;
    const marked: Element[] = [this];
    this.setAttribute(PRINT_PATH, '');
    for (let node = this.parentElement; node; node = node.parentElement) {
      node.setAttribute(PRINT_PATH, '');
      marked.push(node);
    }
    const sheet = printSheet(view);
    const before = doc.adoptedStyleSheets;
    doc.adoptedStyleSheets = [...before, sheet];
    const done = () => {
      for (const node of marked) node.removeAttribute(PRINT_PATH);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
    view.addEventListener('afterprint', done, { once: true });
    view.print();
  }

  private checklist(items: readonly Localized[]) {
    return html`<ul>
      ${items.map(
        (item) =>
          html`<li>
            <label><input type="checkbox" /> ${pick(item, this.locale)}</label>
          </li>`,
      )}
    </ul>`;
  }

  private list(items: readonly Localized[]) {
    return html`<ul>
      ${items.map((item) => html`<li>${pick(item, this.locale)}</li>`)}
    </ul>`;
  }

  /** "Сменить страховую в этом году можно до 1 ноября 2026: осталось 5 дней." */
  private daysLeft(days: number, date: string): string {
    return plural(days, {
      one: msg(str`Сменить страховую в этом году можно до ${date}: остался ${days} день.`, {
        id: 'guide-3a',
      }),
      few: msg(str`Сменить страховую в этом году можно до ${date}: осталось ${days} дня.`, {
        id: 'guide-3b',
      }),
      many: msg(str`Сменить страховую в этом году можно до ${date}: осталось ${days} дней.`, {
        id: 'guide-3',
      }),
    });
  }

  /** Where today stands against the yearly deadline for changing insurer (not a first policy). */
  private renderDeadline(rule: Dataset['guide']['changeRule']) {
    const deadline = changeDeadline(rule.deadline, this.now);
    const date = formatDate(deadline.date, this.locale);
    const days = deadline.days;
    return html`<p part="deadline">
      ${
        deadline.passed
          ? msg(
              str`В этом году срок подачи заявления о смене страховой прошёл; следующий — ${date}.`,
              { id: 'guide-14' },
            )
          : days
            ? this.daysLeft(days, date)
            : msg(str`Сменить страховую в этом году: сегодня последний день, ${date}.`, {
                id: 'guide-16',
              })
      }
    </p>`;
  }

  /** What applies to everyone, shown before any situation is chosen. */
  private renderGeneral(dataset: Dataset) {
    const { locale } = this;
    const { waysToApply, changeRule, digitalPolicy } = dataset.guide;
    return html`<section part="general" class="screen">
      ${this.heading(msg('Для всех', { id: 'guide-17' }))}
      ${this.heading(msg('Цифровой полис', { id: 'guide-18' }), 1)}
      <p>${pick(digitalPolicy.text, locale)}</p>
      ${this.heading(msg('Как подать заявление', { id: 'guide-8' }), 1)}
      <ul>
        ${waysToApply.map(
          (way) =>
            html`<li><strong>${pick(way.title, locale)}.</strong> ${pick(way.text, locale)}</li>`,
        )}
      </ul>
      ${this.heading(msg('Смена страховой компании', { id: 'guide-19' }), 1)}
      <p>${pick(changeRule.text, locale)}</p>
      ${this.renderDeadline(changeRule)}
      ${
        changeRule.exceptions.length
          ? html`<p>${msg('Чаще, чем раз в год, можно:', { id: 'guide-20' })}</p>
              ${this.list(changeRule.exceptions)}`
          : nothing
      }
      ${
        dataset.advice.length
          ? html`${this.heading(msg('Куда обратиться', { id: 'guide-11' }), 1)}
            ${renderAdvice(dataset, locale)}`
          : nothing
      }
      ${this.sources(dataset, [...waysToApply, changeRule, digitalPolicy, ...dataset.advice])}
    </section>`;
  }

  private renderAnswer(dataset: Dataset, situation: Situation) {
    const { locale } = this;
    const { deadline } = situation;
    return html`<section part="answer">
      ${this.heading(pick(situation.title, locale))}
      ${this.heading(msg('Кто выдаёт полис', { id: 'guide-5' }), 1)}
      ${situation.issuer.map((fact) => html`<p>${pick(fact.text, locale)}</p>`)}
      ${
        deadline
          ? html`${this.heading(msg('Срок', { id: 'guide-21' }), 1)}
              <p part="situation-deadline"><strong>${pick(deadline.text, locale)}</strong></p>`
          : nothing
      }
      ${this.heading(msg('Что делать дальше', { id: 'guide-22' }), 1)}
      <ol part="steps">
        <li>${msg('Соберите документы по списку ниже.', { id: 'guide-23' })}</li>
        <li>
          ${msg(
            'Выберите страховую и подайте заявление: способы — в разделе «Как подать заявление».',
            { id: 'guide-24' },
          )}
        </li>
        <li>
          ${msg(
            'Полис оформят выпиской из единого регистра застрахованных; её видно на госуслугах.',
            { id: 'guide-25' },
          )}
        </li>
      </ol>
      <div part="checklist">
        ${this.heading(msg('Документы', { id: 'guide-6' }), 1)}
        ${this.checklist(situation.documents.items)}
        <button part="print" class="screen" type="button" @click=${this.print}>
          ${msg('Распечатать', { id: 'guide-7' })}
        </button>
      </div>
      ${this.sources(dataset, [
        ...situation.issuer,
        ...(deadline ? [deadline] : []),
        situation.documents,
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
      ${chosen ? this.renderAnswer(dataset, chosen) : nothing} ${this.renderGeneral(dataset)}
      <section class="screen">
        ${this.heading(msg('Что указано в полисе', { id: 'guide-13' }))}
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
