// Calls `onIdle` once nobody has touched the screen for `ms`, so a half-finished choice never
// waits for the next citizen.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const ACTIVITY = ['pointerdown', 'keydown'] as const;

export class IdleTimer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly restart = () => {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onIdle, this.ms);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly ms: number,
    private readonly onIdle: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const name of ACTIVITY) window.addEventListener(name, this.restart, { capture: true, passive: true });
    this.restart();
  }

  hostDisconnected(): void {
    for (const name of ACTIVITY) window.removeEventListener(name, this.restart, { capture: true });
    clearTimeout(this.timer);
  }
}
