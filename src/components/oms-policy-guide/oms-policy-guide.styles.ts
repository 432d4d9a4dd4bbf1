import { css } from 'lit';

// The checklist's boxes are real checkboxes: ticked on screen, they print as they are.
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
  [part='checklist'] input {
    width: 1.1em;
    height: 1.1em;
    margin: 0 0.5em 0 0;
    vertical-align: -0.15em;
  }
  [part='checklist'] li {
    padding: 0.2em 0;
  }
  @media print {
    .screen {
      display: none !important;
    }
  }
`;
