// The look the reception desk's panels share: a bordered card, its heading, labelled fields and the
// refusal shown beside a field.
import { css } from 'lit';

export const receptionPanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: 12px 14px;
    background: var(--mc-surface);
    border: 2px solid var(--mc-border);
    border-radius: var(--mc-radius);
  }
  h2 {
    margin: 0;
    font-size: 1.3rem;
  }
  label {
    display: grid;
    gap: 4px;
    font-weight: 700;
  }
  input[aria-invalid='true'] {
    border-color: var(--mc-accent);
    border-width: 3px;
  }
  .error {
    margin: 0;
    font-weight: 700;
    color: var(--mc-accent);
  }
`;
