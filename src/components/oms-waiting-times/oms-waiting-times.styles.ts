import { css } from 'lit';

export const styles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  thead th {
    border-block-end-width: 2px;
  }
  tbody th {
    font-weight: 600;
  }
  .note {
    display: block;
    margin-block-start: 0.35em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='when-missed-section'] {
    margin-block-start: 1em;
    padding: 0.1em 0.75em 0.5em;
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }
  /* Narrow screens: each limit a block of its own rather than two squeezed columns. */
  @media (max-width: 30em) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr,
    tbody th,
    td {
      display: block;
    }
    tbody th {
      border-block-end: 0;
      padding-block-end: 0;
    }
  }
`;
