import { css, html, nothing, type TemplateResult } from 'lit';
import { pick } from '../core/localized.js';
import type { Dataset, FactList, WaitingTime } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { msg, str } from '../i18n/localize.js';
import { plural } from '../i18n/plural.js';

type Unit = WaitingTime['limit']['unit'];
type Start = WaitingTime['limit']['from'];

/** "14 рабочих дней", "24 часов", "20 минут" (after «не больше»); "14 working days". */
function amount(value: number, unit: Unit): string {
  if (unit === 'minutes')
    return plural(value, {
      one: msg(str`${value} минуты`, { id: 'w1' }),
      few: msg(str`${value} минут`, { id: 'w2' }),
      many: msg(str`${value} минут`, { id: 'w3' }),
    });
  if (unit === 'hours')
    return plural(value, {
      one: msg(str`${value} часа`, { id: 'w4' }),
      few: msg(str`${value} часов`, { id: 'w5' }),
      many: msg(str`${value} часов`, { id: 'w6' }),
    });
  return plural(value, {
    one: msg(str`${value} рабочего дня`, { id: 'w7' }),
    few: msg(str`${value} рабочих дней`, { id: 'w8' }),
    many: msg(str`${value} рабочих дней`, { id: 'w9' }),
  });
}

/** From when a limit is counted. */
function start(from: Start): string {
  switch (from) {
    case 'call':
      return msg('с момента вызова', { id: 'w10' });
    case 'contact':
      return msg('с момента обращения', { id: 'w11' });
    case 'order':
      return msg('со дня назначения', { id: 'w12' });
    case 'referral':
      return msg('со дня выдачи направления', { id: 'w13' });
    default:
      return msg('со дня подтверждения диагноза', { id: 'w14' });
  }
}

/**
 * A waiting time in words: «Срок — не больше 14 рабочих дней со дня
 * назначения; при подозрении на онкологию или болезнь сердца и сосудов — 7.»
 */
export function waitingTimeText({ limit, shorter }: WaitingTime): string {
  const main = msg(str`Срок — не больше ${amount(limit.value, limit.unit)} ${start(limit.from)}`, {
    id: 'w15',
  });
  if (!shorter) return `${main}.`;
  // The same unit from the same moment: the number alone reads best.
  const sameKind = shorter.unit === limit.unit && (shorter.from ?? limit.from) === limit.from;
  const value = sameKind
    ? String(shorter.value)
    : `${amount(shorter.value, shorter.unit)} ${start(shorter.from ?? limit.from)}`;
  const when =
    shorter.when === 'cancer'
      ? msg(str`при онкологическом заболевании — ${value}`, { id: 'w16' })
      : msg(str`при подозрении на онкологию или болезнь сердца и сосудов — ${value}`, {
          id: 'w17',
        });
  return `${main}; ${when}.`;
}

/** A list of facts from one source, as list items. */
export function renderFactItems(list: FactList | undefined, locale: Locale, part: string) {
  if (!list?.items.length) return nothing;
  return html`<ul class="facts" part=${part}>
    ${list.items.map((item) => html`<li>${pick(item, locale)}</li>`)}
  </ul>`;
}

/**
 * The "asked to pay or told to wait" part of a coverage result: the waiting
 * time and what to do when it is missed, the patient's rights, then
 * `advice` (where to turn).
 */
export function renderPayOrWait(
  dataset: Dataset,
  locale: Locale,
  waitingTime: WaitingTime | undefined,
  advice: TemplateResult | typeof nothing,
): TemplateResult {
  const missed = msg('Если срок не соблюдают:', { id: 'w18' });
  const rights = msg('Ваши права, если предлагают платные услуги:', { id: 'w19' });
  return html`${
    waitingTime && dataset.waitingTimes
      ? html`<p class="label">${missed}</p>
          ${renderFactItems(dataset.waitingTimes.whenMissed, locale, 'when-missed')}`
      : nothing
  }
  ${
    dataset.rights
      ? html`<p class="label">${rights}</p>
          ${renderFactItems(dataset.rights, locale, 'rights')}`
      : nothing
  }
  ${advice}`;
}

export const waitingTimeStyles = css`
  .facts {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .facts li + li {
    margin-block-start: 0.35em;
  }
  .waiting {
    font-weight: 600;
  }
`;
