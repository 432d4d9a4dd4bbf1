import { css } from 'lit';

// The checklist's boxes (to tick on paper) are drawn with borders rather than
// a ☐ character, which screen readers would read out.
export const styles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  label {
    padding: 0.5em 0;
  }
  .heading:not(.sub) {
    margin-block-start: 1em;
  }
  [part='checklist'] ul {
    list-style: none;
    padding: 0;
  }
  [part='checklist'] li::before {
    content: '';
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.5em;
    border: 1px solid;
  }
  @media print {
    .screen {
      display: none !important;
    }
  }
`;
