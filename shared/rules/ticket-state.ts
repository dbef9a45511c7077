// The ticket state machine: which action may move a ticket from which state, and where to.
import type { TicketState } from '../types.js';

export const TICKET_ACTIONS = ['call', 'recall', 'start', 'finish', 'move-on', 'no-show', 'transfer', 'cancel'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];
/** What staff may ask for. 'move-on' is what Finish does when lines of a field not served here remain (visit-route.ts). */
export type StaffTicketAction = Exclude<TicketAction, 'move-on'>;

const TRANSITIONS: Record<TicketAction, Partial<Record<TicketState, TicketState>>> = {
  call: { waiting: 'called' },
  recall: { called: 'called' },
  start: { called: 'serving' },
  finish: { serving: 'done' },
  // Part of a visit done: the ticket keeps its number and waits in the next field, as a transfer does.
  'move-on': { serving: 'waiting' },
  'no-show': { called: 'no-show' },
  // A transferred ticket keeps its number and waits again, ahead of new tickets at its new place.
  transfer: { called: 'waiting', serving: 'waiting' },
  cancel: { waiting: 'cancelled' },
};

/** The state after `action`, or null when the action is not allowed from `from`. */
export function nextState(from: TicketState, action: TicketAction): TicketState | null {
  return TRANSITIONS[action][from] ?? null;
}

/** A called ticket may be marked no-show once it has been recalled the center's number of times. */
export function noShowAllowed(recallCount: number, recallsBeforeNoShow: number): boolean {
  return recallCount >= recallsBeforeNoShow;
}

/** The center's recalls are also the most a ticket gets: after them, the citizen is marked a no-show. */
export function recallAllowed(recallCount: number, recallsBeforeNoShow: number): boolean {
  return recallCount < recallsBeforeNoShow;
}

/** What may be done to a ticket now: the state machine and the recall and no-show rules together. */
export function allowedTicketActions(
  ticket: { state: TicketState; recallCount: number },
  recallsBeforeNoShow: number,
): ReadonlySet<StaffTicketAction> {
  const ruleAllows = (action: StaffTicketAction) =>
    action === 'no-show'
      ? noShowAllowed(ticket.recallCount, recallsBeforeNoShow)
      : action !== 'recall' || recallAllowed(ticket.recallCount, recallsBeforeNoShow);
  return new Set(
    TICKET_ACTIONS.filter((action): action is StaffTicketAction => action !== 'move-on').filter(
      (action) => nextState(ticket.state, action) !== null && ruleAllows(action),
    ),
  );
}
