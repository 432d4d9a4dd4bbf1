import { css } from 'lit';

export const styles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.25em;
  }
  label {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
  }
  h3 {
    font-size: 1.05em;
    margin: 1em 0 0.35em;
  }
  p {
    margin: 0.35em 0;
  }
`;
