import { css } from 'lit';

export const styles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .office {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .office h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .office p {
    margin: 0.25em 0 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  a {
    color: var(--_accent);
  }
`;
