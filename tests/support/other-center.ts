// A second center, copied from the demo center's settings, with one account per role: staff who
// must be refused whatever they try on the demo center.
import { hashPassword } from '../../server/domain/password.js';
import type { Store } from '../../server/store/database.js';
import { insertStaff } from '../../server/store/staff-queries.js';
import { ROLES, type Role } from '../../shared/types.js';
import { DEMO_CENTER_ID } from './test-server.js';

export const OTHER_CENTER_ID = 'an-khanh-test';
export const OTHER_PASSWORD = 'other-center-pass';

/** Adds the center and its staff (usernames `other.<role>`); returns the usernames by role. */
export async function addOtherCenter(store: Store, at: number): Promise<Record<Role, string>> {
  const hash = await hashPassword(OTHER_PASSWORD);
  store.transaction(() => {
    // A copy of the demo center's row, whatever columns later migrations added.
    store.raw.exec(`CREATE TEMP TABLE other_center AS SELECT * FROM centers WHERE id = '${DEMO_CENTER_ID}'`);
    store.raw.prepare("UPDATE temp.other_center SET id = ?, name = 'UBND xã An Khánh (kiểm thử)'").run(OTHER_CENTER_ID);
    store.raw.exec('INSERT INTO centers SELECT * FROM temp.other_center; DROP TABLE temp.other_center');
    for (const role of ROLES) {
      insertStaff(
        store,
        { centerId: OTHER_CENTER_ID, username: `other.${role}`, displayName: `Other ${role}`, role, passwordHash: hash },
        at,
      );
    }
  });
  return Object.fromEntries(ROLES.map((r) => [r, `other.${r}`])) as Record<Role, string>;
}
