import { css } from 'lit';

export const styles = css`
  button {
    margin-block-start: 0.5em;
  }
  [part='list'] {
    list-style: none;
    padding: 0;
  }
  details {
    margin-block: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.75em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.6em 0;
  }
  [part='reminder'] {
    padding: 0.1em 0.75em;
    background: var(--_surface-raised);
  }
  [part='reminder'] > .heading {
    margin-block-start: 0.6em;
  }
`;
