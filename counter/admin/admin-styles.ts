// The admin screen's side panels: a boxed section with a heading, compact labelled fields, a list
// of what exists with a remove button each, check boxes, and the panel's save button at the bottom
// right.
import { css } from 'lit';

/** A check box and its label on one line (the panels' own, and mc-choice-set's). */
export const checkBoxStyles = css`
  input[type='checkbox'],
  input[type='radio'] {
    width: 26px;
    min-height: 26px;
    height: 26px;
    margin: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    font-weight: 400;
  }
`;

const panelStyles = css`
  :host {
    display: block;
    padding: 12px 14px;
    background: var(--mc-surface);
    border: 2px solid var(--mc-border);
    border-radius: var(--mc-radius);
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.3rem;
  }
  h3 {
    margin: 10px 0 4px;
    font-size: 1.05rem;
  }
  label {
    display: grid;
    gap: 2px;
    font-size: 0.95rem;
    font-weight: 700;
  }
  input,
  select,
  textarea {
    min-height: 48px;
    width: 100%;
  }
  textarea {
    padding: 6px 10px;
    font: inherit;
    font-size: 0.95rem;
    border: 2px solid var(--mc-border);
    border-radius: 10px;
  }
  button {
    min-height: 48px;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
  }
  .form {
    display: grid;
    gap: 8px;
    margin-top: 8px;
  }
  .items {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .items li {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 6px 6px 6px 10px;
    background: #fff;
    border: 1px solid #9aa5b1;
    border-radius: 8px;
  }
  .grow {
    flex: 1;
    min-width: 0;
  }
  .muted {
    color: var(--mc-muted);
  }
  .warn {
    margin: 4px 0;
    font-weight: 700;
    color: var(--mc-warn);
  }
  .save {
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: 12px;
    margin-top: 10px;
  }
  .saved {
    font-weight: 700;
    color: var(--mc-ok);
  }
`;

export const adminPanelStyles = [panelStyles, checkBoxStyles];
