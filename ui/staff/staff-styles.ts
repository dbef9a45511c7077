// The look every staff element shares: big bold buttons, a focus ring that shows on white and on
// blue, key caps. Shadow roots do not see theme.css rules, only its custom properties.
import { css } from 'lit';

export const staffStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--mc-font);
    color: var(--mc-fg);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select {
    font: inherit;
  }
  button {
    min-height: 52px;
    padding: 6px 18px;
    font-weight: 700;
    line-height: 1.2;
    color: var(--mc-primary);
    background: var(--mc-bg);
    border: 2px solid var(--mc-primary);
    border-radius: var(--mc-radius);
    cursor: pointer;
  }
  button.primary {
    color: var(--mc-primary-fg);
    background: var(--mc-primary);
  }
  button.danger {
    color: var(--mc-accent);
    border-color: var(--mc-accent);
  }
  button:disabled {
    color: #4a4a4a;
    background: #e4e4e4;
    border: 2px dashed #7a7a7a;
    cursor: not-allowed;
  }
  input,
  select {
    min-height: 52px;
    padding: 6px 12px;
    color: var(--mc-fg);
    background: var(--mc-bg);
    border: 2px solid var(--mc-border);
    border-radius: 10px;
  }
  :focus-visible {
    outline: 4px solid #111;
    outline-offset: 2px;
    box-shadow: 0 0 0 8px var(--mc-focus);
  }
  kbd {
    display: inline-block;
    min-width: 1.6em;
    padding: 0 5px;
    font-family: inherit;
    font-size: 0.8em;
    font-weight: 700;
    text-align: center;
    color: #111;
    background: #fff;
    border: 2px solid #444;
    border-radius: 6px;
  }
  .priority {
    display: inline-block;
    padding: 2px 10px;
    font-weight: 700;
    color: #fff;
    background: var(--mc-warn);
    border-radius: 8px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
