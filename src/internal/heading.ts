import { css, html, type TemplateResult } from 'lit';
import type { NumberRange } from './numbers.js';

/**
 * The levels `heading-level` may take. Without one, an element follows the
 * page's outline (`outlineLevel`); with no heading before it, 2.
 */
export const HEADING_LEVEL_RANGE: NumberRange = { min: 2, max: 6, fallback: 2 };

/**
 * The level after the last heading before `el` (in its own tree, else in
 * the trees it sits in), in HEADING_LEVEL_RANGE: pasted under a page's
 * `<h1>`, an element's headings are `<h2>`; in a section with an `<h2>`,
 * `<h3>`. A heading that is hidden from everyone does not count.
 */
export function outlineLevel(el: Element): number {
  let level = 0;
  for (let node: Node | undefined = el; node && !level;) {
    const root = node.getRootNode() as Document | ShadowRoot;
    for (const h of root.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')) {
      // 4: `node` follows `h` (Node.DOCUMENT_POSITION_FOLLOWING).
      if (h.compareDocumentPosition(node) & 4 && !h.closest('[hidden],[aria-hidden=true]'))
        level = Number(h.getAttribute('aria-level')) || +h.localName[1] || 2;
    }
    // Out of a shadow root to its host; a document has none.
    node = (root as ShadowRoot).host;
  }
  return level ? Math.min(6, Math.max(2, level + 1)) : HEADING_LEVEL_RANGE.fallback;
}

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
