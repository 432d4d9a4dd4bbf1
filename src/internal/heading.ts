import { css, html, type TemplateResult } from 'lit';
import type { NumberRange } from './numbers.js';

/**
 * The levels `heading-level` may take. The default, 3, suits the usual place
 * of a widget: a section with an `<h2>` of the host page's own.
 */
export const HEADING_LEVEL_RANGE: NumberRange = { min: 2, max: 6, fallback: 3 };

/**
 * A heading at `level`, `depth` steps below the element's top (its class
 * styles it by depth, whatever the level): a real `<h2>`–`<h6>`, and past
 * `<h6>` a `role="heading"` with its `aria-level`, so the outline goes on.
 */
export function heading(level: number, depth: number, content: unknown): TemplateResult {
  const c = `heading depth-${Math.min(depth, 2)}`;
  switch (level) {
    case 2:
      return html`<h2 class=${c}>${content}</h2>`;
    case 3:
      return html`<h3 class=${c}>${content}</h3>`;
    case 4:
      return html`<h4 class=${c}>${content}</h4>`;
    case 5:
      return html`<h5 class=${c}>${content}</h5>`;
    case 6:
      return html`<h6 class=${c}>${content}</h6>`;
    default:
      return html`<div class=${c} role="heading" aria-level=${level}>${content}</div>`;
  }
}

/** Headings look the same at any level; each depth below the top is smaller. */
export const headingStyles = css`
  .heading {
    margin: 0;
    font-weight: 700;
    line-height: 1.3;
    font-size: 1.15em;
  }
  .depth-1 {
    font-size: 1em;
    margin-block-start: 1.25em;
  }
  .depth-2 {
    font-size: 0.95em;
    font-weight: 600;
    margin-block-start: 1em;
  }
`;
