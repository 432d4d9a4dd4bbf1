import { css, html, nothing, type TemplateResult } from 'lit';
import { pick } from '../core/localized.js';
import type { AdviceChannel, Dataset } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { msg, str } from '../i18n/localize.js';

const MONTHS = {
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
};

/**
 * An ISO date ("2026-11-24") in the one date style of every element, as
 * people write it in `locale`: «24 ноября 2026», "24 November 2026" (what
 * `Intl.DateTimeFormat` writes for ru-RU, less its trailing «г.», and
 * en-GB). Written from a table of months rather than with `Intl`: the first
 * date formatter of a fresh tab costs tens of milliseconds, and every
 * element shows a date in its first render. Anything but a real date is
 * shown as it is.
 */
export function formatDate(iso: string, locale: Locale): string {
  const [, year, month, day] = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso) ?? [];
  const date = new Date(`${iso}T00:00:00Z`);
  if (!year || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day)) return iso;
  return `${Number(day)} ${MONTHS[locale][Number(month) - 1]} ${year}`;
}

/** What a source line is about: a fact in general, or an office's address. */
export type SourceSubject = 'fact' | 'address';

/**
 * Where a record comes from, and whether someone checked it. A checked
 * record: "Source: …. Checked 24.11.2026." A record nobody checked never gets
 * a date of checking; it says so in words, with the source's publication
 * date or "publication date unknown", and where to check it: "Address from an
 * article (publication date unknown): check with the insurer or the
 * territorial OMS fund. Source: …". The source's title links its `url`
 * (a new tab) where it has one.
 */
export function renderSource(
  dataset: Dataset,
  sourceId: string,
  asOf: string | undefined,
  locale: Locale,
  subject: SourceSubject = 'fact',
): TemplateResult {
  const source = dataset.sources.find((s) => s.id === sourceId);
  const title = source ? pick(source.title, locale) : sourceId;
  const link = source?.url
    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer"
        >${title}<span class="visually-hidden">
          ${msg('(откроется в новой вкладке)', { id: 'f9' })}</span
        ></a
      >`
    : title;
  const named = html`${msg('Источник:', { id: 'f1' })} ${link}.`;
  if (asOf) {
    const date = formatDate(asOf, locale);
    return html`<p class="source" part="source">
      ${named} ${msg(str`Проверено ${date}.`, { id: 'f2' })}
    </p>`;
  }
  const published = source?.published ? formatDate(source.published, locale) : '';
  const when = published
    ? msg(str`опубликовано ${published}`, { id: 'f3' })
    : msg('дата публикации неизвестна', { id: 'f4' });
  const check = msg('уточните у страховой компании или в территориальном фонде ОМС.', {
    id: 'f5',
  });
  const from = source?.article
    ? subject === 'address'
      ? msg('Адрес из статьи', { id: 'f6' })
      : msg('Из статьи', { id: 'f7' })
    : subject === 'address'
      ? msg('Адрес не проверен', { id: 'f8' })
      : msg('Не проверено', { id: 'f10' });
  const dated = source?.article ? ` (${when})` : '';
  return html`<p class="source unchecked" part="source">${from}${dated} — ${check} ${named}</p>`;
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
