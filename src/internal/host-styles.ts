import { css, type CSSResult } from 'lit';
import { headingStyles } from './heading.js';
import { privateTokens } from './tokens.js';

/**
 * Base styles of every element's shadow root: host display, box sizing, shared bits.
 * (No CSS comments inside: the bundle ships template text as it is.)
 *
 * Against the host page: the page's font family, size and colour come in,
 * but not the rest of its inherited typography (a theme's justified, indented,
 * spaced, capitalised or unwrapped content), and never a font-size under
 * 12px (an inherited 0 from the inline-block gap trick). Box sizing is set,
 * not inherited, so that a page's box-sizing reset cannot widen our fields.
 * Long words (street names, data from elsewhere) wrap instead of widening the layout.
 */
const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: max(var(--_font-size), 12px);
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    -webkit-text-fill-color: initial;
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .data-state {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .data-state[role='alert'] {
    color: var(--_danger);
    background: var(--_danger-surface);
    border-color: currentColor;
  }
  .data-state ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** The styles every element starts with; `element` is its name without `oms-`. */
export function hostStyles(element: string): CSSResult[] {
  return [privateTokens(element), base, headingStyles];
}
