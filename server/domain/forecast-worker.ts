// The worker thread the wait range is computed in (wait-forecaster.ts): the forward plays take tens
// of milliseconds a center, which the thread that answers Call next must never spend.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { forecastWaits, type ForecastInput } from '../../shared/rules/wait-forecast.js';

const port = parentPort;
if (!port) throw new Error('forecast-worker.ts runs as a worker thread');
// The lowest priority for this thread alone (Linux keeps a nice value per thread): on a busy box the
// threads answering requests go first, and a forecast only comes a little later.
try {
  setPriority(19);
} catch {
  // Not allowed here (some containers): it runs at the server's priority.
}
// How long the plays took, here: the forecaster spaces a center's forecasts by it (not by its own
// wait, which counts this thread's start and the messages).
port.on('message', ({ id, input }: { id: number; input: ForecastInput }) => {
  const started = performance.now();
  const result = forecastWaits(input);
  port.postMessage({ id, result, ms: performance.now() - started });
});
