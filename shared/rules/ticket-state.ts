// The ticket state machine: which action may move a ticket from which state, and where to.
import type { TicketState } from '../types.js';

export const TICKET_ACTIONS = ['call', 'recall', 'start', 'finish', 'no-show', 'transfer', 'cancel'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

const TRANSITIONS: Record<TicketAction, Partial<Record<TicketState, TicketState>>> = {
  call: { waiting: 'called' },
  recall: { called: 'called' },
  start: { called: 'serving' },
  finish: { serving: 'done' },
  'no-show': { called: 'no-show' },
  // A transferred ticket keeps its number and waits again, ahead of new tickets at its new place.
  transfer: { called: 'waiting', serving: 'waiting' },
  cancel: { waiting: 'cancelled' },
};

/** The state after `action`, or null when the action is not allowed from `from`. */
export function nextState(from: TicketState, action: TicketAction): TicketState | null {
  return TRANSITIONS[action][from] ?? null;
}

/** States in which a ticket occupies a counter. */
export function isAtCounter(state: TicketState): boolean {
  return state === 'called' || state === 'serving';
}
