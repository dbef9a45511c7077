// The kiosk's touch buttons, shared by every step so they look and feel the same.
import { css } from 'lit';

export const kioskButtons = css`
  /* theme.css's box-sizing rule stops at the shadow boundary. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    min-height: var(--mc-touch, 64px);
    padding: 16px 24px;
    font: inherit;
    font-size: 1.6rem;
    font-weight: 700;
    line-height: 1.2;
    border-radius: var(--mc-radius, 14px);
    cursor: pointer;
    touch-action: manipulation;
  }
  button:active {
    transform: translateY(2px);
  }
  .choice {
    color: var(--mc-primary-fg);
    background: var(--mc-primary);
    border: 3px solid var(--mc-primary);
  }
  .secondary {
    color: var(--mc-fg);
    background: var(--mc-bg);
    border: 3px solid var(--mc-border);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(360px, 1fr));
    gap: 20px;
  }
  /* Back and confirm stay in reach however long the list above them, at the bottom of a tall screen. */
  .actions {
    position: sticky;
    bottom: 0;
    margin-top: auto;
    display: flex;
    gap: 20px;
    padding: 16px 0 4px;
    background: var(--mc-bg);
  }
`;
