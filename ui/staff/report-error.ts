// How a staff screen's parts report API errors: upward, to the one alert region of the screen
// (StaffShell listens on the screen).
import { fire } from '../events.js';

/** Shows `message` in the screen's alert region; null clears it (after an action succeeds). */
export function reportError(from: EventTarget, message: string | null): void {
  fire(from, 'mc-error', message);
}

declare global {
  interface HTMLElementEventMap {
    /** An API refusal (or a form's own complaint) for the screen's alert region; null clears it. */
    'mc-error': CustomEvent<string | null>;
  }
}
