// `npm run docs:routes`: writes docs/security.md's route table from the route declarations.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApplication } from '../server/app.js';
import { systemClock } from '../server/domain/clock.js';
import { withRouteTable } from '../server/http/route-table.js';
import { Store } from '../server/store/database.js';

const doc = new URL('../docs/security.md', import.meta.url);
// The declarations need an application to close over; an empty database serves.
const dir = mkdtempSync(join(tmpdir(), 'motcua-routes-'));
const store = new Store(join(dir, 'motcua.sqlite'));
const app = createApplication({ store, clock: systemClock, distDir: dir });
writeFileSync(doc, withRouteTable(readFileSync(doc, 'utf8'), app.routes));
await app.close();
store.close();
rmSync(dir, { recursive: true, force: true });
console.log(`docs/security.md: ${app.routes.length} routes`);
