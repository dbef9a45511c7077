// `npm run simulate`: realistic days at a ward center, for demos and to measure the wait estimate.
//
//   Live, against a running server (start it with an accelerated clock, e.g. MOTCUA_CLOCK_SPEED=300
//   MOTCUA_CLOCK=2026-11-27T07:20:00+07:00 for a Friday):
//     npm run simulate -- --url http://localhost:3000 --speed 300 [--days 1] [--citizens 200] [--seed 1]
//   History, written straight into a database file before the server starts (a year over HTTP is slow):
//     npm run simulate -- --history 365 --data-dir data [--citizens 200] [--until 2026-11-23]
import { readOptions } from './options.js';
import { fillHistory } from './history.js';
import { playDays } from './live.js';

const options = readOptions(process.argv.slice(2), process.env);
if (options.mode === 'history') await fillHistory(options);
else await playDays(options);
