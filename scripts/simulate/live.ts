// Live mode: signs the demo staff in and plays the asked number of days one after another.
import type { CatalogView } from '../../shared/types.js';
import { seededRng } from '../../tests/support/prng.js';
import { playDay, type DayStaff } from './live-day.js';
import type { LiveOptions } from './options.js';
import { ServerClock } from './server-clock.js';
import { ok, SimClient } from './sim-client.js';

/** The center's catalogue, and its staff signed in: a clerk per counter, the leader and the issuer. */
export async function signInDayStaff(
  o: Pick<LiveOptions, 'url' | 'centerId' | 'password' | 'clerkPrefix' | 'leader' | 'reception'>,
): Promise<{ catalog: CatalogView; staff: DayStaff }> {
  const account = (username: string) => new SimClient(o.url, { username, password: o.password });
  const kiosk = new SimClient(o.url);
  const catalog = ok(await kiosk.get<CatalogView>(`/api/centers/${encodeURIComponent(o.centerId)}/catalog`), 'catalog');
  const staff: DayStaff = {
    // Staff-issued tickets are not held to the kiosks' per-minute limit, which runs in real time.
    issuer: o.reception ? account(o.reception) : kiosk,
    leader: o.leader ? account(o.leader) : null,
    clerks: new Map(catalog.counters.map((c) => [c.number, account(`${o.clerkPrefix}${c.number}`)])),
  };
  await Promise.all([staff.issuer, staff.leader, ...staff.clerks.values()].flatMap((c) => (c ? [c.login()] : [])));
  return { catalog, staff };
}

export async function playDays(o: LiveOptions): Promise<void> {
  const { staff } = await signInDayStaff(o);
  const rng = seededRng(o.seed);
  const clock = new ServerClock(Date.now(), o.speed);
  for (let d = 0; d < o.days; d++) {
    const started = Date.now();
    const day = await playDay({ centerId: o.centerId, citizens: o.citizens, rng, clock, staff, log: (line) => console.log(line) });
    const minutes = (m: number | null) => (m === null ? '—' : `${m.toFixed(1)} min`);
    const mae = `${minutes(day.estimateMae)} (mean wait ${minutes(day.meanWaitMinutes)}; telling everyone the mean: ${minutes(day.constantGuessMae)})`;
    console.log(
      `${day.date}: ${day.issued} tickets (${day.procedures} procedures, ${day.refused} refused), ${day.served} served, ` +
        `${day.noShows} no-shows, ${day.fastTrack} fast-track; estimate MAE ${mae}; ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
}
