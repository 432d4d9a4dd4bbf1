import { css, html, nothing, type TemplateResult } from 'lit';
import { dateTimeFormat } from '../i18n/intl.js';
import { pick } from '../core/localized.js';
import type { AdviceChannel, Dataset } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { msg, str } from '../i18n/localize.js';

/**
 * An ISO date ("2026-11-24") in the one date style of every element, as
 * people write it in `locale`: «24 ноября 2026», "24 November 2026". The
 * Russian format's trailing «г.» is left off: dates end sentences
 * («Проверено 24 ноября 2026.»), where it would give «г..».
 */
export function formatDate(iso: string, locale: Locale): string {
  const format = dateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date).replace(/\s*г\.$/, '');
}

/** "Source: …, checked 24.11.2026", with the source's link where it has one. */
export function renderSource(
  dataset: Dataset,
  sourceId: string,
  asOf: string,
  locale: Locale,
): TemplateResult {
  const source = dataset.sources.find((s) => s.id === sourceId);
  const title = source ? pick(source.title, locale) : sourceId;
  const date = formatDate(asOf, locale);
  const link = source?.url
    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${title}</a>`
    : title;
  return html`<p class="source" part="source">
    ${msg('Источник:', { id: 'f1' })} ${link}. ${msg(str`Проверено ${date}.`, { id: 'f2' })}
  </p>`;
}

/** Where to turn when asked to pay for free care, or with any question (article section 6). */
export function renderAdvice(dataset: Dataset, locale: Locale): TemplateResult | typeof nothing {
  if (!dataset.advice.length) return nothing;
  const item = (channel: AdviceChannel) =>
    html`<li><strong>${pick(channel.title, locale)}.</strong> ${pick(channel.text, locale)}</li>`;
  return html`<ul class="advice" part="advice">
    ${dataset.advice.map(item)}
  </ul>`;
}

export const factStyles = css`
  .source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  a {
    color: var(--_accent);
  }
  .advice {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .advice li + li {
    margin-block-start: 0.35em;
  }
`;
