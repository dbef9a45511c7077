// Speaks calls one after another. Calls that arrive together (three counters pressing "Call next"
// in the same second) queue up: each announcement finishes — chime, then every language's line —
// before the next begins, so no call cuts another off. The sound steps are injected, which keeps
// this ordering logic free of the DOM and testable on its own.
import type { Lang } from '../../shared/types.js';
import { callLine, type VoiceTemplates } from '../../shared/voice.js';

export interface AnnouncementSteps {
  /** Plays the attention chime; resolves when it has finished. */
  chime(): Promise<void>;
  /** Speaks one line (`text`, the center's wording of `call`); resolves when it has been spoken (or cannot be). */
  speak(text: string, lang: Lang, call: CallToAnnounce): Promise<void>;
}

export interface AnnouncerOptions {
  /** A step that never reports its end (speech engines sometimes lose the end event) is given up after this. */
  stepTimeoutMs?: number;
  /** Silence between two announcements, so listeners hear where one call ends. */
  gapMs?: number;
}

export interface CallToAnnounce {
  number: string;
  counterNumber: number;
}

interface Announcement {
  call: CallToAnnounce;
  langs: readonly Lang[];
  voice: VoiceTemplates;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class CallAnnouncer {
  private readonly queue: Announcement[] = [];
  private running = false;
  private readonly stepTimeoutMs: number;
  private readonly gapMs: number;

  constructor(
    private readonly steps: AnnouncementSteps,
    options: AnnouncerOptions = {},
  ) {
    this.stepTimeoutMs = options.stepTimeoutMs ?? 15_000;
    this.gapMs = options.gapMs ?? 600;
  }

  /** Queues a call, spoken in each of `langs` in order after the chime, in the center's wording. */
  announce(call: CallToAnnounce, langs: readonly Lang[], voice: VoiceTemplates): void {
    this.queue.push({ call, langs, voice });
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      const { call, langs, voice } = next;
      await this.step(() => this.steps.chime());
      for (const lang of langs) {
        await this.step(() => this.steps.speak(callLine(call.number, call.counterNumber, lang, voice), lang, call));
      }
      if (this.queue.length > 0) await wait(this.gapMs);
    }
    this.running = false;
  }

  /** Runs one step to its end, its failure or its timeout, whichever comes first; never throws. */
  private async step(run: () => Promise<void>): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.stepTimeoutMs)));
    try {
      await Promise.race([Promise.resolve().then(run), timeout]);
    } catch {
      // A failed chime or voice must not silence the calls after it.
    } finally {
      clearTimeout(timer);
    }
  }
}
