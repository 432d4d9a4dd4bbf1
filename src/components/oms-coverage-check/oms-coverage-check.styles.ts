import { css } from 'lit';

export const styles = css`
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  input {
    width: 100%;
    font: inherit;
    color: inherit;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }
  ul {
    list-style: none;
    margin: calc(var(--_space) * 0.75) 0 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .result {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .result h3 {
    margin: 0 0 0.35em;
    font-size: 1.05em;
  }
  .result p {
    margin: 0.4em 0 0;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
