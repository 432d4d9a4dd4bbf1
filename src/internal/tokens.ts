import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The public theming tokens: each global `--oms-*` token with its default.
 * Every element reads them through private `--_*` names on `:host`, after
 * its own `--oms-<element>-*` token: see `hostStyles()`.
 */
export const TOKENS = {
  accent: ['--oms-color-accent', '#1d4ed8'],
  text: ['--oms-color-text', 'inherit'],
  muted: ['--oms-color-muted', '#4b5563'],
  surface: ['--oms-color-surface', 'transparent'],
  'surface-raised': ['--oms-color-surface-raised', '#f3f4f6'],
  border: ['--oms-color-border', '#9ca3af'],
  success: ['--oms-color-success', '#116329'],
  'success-surface': ['--oms-color-success-surface', '#e6f4ea'],
  warning: ['--oms-color-warning', '#8a4b00'],
  'warning-surface': ['--oms-color-warning-surface', '#fff4e0'],
  danger: ['--oms-color-danger', '#b42318'],
  'danger-surface': ['--oms-color-danger-surface', '#fdecea'],
  'font-family': ['--oms-font-family', 'inherit'],
  'font-size': ['--oms-font-size', '1rem'],
  radius: ['--oms-radius', '0.5rem'],
  space: ['--oms-space', '1rem'],
  focus: ['--oms-color-focus', '#1d4ed8'],
} as const;

export type TokenName = keyof typeof TOKENS;

/**
 * `:host` declarations that copy each token into a private `--_name`:
 * `--_accent: var(--oms-coverage-check-accent, var(--oms-color-accent, #1d4ed8))`.
 */
export function privateTokens(element: string): CSSResult {
  const lines = Object.entries(TOKENS).map(([name, [global, fallback]]) => {
    const own = global.replace('--oms-', `--oms-${element}-`).replace('-color-', '-');
    return `--_${name}: var(${own}, var(${global}, ${fallback}));`;
  });
  return css`:host { ${unsafeCSS(lines.join('\n'))} }`;
}
