// How a staff screen's parts report API errors: upward, to the one alert region of the screen.

export const ERROR_EVENT = 'mc-error';

/** Shows `message` in the screen's alert region; null clears it (after an action succeeds). */
export function reportError(from: HTMLElement, message: string | null): void {
  from.dispatchEvent(new CustomEvent<string | null>(ERROR_EVENT, { detail: message, bubbles: true, composed: true }));
}

/** A bubbling, shadow-crossing event carrying `detail`, for a part to tell its screen what the user chose. */
export function emit<T>(from: HTMLElement, name: string, detail: T): void {
  from.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}

/** The screen's side of reportError: `show` receives each message (null clears the alert). */
export function onReportedError(screen: HTMLElement, show: (message: string | null) => void): void {
  screen.addEventListener(ERROR_EVENT, (e) => show((e as CustomEvent<string | null>).detail));
}
