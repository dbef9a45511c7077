// `npm run build [-- server|screens] [-- --if-stale]`: the server into build/ (tsc) and the screens
// into dist/ (Vite); both by default. Needs the devDependencies; running the result does not.
import { ALL_PARTS, buildIfStale, buildPart, type Part } from './build-parts.js';

const args = process.argv.slice(2);
const ifStale = args.includes('--if-stale');
const named = args.filter((a) => a !== '--if-stale');
const unknown = named.filter((a) => !ALL_PARTS.includes(a as Part));
if (unknown.length > 0) {
  console.error(`usage: npm run build [-- server|screens ...] [-- --if-stale]   (unknown: ${unknown.join(' ')})`);
  process.exit(2);
}
const parts = named.length > 0 ? (named as Part[]) : ALL_PARTS;
try {
  if (ifStale) await buildIfStale(parts);
  else for (const part of parts) await buildPart(part);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
