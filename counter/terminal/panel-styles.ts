// The choice panels (transfer, pause): a heading, groups of big choice buttons, a way back.
import { css } from 'lit';

export const panelStyles = css`
  h2 {
    margin: 0 0 8px;
    font-size: 1.6rem;
  }
  h3 {
    margin: 14px 0 8px;
    font-size: 1.2rem;
    color: var(--mc-muted);
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
    gap: 10px;
  }
  .choices button {
    min-height: 64px;
    font-size: 1.15rem;
    text-align: left;
  }
  .choices small {
    display: block;
    font-size: 0.85rem;
    font-weight: 400;
  }
  .back {
    display: flex;
    justify-content: flex-end;
    margin-top: 16px;
  }
  .back button {
    min-height: 60px;
    font-size: 1.15rem;
  }
`;
