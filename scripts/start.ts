// `npm start`: builds the screens when the sources are newer than the last build, then starts the server.
import { buildScreensIfStale } from './build-screens.js';

await buildScreensIfStale();
await import('../server/main.js');
