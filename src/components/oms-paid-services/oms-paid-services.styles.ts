import { css } from 'lit';

export const styles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  details p {
    margin: 0.4em 0 0;
  }
`;
