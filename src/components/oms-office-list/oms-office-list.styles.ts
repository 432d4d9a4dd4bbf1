import { css } from 'lit';

export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
  }
  .filters > * {
    flex: 1 1 13em;
    min-width: 0;
  }
  .filters > .search {
    flex: 2 1 18em;
  }
  .filters > .near {
    flex: 0 1 auto;
  }
  .filters,
  ul {
    gap: calc(var(--_space) * 0.75);
  }
  ul {
    display: grid;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .office {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  p {
    margin: 0.25em 0 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .links > * {
    min-width: 0;
    max-width: 100%;
    unicode-bidi: isolate;
  }
  .open {
    color: var(--_success);
  }
  .closed {
    color: var(--_muted);
  }
  .count,
  .pager {
    margin: calc(var(--_space) * 0.75) 0;
  }
`;
