// The phone page's own buttons (turn the sound on, call-back notifications): large, outlined in the
// page's primary colour, one look for both.
import { css } from 'lit';

export const phoneButtonStyles = css`
  button.phone {
    min-height: 56px;
    padding: 12px 20px;
    font: inherit;
    font-size: 1.15rem;
    font-weight: 700;
    color: var(--mc-primary);
    background: var(--mc-bg);
    border: 3px solid var(--mc-primary);
    border-radius: var(--mc-radius);
    cursor: pointer;
  }
`;
