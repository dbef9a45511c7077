// The manager board, reports and the province board (managers of the center or of its province).
import type { ReportQuery } from '../../shared/schemas.js';
import type { BoardView, Lang, ProvinceView, RatingsDay, ReportView } from '../../shared/types.js';
import { request } from './http.js';

const base = (centerId: string) => `/api/centers/${encodeURIComponent(centerId)}`;
const query = (q: ReportQuery) => new URLSearchParams({ from: q.from, to: q.to, by: q.by }).toString();

export const getBoard = (centerId: string) => request<BoardView>('GET', `${base(centerId)}/board`);
export const getProvince = (centerId: string) => request<ProvinceView>('GET', `${base(centerId)}/province`);
export const getReport = (centerId: string, q: ReportQuery) => request<ReportView>('GET', `${base(centerId)}/reports?${query(q)}`);
/** A link, not a fetch: the browser downloads the file with the session cookie. */
export const reportCsvUrl = (centerId: string, q: ReportQuery, lang: Lang) => `${base(centerId)}/reports.csv?${query(q)}&lang=${lang}`;
/** Today's satisfaction figures; an error while the ratings feature is not on this server. */
export const ratingsToday = (centerId: string) => request<RatingsDay>('GET', `${base(centerId)}/ratings/today`);
