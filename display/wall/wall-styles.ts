// Looks shared by the wall's side panels.
import { css } from 'lit';

export const panelHeading = css`
  h2 {
    margin: 0 0 12px;
    font-size: 2.2rem;
    color: var(--mc-primary);
  }
`;
