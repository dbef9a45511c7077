// Booking slots: each session of a day cut into equal slots, each with a capacity overall and per procedure.
import type { SessionSlot } from './sessions.js';

export interface SlotCount {
  booked: number;
  procedureBooked: number;
}

export interface Slot {
  start: number;
  end: number;
}

/** The slots of a day's sessions, in time order; a last piece shorter than a slot is dropped, and
 *  overlapping sessions give each slot once. */
export function slotsOf(sessions: readonly SessionSlot[], slotMinutes: number): Slot[] {
  const byStart = new Map<number, Slot>();
  for (const s of sessions) {
    for (let start = s.start; start + slotMinutes <= s.end; start += slotMinutes) {
      if (![...byStart.values()].some((x) => x.start < start + slotMinutes && start < x.end)) {
        byStart.set(start, { start, end: start + slotMinutes });
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Whether one more booking of the procedure fits in a slot. */
export function slotHasRoom(count: SlotCount, capacity: number, procedureCapacity: number): boolean {
  return count.booked < capacity && count.procedureBooked < procedureCapacity;
}
