import { css, type CSSResult } from 'lit';
import { privateTokens } from './tokens.js';

/** Base styles of every element's shadow root: host display, box sizing, shared bits. */
const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    background: var(--_surface);
    /* Long words (street names, data from elsewhere) wrap instead of pushing the layout wider. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
  return [privateTokens(element), base];
}
