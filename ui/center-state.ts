// Applies live events to a center snapshot. Pure, so every screen draws the same state and a unit
// test can replay a day.
import type { TicketEvent } from '../shared/events.js';
import type { CenterSnapshot, CounterView } from '../shared/types.js';

export const RECENT_CALLS_SHOWN = 10;

export function applyTicketEvent(state: CenterSnapshot, event: TicketEvent): CenterSnapshot {
  const next: CenterSnapshot = { ...state, waiting: event.change.waiting };
  // The last calls name each ticket once, at its latest call (a recall moves it to the top); a
  // no-show leaves them. The server's snapshot keeps the same rule (store/ticket-queries.ts).
  if (event.name === 'ticket:called') {
    const { call } = event.change;
    next.recentCalls = [call, ...state.recentCalls.filter((c) => c.ticketId !== call.ticketId)].slice(0, RECENT_CALLS_SHOWN);
  } else if (event.name === 'ticket:no-show') {
    next.recentCalls = state.recentCalls.filter((c) => c.ticketId !== event.change.ticket.id);
  }
  return next;
}

export function applyCounterUpdate(state: CenterSnapshot, counter: CounterView): CenterSnapshot {
  const exists = state.counters.some((c) => c.id === counter.id);
  return {
    ...state,
    counters: exists
      ? state.counters.map((c) => (c.id === counter.id ? counter : c))
      : [...state.counters, counter].sort((a, b) => a.number - b.number),
  };
}
