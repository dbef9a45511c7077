// The header of the phone-first public pages (booking, ticket status): center name over the page title.
import { css } from 'lit';

export const phoneHeaderStyles = css`
  :host {
    display: block;
    min-height: 100vh;
  }
  header {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 12px 16px;
    color: var(--mc-primary-fg);
    background: var(--mc-primary);
  }
  .names {
    flex: 1;
    min-width: 0;
  }
  .center {
    margin: 0;
    font-size: 0.9rem;
    font-weight: 700;
    text-transform: uppercase;
  }
  h1 {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.2;
  }
`;
