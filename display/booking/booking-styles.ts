// The booking page's controls, shared by its parts: phone-sized, but large enough for old eyes and thumbs.
import { css } from 'lit';

export const bookingStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    margin: 0 0 12px;
    font-size: 1.5rem;
    line-height: 1.2;
    color: var(--mc-primary);
  }
  button {
    min-height: 56px;
    padding: 12px 20px;
    font: inherit;
    font-size: 1.15rem;
    font-weight: 700;
    line-height: 1.25;
    border-radius: var(--mc-radius, 14px);
    cursor: pointer;
    touch-action: manipulation;
  }
  button:disabled {
    cursor: not-allowed;
  }
  .primary {
    color: var(--mc-primary-fg);
    background: var(--mc-primary);
    border: 3px solid var(--mc-primary);
  }
  .primary:disabled {
    color: var(--mc-muted);
    background: var(--mc-surface);
    border-color: var(--mc-border);
  }
  .secondary {
    color: var(--mc-primary);
    background: var(--mc-bg);
    border: 3px solid var(--mc-primary);
  }
  .wide {
    width: 100%;
  }
  label {
    display: block;
    margin: 0 0 6px;
    font-size: 1.1rem;
    font-weight: 700;
  }
  input {
    width: 100%;
    min-height: 56px;
    padding: 8px 14px;
    font: inherit;
    font-size: 1.3rem;
    color: var(--mc-fg);
    background: var(--mc-bg);
    border: 3px solid var(--mc-border);
    border-radius: var(--mc-radius, 14px);
  }
  input:focus-visible {
    outline: 4px solid var(--mc-focus);
    outline-offset: 1px;
    border-color: var(--mc-primary);
  }
  [role='alert'] {
    margin: 0 0 16px;
    padding: 14px 16px;
    font-size: 1.15rem;
    font-weight: 700;
    color: #fff;
    background: var(--mc-accent);
    border-radius: var(--mc-radius, 14px);
  }
  .muted {
    color: var(--mc-muted);
  }
`;
