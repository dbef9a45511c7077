// Applies live events to a center snapshot. Pure, so every screen draws the same state and a unit
// test can replay a day.
import type { TicketEvent } from '../shared/events.js';
import type { CenterSnapshot, CounterView } from '../shared/types.js';

export const RECENT_CALLS_SHOWN = 10;

export function applyTicketEvent(state: CenterSnapshot, event: TicketEvent): CenterSnapshot {
  const next: CenterSnapshot = { ...state, waiting: event.change.waiting };
  if (event.name === 'ticket:called') {
    next.recentCalls = [event.change.call, ...state.recentCalls].slice(0, RECENT_CALLS_SHOWN);
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
