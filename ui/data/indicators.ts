// The province's indicators of a center over a period, and its per-dossier exports (managers, admins
// and leaders of the center or of its province).
import { addDays } from '../../shared/rules/sessions.js';
import type { IndicatorsView, Lang } from '../../shared/types.js';
import { request } from './http.js';

/** The indicators panels (the board's, the leader's, the province's) look back this many days, today included. */
const RECENT_DAYS = 30;

interface Period {
  from: string;
  to: string;
}

const url = (centerId: string, ext: '' | '.csv' | '.json', q: Period) =>
  `/api/centers/${encodeURIComponent(centerId)}/indicators${ext}?${new URLSearchParams({ from: q.from, to: q.to }).toString()}`;

export const getIndicators = (centerId: string, q: Period) => request<IndicatorsView>('GET', url(centerId, '', q));
/** The last RECENT_DAYS days up to `today` (the center's local date). */
export const recentIndicators = (centerId: string, today: string) =>
  getIndicators(centerId, { from: addDays(today, 1 - RECENT_DAYS), to: today });
/** Links, not fetches: the browser downloads the file with the session cookie. */
export const indicatorsCsvUrl = (centerId: string, q: Period, lang: Lang) => `${url(centerId, '.csv', q)}&lang=${lang}`;
export const indicatorsJsonUrl = (centerId: string, q: Period) => url(centerId, '.json', q);
