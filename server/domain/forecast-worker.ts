// The worker thread the wait range is computed in (wait-forecaster.ts): the forward plays take tens
// of milliseconds a center, which the thread that answers Call next must never spend.
import { parentPort } from 'node:worker_threads';
import { forecastWaits, type ForecastInput } from '../../shared/rules/wait-forecast.js';

const port = parentPort;
if (!port) throw new Error('forecast-worker.ts runs as a worker thread');
port.on('message', ({ id, input }: { id: number; input: ForecastInput }) => {
  port.postMessage({ id, result: forecastWaits(input) });
});
