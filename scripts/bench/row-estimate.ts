// Row 6: the wait-time estimate's accuracy. A simulated day (scripts/simulate) is played against a
// server whose clock runs fast: citizens take tickets, clerks call and serve, and each wait told on the
// slip is compared with the wait until the call. The bar it must clear is the error of telling every
// citizen the day's mean wait, which nobody knows in the morning.
import { seededRng } from '../../tests/support/prng.js';
import { playDay } from '../simulate/live-day.js';
import { signInDayStaff } from '../simulate/live.js';
import { ServerClock } from '../simulate/server-clock.js';
import type { RowContext } from './row-context.js';
import { startMotcua } from './servers.js';
import { CENTER_ID, PASSWORDS } from './settings.js';
import type { BenchRow } from './table.js';

const TARGET_SHARE = 0.75;

export async function estimateRow({ counts, cpuProfileDir }: RowContext): Promise<BenchRow> {
  const { at, speed, citizens } = counts.estimateDay;
  const server = await startMotcua('estimate', { cpuProfileDir, clock: { at, speed } });
  try {
    const { staff } = await signInDayStaff({
      url: server.baseUrl,
      centerId: CENTER_ID,
      password: PASSWORDS.demo,
      clerkPrefix: 'canbo',
      leader: 'lanhdao',
      reception: 'tiepdan',
    });
    const day = await playDay({
      centerId: CENTER_ID,
      citizens,
      rng: seededRng(1),
      clock: new ServerClock(Date.now(), speed),
      staff,
      log: () => {},
    });
    const mae = day.estimateMae;
    const bar = day.constantGuessMae;
    const minutes = (m: number | null) => (m === null ? 'n/a' : m.toFixed(1));
    return {
      name: 'Wait-time estimate accuracy',
      figure: `MAE ${minutes(mae)} min over ${day.served + day.noShows} calls (mean wait ${minutes(day.meanWaitMinutes)} min)`,
      target: `MAE ≤ ${TARGET_SHARE * 100}% of the baseline's`,
      baseline: `telling everyone the day's mean: MAE ${minutes(bar)} min`,
      pass: mae !== null && bar !== null && mae <= TARGET_SHARE * bar,
      data: { ...day, speed, clockAt: at },
      note:
        `Simulated ${day.date} from ${at.slice(11, 16)} at ${speed}× real time: ${day.issued} tickets, ${day.procedures} procedures, ` +
        `${day.fastTrack} fast-track, ${day.noShows} no-shows.`,
    };
  } finally {
    await server.stop();
  }
}
