// Local Vietnam wall-clock times for the settable test clock, staff signed in once per role, and the
// tables that calendar edits and bookings write (for before/after comparisons with dumpTables).
import type { IssuedTicket } from '../../shared/types.js';
import { ok, signedIn, type ApiClient, type Reply } from './http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from './test-server.js';

export { vnTime } from './test-dates.js';

/** YYYY-MM-DD as the screens and messages write it: DD/MM/YYYY. */
export function dmy(date: string): string {
  return date.split('-').reverse().join('/');
}

/** HH:MM as minutes since local midnight, as sessions and slots count them. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Signs in each demo account once (scrypt is slow), in parallel. */
export async function signInAll<const N extends string>(
  server: { readonly baseUrl: string },
  usernames: readonly N[],
): Promise<Record<N, ApiClient>> {
  const password = (u: string) => (u === 'admin' ? DEMO_PASSWORDS.admin : DEMO_PASSWORDS.demo);
  const clients = await Promise.all(usernames.map((u) => signedIn(server, u, password(u))));
  return Object.fromEntries(usernames.map((u, i) => [u, clients[i]])) as Record<N, ApiClient>;
}

/** What the kiosk asks a citizen: whether the dossier has every document of the checklist. */
export interface FastTrackAnswers {
  dossierComplete: boolean;
}

/** POST a ticket at the kiosk with the fast-track answers; the raw reply, refusals included. */
export function requestTicket(client: ApiClient, procedureIds: number[], fastTrack?: FastTrackAnswers): Promise<Reply<IssuedTicket>> {
  return client.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, fastTrack ? { procedureIds, fastTrack } : { procedureIds });
}

export async function issueFast(client: ApiClient, procedureIds: number[], fastTrack: FastTrackAnswers): Promise<IssuedTicket> {
  return ok(await requestTicket(client, procedureIds, fastTrack));
}

/** Where issuing writes. */
export const TICKET_TABLES = ['tickets', 'ticket_procedures', 'ticket_sequences', 'ticket_events'] as const;

/** Where a manager's calendar edits write. */
export const CALENDAR_TABLES = [
  'weekly_sessions',
  'outreach_sessions',
  'outreach_counters',
  'holidays',
  'fast_track_procedures',
  'centers',
  'counters',
] as const;
