// Sessions, holidays and fast-track settings: read by every screen, edited by managers.
import type {
  FastTrackSettingsRequest, HolidayRequest, OutreachRequest, WeeklySessionsRequest,
} from '../../shared/schemas.js';
import type { CalendarView, OutreachView, SessionStatus } from '../../shared/types.js';
import { request } from './http.js';

const base = (centerId: string) => `/api/centers/${encodeURIComponent(centerId)}`;

export const getCalendar = (centerId: string) => request<CalendarView>('GET', `${base(centerId)}/calendar`);
export const getSessionStatus = (centerId: string) => request<SessionStatus>('GET', `${base(centerId)}/session`);

export const saveWeeklySessions = (centerId: string, req: WeeklySessionsRequest) =>
  request<CalendarView>('POST', `${base(centerId)}/calendar/weekly`, req);
export const addOutreach = (centerId: string, req: OutreachRequest) =>
  request<OutreachView>('POST', `${base(centerId)}/calendar/outreach`, req);
export const deleteOutreach = (centerId: string, id: number) =>
  request<CalendarView>('POST', `${base(centerId)}/calendar/outreach/${id}/delete`);
export const addHoliday = (centerId: string, req: HolidayRequest) =>
  request<CalendarView>('POST', `${base(centerId)}/calendar/holidays`, req);
export const deleteHoliday = (centerId: string, date: string) =>
  request<CalendarView>('POST', `${base(centerId)}/calendar/holidays/${date}/delete`);
export const saveFastTrack = (centerId: string, req: FastTrackSettingsRequest) =>
  request<CalendarView>('POST', `${base(centerId)}/fast-track`, req);
