import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The public theming tokens: each global `--oms-*` token with its light and
 * dark defaults. Every element reads them through private `--_*` names on
 * `:host`, after its own `--oms-<element>-*` token: see `privateTokens()`.
 * `inherit` means: take the host page's value (text colour and font).
 */
export const TOKENS = {
  accent: ['--oms-color-accent', '#1d4ed8', '#93c5fd'],
  text: ['--oms-color-text', 'inherit', 'inherit'],
  // Muted text is derived from the inherited text colour, so it keeps its
  // contrast on whatever background the host page has.
  muted: [
    '--oms-color-muted',
    'color-mix(in srgb, currentColor 78%, transparent)',
    'color-mix(in srgb, currentColor 78%, transparent)',
  ],
  surface: ['--oms-color-surface', 'transparent', 'transparent'],
  'surface-raised': ['--oms-color-surface-raised', '#f3f4f6', '#1f2937'],
  border: ['--oms-color-border', '#8a8f98', '#6b7280'],
  success: ['--oms-color-success', '#116329', '#86efac'],
  'success-surface': ['--oms-color-success-surface', '#e6f4ea', '#052e16'],
  warning: ['--oms-color-warning', '#8a4b00', '#fcd34d'],
  'warning-surface': ['--oms-color-warning-surface', '#fff4e0', '#3b2300'],
  danger: ['--oms-color-danger', '#b42318', '#fca5a5'],
  'danger-surface': ['--oms-color-danger-surface', '#fdecea', '#450a0a'],
  focus: ['--oms-color-focus', '#1d4ed8', '#93c5fd'],
  'font-family': ['--oms-font-family', 'inherit', 'inherit'],
  // Sizes in em: from the surrounding text, whatever the page's rem (62.5% themes).
  'font-size': ['--oms-font-size', '1em', '1em'],
  radius: ['--oms-radius', '0.5em', '0.5em'],
  space: ['--oms-space', '1em', '1em'],
} as const;

/** `--oms-color-accent` → `--oms-coverage-check-accent`. */
export function elementToken(element: string, global: string): string {
  return global.replace('--oms-', `--oms-${element}-`).replace('-color-', '-');
}

/**
 * `:host` declarations that copy each token into a private `--_name`:
 * `--_accent: var(--oms-coverage-check-accent, var(--oms-color-accent, …))`.
 *
 * The default follows the page: `light-dark()` resolves against the host
 * page's `color-scheme`, so a page that declares dark support gets the dark
 * palette when the reader prefers dark, and a light-only page stays light on
 * a dark system. `theme="dark"` and `theme="light"` force one palette, with a
 * text colour and a background of its own, since the page's may not suit it.
 */
export function privateTokens(element: string): CSSResult {
  const declarations = (
    value: (light: string, dark: string) => string,
    text?: string,
    surface?: string,
  ) =>
    unsafeCSS(
      Object.entries(TOKENS)
        .map(([name, [global, light, dark]]) => {
          const fallback =
            (name === 'text' && text) || (name === 'surface' && surface) || value(light, dark);
          return `--_${name}:var(${elementToken(element, global)},var(${global},${fallback}));`;
        })
        .join(''),
    );
  return css`
    :host {
      ${declarations((light) => light)}
    }
    @supports (color: light-dark(#000, #fff)) {
      :host {
        ${declarations((light, dark) => (light === dark ? light : `light-dark(${light},${dark})`))}
      }
    }
    :host([theme='light']) {
      color-scheme: light;
      ${declarations((light) => light, '#111827', '#fff')}
    }
    :host([theme='dark']) {
      color-scheme: dark;
      ${declarations((_light, dark) => dark, '#f3f4f6', '#111827')}
    }
  `;
}
