import { css } from 'lit';

export const styles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-end;
  }
  .bar div {
    flex: 1 1 12em;
  }
  [part='list'] {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  details {
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
`;
