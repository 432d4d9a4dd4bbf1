import {
  css,
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

/**
 * A polite live region that tells screen-reader users what changed (how many
 * results, which situation) once the reader pauses, not on every keystroke.
 * `OmsElement` renders it after every element's content: the region must be
 * in the DOM before its text changes for the change to be read.
 */
export class Announcer implements ReactiveController {
  /**
   * Milliseconds of quiet before an announcement (tests may lower it): long
   * enough for the pause between two letters typed on a phone.
   */
  static delay = 1000;
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  /**
   * @param inLocale runs a function with `msg()` answering in the host's
   *   locale: announcements are worded when they are made, often from an
   *   event handler or a timer, outside any render.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inLocale: (words: () => string) => string,
  ) {
    host.addController(this);
  }

  /**
   * Says the text `words` gives, after the delay; a newer call replaces a
   * pending one. The same words as last time are said again only `again`:
   * after the reader's choice, not while they type («1 результат» once,
   * not after every letter).
   */
  announce(words: () => string, again = true): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const text = this.inLocale(words);
      const same = text === this.text || `${text}\u00a0` === this.text;
      if (same && !again) return;
      // The same words twice are not read again unless the text changes.
      this.text = text === this.text ? `${text}\u00a0` : text;
      this.host.requestUpdate();
    }, Announcer.delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.text}
    </p>`;
  }
}

/**
 * The one button style (accent outline, filled when pressed): large enough
 * to tap, visible in forced-colors mode, fonts from the host page.
 */
export const buttonStyles = css`
  button {
    font: inherit;
    min-height: 2.75em;
    max-width: 100%;
    margin: 0;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    padding: 0.4em 0.9em;
    color: var(--_accent);
    font-weight: 600;
  }
  button:hover {
    background: var(--_surface-raised);
  }
  button[aria-pressed='true'] {
    color: var(--_surface-raised);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;

/**
 * Form controls every element shares (search fields, selects, buttons): large
 * enough to tap, visible in forced-colors mode, fonts from the host page.
 */
export const controlStyles = css`
  label,
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    min-height: 2.75em;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    width: 100%;
    padding: 0.5em 0.75em;
  }
  ${buttonStyles}
`;
