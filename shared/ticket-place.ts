// A waiting ticket's new place merged into the status its phone holds. The phone's page does it with
// each 'ticket:place' (ui/ticket-feed.ts), and the server the same way to keep what the phone holds
// (server/realtime/ticket-watch.ts), so the two never drift apart.
import type { TicketPlace, TicketStatus } from './types.js';

export function withPlace(status: TicketStatus, place: TicketPlace): TicketStatus {
  return { ...status, ahead: place.ahead, aheadReason: place.aheadReason, callableFrom: place.callableFrom, waitRange: place.waitRange };
}
