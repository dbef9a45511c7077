// Keeps "waited 12 min" true: re-renders its host every so often on the server's clock (no server poll).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { serverNow } from '../server-time.js';

export class ClockController implements ReactiveController {
  now = serverNow();
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
    this.now = serverNow();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
