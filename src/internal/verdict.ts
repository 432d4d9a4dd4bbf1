import { css, html, svg, type TemplateResult } from 'lit';
import type { Verdict } from '../core/verdict.js';
import { msg } from '../i18n/localize.js';

export type { Verdict };

/** The verdict in words, in the active locale, worded so that "free" is never hidden. */
function verdictLabel(verdict: Verdict): string {
  switch (verdict) {
    case 'covered':
      return msg('Бесплатно по ОМС', { id: 'v1' });
    case 'conditional':
      return msg('Бесплатно по ОМС при условиях', { id: 'v2' });
    case 'budget':
      return msg('Бесплатно, но не по полису ОМС (за счёт бюджета)', { id: 'v3' });
    case 'paid':
      return msg('Может быть платным', { id: 'v4' });
  }
}

// Shapes differ as well as colours, so the verdict never rests on colour alone.
const icons: Record<Verdict, TemplateResult> = {
  covered: svg`<path d="M4 10.5l4 4 8-9" />`,
  conditional: svg`<path d="M4 10.5l4 4 8-9" /><circle cx="17" cy="16" r="2.2" />`,
  budget: svg`<path d="M3 9h14M4 9v7M8 9v7M12 9v7M16 9v7M2.5 17.5h15M10 2.5l7.5 4.5h-15z" />`,
  paid: svg`<circle cx="10" cy="10" r="7.5" /><path d="M10 5.5v5M10 13.5v1" />`,
};

/** The verdict badge: an icon and the words; `part="verdict"`. */
export function renderVerdict(verdict: Verdict): TemplateResult {
  return html`<span class="verdict verdict--${verdict}" part="verdict verdict-${verdict}"
    ><svg class="verdict__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      ${icons[verdict]}</svg
    ><span>${verdictLabel(verdict)}</span></span
  >`;
}

export const verdictStyles = css`
  .verdict {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-weight: 600;
    font-size: 0.9em;
    line-height: 1.4;
  }
  .verdict__icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .verdict--covered,
  .verdict--conditional {
    color: var(--_success);
    background: var(--_success-surface);
  }
  .verdict--budget {
    color: var(--_accent);
    background: var(--_surface-raised);
  }
  .verdict--paid {
    color: var(--_warning);
    background: var(--_warning-surface);
  }
  @media (forced-colors: active) {
    .verdict {
      forced-color-adjust: auto;
      border-color: CanvasText;
    }
  }
`;
