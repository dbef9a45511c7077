// The simulator's view of the server's (accelerated) clock: read once from the API, then run at the
// same speed locally, so waits are scheduled in server minutes.
export class ServerClock {
  private origin = Date.now();

  constructor(
    private serverAt: number,
    readonly speed: number,
  ) {}

  now(): number {
    return this.serverAt + (Date.now() - this.origin) * this.speed;
  }

  /** Re-anchors on a fresh reading from the server (its clock and ours drift apart a little). */
  sync(serverTime: number): void {
    this.serverAt = serverTime;
    this.origin = Date.now();
  }

  /** Resolves when the server's clock reads `at`. */
  until(at: number): Promise<void> {
    const ms = Math.max(0, (at - this.now()) / this.speed);
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Resolves after `minutes` of server time. */
  sleep(minutes: number): Promise<void> {
    return this.until(this.now() + minutes * 60_000);
  }
}
