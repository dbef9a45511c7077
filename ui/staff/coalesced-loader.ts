// Reloads what a screen shows when the live feed says something changed. One load at a time: a
// refresh asked for while one runs is done once right after it, so a burst of events costs two
// requests and an older answer never lands after a newer one.
export class CoalescedLoader {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(private readonly load: () => Promise<void>) {}

  /** Resolves once a load that started after this call has finished. */
  refresh(): Promise<void> {
    if (!this.running) {
      this.running = this.load().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.refresh();
    });
    return this.queued;
  }
}
