// Whether the center is receiving citizens right now, and its calendar (sessions, fast-track
// procedures and checklists). The calendar is fetched once and again when a manager changes it (the
// host forwards CenterFeed's 'calendar:updated' to reload()); open/closed is then computed here, at
// every minute of the server's clock, by the same pure rules the server uses — no polling.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { calendarRules, sessionStatus } from '../../shared/rules/session-status.js';
import type { CalendarView, SessionStatus } from '../../shared/types.js';
import { getCalendar, getSessionStatus } from '../../ui/data/calendar.js';
import { serverNow } from '../../ui/server-time.js';

const MINUTE = 60_000;
/** Without an answer (server away) ask again after this. */
const RETRY_MS = 15_000;

export class SessionWatch implements ReactiveController {
  /** Null until the server has answered once; screens behave as if open until then. */
  status: SessionStatus | null = null;
  calendar: CalendarView | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly centerId: string,
  ) {
    host.addController(this);
  }

  /** True only when the server's calendar says so: outside every session. */
  get closed(): boolean {
    return this.status !== null && this.status.open === null;
  }

  hostConnected(): void {
    void this.reload();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Fetches the calendar and the server's time again (calendar changed, reconnect, a refused ticket). */
  async reload(): Promise<void> {
    const [calendar, status] = await Promise.all([getCalendar(this.centerId), getSessionStatus(this.centerId)]);
    clearTimeout(this.timer);
    if ('error' in calendar || 'error' in status) {
      this.timer = setTimeout(() => void this.reload(), RETRY_MS);
      return;
    }
    this.calendar = calendar;
    this.tick();
  }

  /** Recomputes the status for the server's current minute, then waits for the next minute. */
  private tick(): void {
    if (!this.calendar) return;
    const { calendar, rule } = calendarRules(this.calendar);
    const now = serverNow();
    this.status = sessionStatus(calendar, rule, now);
    this.host.requestUpdate();
    this.timer = setTimeout(() => this.tick(), MINUTE - (now % MINUTE) + 500);
  }
}
