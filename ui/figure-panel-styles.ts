// Looks shared by the boards' and the leader's figure panels: a titled box and a large, high-contrast table.
import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    padding: 12px 16px;
    font-family: var(--mc-font);
    color: var(--mc-fg);
    background: var(--mc-surface);
    border: 2px solid var(--mc-border);
    border-radius: var(--mc-radius);
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.35rem;
    color: var(--mc-primary);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 1.1rem;
    font-variant-numeric: tabular-nums;
  }
  th {
    padding: 4px 8px;
    font-size: 0.95rem;
    text-align: left;
    color: var(--mc-muted);
    border-bottom: 2px solid var(--mc-border);
  }
  td {
    padding: 3px 8px;
    border-bottom: 1px solid #c9d1da;
  }
  td.num,
  th.num {
    text-align: right;
  }
  .big {
    font-size: 1.5rem;
    font-weight: 800;
  }
  .alert {
    color: var(--mc-accent);
    font-weight: 800;
  }
`;
