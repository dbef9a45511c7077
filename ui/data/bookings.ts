// Booking a slot ahead, and checking in with the code at the kiosk.
import type { BookingRequest } from '../../shared/schemas.js';
import type { BookingView, IssuedTicket, SlotView } from '../../shared/types.js';
import { request } from './http.js';

const base = (centerId: string) => `/api/centers/${encodeURIComponent(centerId)}`;

export const listSlots = (centerId: string, date: string, procedureId: number) =>
  request<{ slots: SlotView[] }>('GET', `${base(centerId)}/slots?date=${date}&procedureId=${procedureId}`);
export const book = (centerId: string, req: BookingRequest) => request<BookingView>('POST', `${base(centerId)}/bookings`, req);
export const getBooking = (code: string) => request<BookingView>('GET', `/api/bookings/${encodeURIComponent(code)}`);
export const cancelBooking = (code: string) => request<BookingView>('POST', `/api/bookings/${encodeURIComponent(code)}/cancel`);
export const checkIn = (centerId: string, code: string) =>
  request<IssuedTicket>('POST', `${base(centerId)}/bookings/${encodeURIComponent(code)}/check-in`);
