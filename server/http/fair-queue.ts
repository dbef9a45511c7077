// At most `slots` jobs at once, the rest waiting in turn per key (round robin), so one client that
// sends many cannot push the others back; a key with `perKey` already waiting is refused.
import { DomainError } from '../domain/domain-error.js';

export class FairQueue {
  private running = 0;
  /** Waiting starts per key; a Map keeps keys in the order they are served. */
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(
    private readonly slots: number,
    private readonly perKey: number,
  ) {}

  /** Runs `job` when a slot is free and it is `key`'s turn; 429 'rate-limited' when its queue is full. */
  async run<T>(key: string, job: () => Promise<T>): Promise<T> {
    if (this.running >= this.slots) {
      const queue = this.waiting.get(key) ?? [];
      if (queue.length >= this.perKey) throw new DomainError('rate-limited', { seconds: 1 });
      await new Promise<void>((resolve) => {
        queue.push(resolve);
        this.waiting.set(key, queue);
      });
    } else {
      this.running += 1;
    }
    try {
      return await job();
    } finally {
      this.next();
    }
  }

  /** Hands the freed slot to the first waiting key, which then goes to the back of the line. */
  private next(): void {
    const first = this.waiting.entries().next();
    if (first.done) {
      this.running -= 1;
      return;
    }
    const [key, queue] = first.value;
    this.waiting.delete(key);
    const resolve = queue.shift()!;
    if (queue.length > 0) this.waiting.set(key, queue);
    resolve();
  }
}
