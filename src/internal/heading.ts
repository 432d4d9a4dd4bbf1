import { css, html, type TemplateResult } from 'lit';
import type { NumberRange } from './numbers.js';

/**
 * The levels `heading-level` may take. The default, 3, suits the usual place
 * of a widget: a section with an `<h2>` of the host page's own.
 */
export const HEADING_LEVEL_RANGE: NumberRange = { min: 2, max: 6, fallback: 3 };

/**
 * A heading at `level`, `depth` steps below the element's top (styled as a
 * top heading or a lower one, whatever the level). `role="heading"` with
 * `aria-level` rather than `<h2>`–`<h6>`: one template for every level,
 * and the outline goes on past 6.
 */
export function heading(level: number, depth: number, content: unknown): TemplateResult {
  const c = depth ? 'heading sub' : 'heading';
  return html`<div class=${c} role="heading" aria-level=${level}>${content}</div>`;
}

/** Headings look the same at any level; those below the top ones are smaller. */
export const headingStyles = css`
  .heading {
    margin: 0;
    font-weight: 700;
    line-height: 1.3;
    font-size: 1.15em;
  }
  .sub {
    font-size: 1em;
    margin-block-start: 1.25em;
  }
`;
