import { css, html, nothing, type TemplateResult } from 'lit';
import { pick } from '../core/localized.js';
import type { Dataset } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { msg, str } from '../i18n/localize.js';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** An ISO date ("2026-11-24") as people read it in `locale` (24.11.2026, 24 Nov 2026). */
export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
      day: 'numeric',
      month: locale === 'ru' ? '2-digit' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** A heading at `level` (the host page owns the levels above it). */
export function heading(level: number, content: unknown, className = ''): TemplateResult {
  return html`<div class="heading ${className}" role="heading" aria-level=${level}>
    ${content}
  </div>`;
}

/** The level to use from an attribute value: 2–6, else 3. */
export function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3;
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
  return html`<p class="source" part="source">
    ${msg('Источник:', { id: 'f1' })}
    ${source?.url ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${title}</a>` : title}.
    ${msg(str`Проверено ${date}.`, { id: 'f2' })}
  </p>`;
}

/** Where to turn when asked to pay for free care, or with any question (article section 6). */
export function renderAdvice(dataset: Dataset, locale: Locale): TemplateResult | typeof nothing {
  if (!dataset.advice.length) return nothing;
  return html`<ul class="advice" part="advice">
    ${dataset.advice.map((channel) => html`<li><strong>${pick(channel.title, locale)}.</strong> ${pick(channel.text, locale)}</li>`)}
  </ul>`;
}

export const factStyles = css`
  .heading {
    font-weight: 700;
    font-size: 1.1em;
    line-height: 1.3;
  }
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
