// The demo center's domain in the test's own process (no HTTP), on a fresh SQLite file of its own, on
// the test's clock, with the reception desk and counter 1's clerk signed in: for tests that play a
// day's tickets faster than a server would take them. Forecasts run only when the test asks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StaffView } from '../../shared/types.js';
import { DEMO_CENTER } from '../../server/demo/demo-center.js';
import { seedDemoCenter } from '../../server/demo/seed.js';
import { createDomain, type Domain } from '../../server/domain/index.js';
import type { Clock } from '../../server/domain/clock.js';
import { Store } from '../../server/store/database.js';

const PASSWORDS = { admin: 'test-admin-pw', demo: 'test-demo-pw' };

export interface DemoDomain {
  store: Store;
  domain: Domain;
  centerId: string;
  reception: StaffView;
  /** Counter 1's clerk (canbo1). */
  clerk: StaffView;
  /** Stops the forecasts, closes the file and removes it. */
  close: () => Promise<void>;
}

export async function demoDomain(clock: Clock): Promise<DemoDomain> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-demo-domain-'));
  const store = new Store(join(dir, 'motcua.sqlite'));
  const domain = createDomain(store, clock, () => {}, { autoForecast: false });
  await seedDemoCenter(store, clock, PASSWORDS);
  const { staff: reception } = await domain.auth.login('tiepdan', PASSWORDS.demo);
  const { staff: clerk } = await domain.auth.login('canbo1', PASSWORDS.demo);
  return {
    store,
    domain,
    centerId: DEMO_CENTER.id,
    reception,
    clerk,
    close: async () => {
      await domain.forecaster.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
