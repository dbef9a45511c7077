import { serverTimeKnown } from '../server-time.js';
import { request } from './http.js';

/** Asks the server its time once, unless an answer has told it already (request() notes it). */
export async function syncServerTime(): Promise<void> {
  if (!serverTimeKnown()) await request<{ serverTime: number }>('GET', '/api/time');
}
