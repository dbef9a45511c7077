// Keeps "waited 12 min" true: re-renders its host every so often from the device clock (no server poll).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ClockController implements ReactiveController {
  now = Date.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly everyMs = 15_000,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.host.requestUpdate(), this.everyMs);
  }

  hostUpdate(): void {
    this.now = Date.now();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
