// Gets the citizen's attention when the ticket is called (or called again): the phone vibrates, and
// chimes if sound may play. Phones keep audio locked until a tap on the page, so the page offers a
// "turn on the sound" button while the ticket waits; vibration needs no tap on most Android phones.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TicketStatus } from '../../shared/types.js';
import { playChime } from '../common/chime.js';

const VIBRATION = [400, 200, 400, 200, 400];

/** A call the citizen has not been alerted to yet: the first call, or a recall. */
export function isNewCall(status: TicketStatus, previous: TicketStatus | null): boolean {
  if (status.state !== 'called') return false;
  return previous === null
    ? false // Opening the page on a called ticket shows the call; nothing to alert.
    : previous.state !== 'called' || status.recallCount > previous.recallCount;
}

export class CallAlert implements ReactiveController {
  private ctx: AudioContext | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Sound can play (the browser allowed it, or the citizen tapped the button). */
  get soundOn(): boolean {
    return this.ctx?.state === 'running';
  }

  /** Whether this browser can make sound at all (the button is pointless otherwise). */
  get soundAvailable(): boolean {
    return this.ctx !== null;
  }

  hostConnected(): void {
    try {
      this.ctx = new AudioContext();
      this.ctx.addEventListener('statechange', () => this.host.requestUpdate());
    } catch {
      this.ctx = null;
    }
  }

  hostDisconnected(): void {
    void this.ctx?.close();
    this.ctx = null;
  }

  /** Must run inside a tap. */
  enableSound(): void {
    void this.ctx?.resume();
  }

  alert(): void {
    navigator.vibrate?.(VIBRATION);
    if (this.ctx?.state === 'running') void playChime(this.ctx);
  }
}
