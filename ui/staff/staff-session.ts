// What a staff screen holds once someone signs in: who, their center's catalogue and its live feed.
// Staff screens show the staff member's own center, whatever the URL says; only the board follows
// the ward a province manager opened (StaffShell's followCenter).
import type { ReactiveControllerHost } from 'lit';
import type { CatalogView, CenterInfo, CounterView, StaffView } from '../../shared/types.js';
import { CenterFeed, type CenterFeedHandlers } from '../center-feed.js';
import { logout } from '../data/auth.js';
import { getCatalog } from '../data/centers.js';

export class StaffSession {
  staff: StaffView | null = null;
  catalog: CatalogView | null = null;
  feed: CenterFeed | null = null;
  /** Moves on every ticket event and every (re)join, so ticket lists know when to reload. */
  revision = 0;
  loadError: string | null = null;

  /** `handlers` get the screen's own share of the feed's events (the one socket of the page). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly handlers: CenterFeedHandlers = {},
  ) {}

  async signedIn(staff: StaffView): Promise<void> {
    this.staff = staff;
    const res = await getCatalog(staff.centerId);
    if ('error' in res) {
      this.loadError = res.error.message;
    } else {
      this.loadError = null;
      this.catalog = res;
      const bump = () => {
        this.revision++;
        this.host.requestUpdate();
      };
      const { handlers } = this;
      this.feed = new CenterFeed(this.host, staff.centerId, {
        ...handlers,
        onSnapshot: (snapshot) => {
          // The settings may have changed while the link was down.
          this.followCenter(snapshot.center);
          bump();
          handlers.onSnapshot?.(snapshot);
        },
        onCenterUpdated: (center) => {
          this.followCenter(center);
          handlers.onCenterUpdated?.(center);
        },
        onTicketEvent: (event) => {
          bump();
          handlers.onTicketEvent?.(event);
        },
      });
    }
    this.host.requestUpdate();
  }

  async signOut(): Promise<void> {
    await logout();
    if (this.feed) {
      this.feed.hostDisconnected();
      this.host.removeController(this.feed);
    }
    this.staff = null;
    this.catalog = null;
    this.feed = null;
    this.host.requestUpdate();
  }

  /** Counters as the feed last saw them (live status and holder); the public catalogue has no live state. */
  get counters(): CounterView[] {
    return this.feed?.snapshot?.counters ?? [];
  }

  /** Keeps the catalogue's center settings as the feed reports them: a manager may change the queue rules meanwhile. */
  private followCenter(center: CenterInfo): void {
    if (this.catalog && JSON.stringify(this.catalog.center) !== JSON.stringify(center)) this.catalog = { ...this.catalog, center };
  }

  /** Only a link that was up and went down counts as lost, so nothing flashes while first connecting. */
  get connected(): boolean {
    return !this.feed || this.feed.connected || this.feed.snapshot === null;
  }
}
