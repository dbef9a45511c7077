// The citizen's name and phone typed for Form 01 are personal data: each center keeps them for the
// months it sets (24 by default), counted from the day the dossier was received; then a purge clears
// them from the lines. It runs when the server starts and once a day after.
import { localDate } from '../../shared/rules/local-time.js';
import { personalDataCutoff } from '../../shared/rules/personal-data.js';
import { unrefInterval, type Every } from '../ops/every.js';
import { listCenters } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import { clearPersonalDataBefore } from '../store/personal-data-queries.js';
import type { Clock } from './clock.js';

const DAY_MS = 86_400_000;

export class PersonalDataRetention {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Clears the name and phone of every center's lines received before its retention; the lines cleared. */
  purge(): number {
    const now = this.clock();
    return this.store.transaction(() =>
      listCenters(this.store).reduce(
        (cleared, c) =>
          cleared + clearPersonalDataBefore(this.store, c.id, personalDataCutoff(localDate(now, c.timezone), c.personalDataMonths)),
        0,
      ),
    );
  }

  /** Purges now and then every day; returns the function that stops it. */
  schedule(onError: (err: unknown) => void, every: Every = unrefInterval): () => void {
    const run = () => {
      try {
        this.purge();
      } catch (err) {
        onError(err);
      }
      return Promise.resolve();
    };
    void run();
    return every(run, DAY_MS);
  }
}
