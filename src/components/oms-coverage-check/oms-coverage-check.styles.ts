import { css } from 'lit';

export const styles = css`
  .results,
  .buttons {
    list-style: none;
    padding: 0;
    margin: calc(var(--_space) * 0.75) 0 0;
  }
  .results {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .result,
  .no-match {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .no-match {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .result > *,
  .no-match > *,
  details > * {
    margin: 0.5em 0 0;
  }
  .result > :first-child,
  .no-match > :first-child {
    margin: 0;
  }
  .result ul {
    padding-inline-start: 1.25em;
  }
  .label {
    margin-block-start: var(--_space);
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    padding: 0.35em 0;
  }
`;
