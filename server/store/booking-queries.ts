// SQL for bookings made ahead for a slot of a session.
import type { BookingState, BookingView } from '../../shared/types.js';
import type { Store } from './database.js';

interface BookingRow {
  code: string;
  center_id: string;
  procedure_id: number;
  date: string;
  slot_start: number;
  slot_end: number;
  citizen_name: string;
  state: BookingState;
  ticket_id: number | null;
}

const toBooking = (r: BookingRow): BookingView => ({
  code: r.code,
  centerId: r.center_id,
  procedureId: r.procedure_id,
  date: r.date,
  slotStart: r.slot_start,
  slotEnd: r.slot_end,
  citizenName: r.citizen_name,
  state: r.state,
  ticketId: r.ticket_id,
});

export function getBooking(store: Store, code: string): BookingView | undefined {
  const row = store.first<BookingRow>('SELECT * FROM bookings WHERE code = ?', code);
  return row && toBooking(row);
}

/** Live bookings per slot start of a day: all of them, and those of one procedure. */
export function slotCounts(store: Store, centerId: string, date: string, procedureId: number) {
  return store.all<{ slot_start: number; booked: number; procedure_booked: number }>(
    `SELECT slot_start, COUNT(*) AS booked, SUM(procedure_id = ?) AS procedure_booked FROM bookings
     WHERE center_id = ? AND date = ? AND state <> 'cancelled' GROUP BY slot_start`,
    procedureId,
    centerId,
    date,
  );
}

export function insertBooking(
  store: Store,
  b: Omit<BookingView, 'state' | 'ticketId'> & { phone: string | null; createdAt: number; createdBy: number | null },
): void {
  store.run(
    `INSERT INTO bookings (code, center_id, procedure_id, date, slot_start, slot_end, citizen_name, phone, state,
       created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?)`,
    b.code,
    b.centerId,
    b.procedureId,
    b.date,
    b.slotStart,
    b.slotEnd,
    b.citizenName,
    b.phone,
    b.createdAt,
    b.createdBy,
  );
}

export function codeTaken(store: Store, code: string): boolean {
  return store.first('SELECT 1 FROM bookings WHERE code = ?', code) !== undefined;
}

export function setBookingState(store: Store, code: string, state: BookingState, ticketId: number | null): void {
  store.run('UPDATE bookings SET state = ?, ticket_id = ? WHERE code = ?', state, ticketId, code);
}
