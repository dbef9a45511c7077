// What the counter terminal lets staff do in each state, and the keys that do it. Pure, so the
// buttons, the shortcuts and the queue's "Call" buttons all agree.
import { allowedTicketActions } from '../../shared/rules/ticket-state.js';
import type { CenterInfo, CounterView, FastTrackDossier } from '../../shared/types.js';

export const COUNTER_ACTIONS = [
  'call-next',
  'recall',
  'start',
  'appraise',
  'finish',
  'no-show',
  'transfer',
  'pause',
  'resume',
  'close',
] as const;
export type CounterAction = (typeof COUNTER_ACTIONS)[number];

/** A function key, and a letter for keyboards (and remote sessions) where F-keys are taken. */
export const SHORTCUTS: Partial<Record<CounterAction, readonly [string, string]>> = {
  'call-next': ['F1', 'N'],
  recall: ['F2', 'R'],
  start: ['F3', 'S'],
  finish: ['F4', 'F'],
  appraise: ['F5', 'A'],
  'no-show': ['F6', 'V'],
  transfer: ['F7', 'T'],
  pause: ['F8', 'P'],
  resume: ['F8', 'P'],
};

/**
 * No ticket: call (next or from the list), pause, close. With a ticket: what the ticket state
 * machine and the no-show rule allow (shared/rules/ticket-state.ts), and for a fast-lane dossier
 * being served and not yet appraised, "appraised" (its dossier may still be loading: the server
 * checks the step order). A paused counter calls nobody.
 */
export function allowedActions(
  counter: CounterView,
  center: CenterInfo,
  dossier: FastTrackDossier | null = null,
): ReadonlySet<CounterAction> {
  const allowed = new Set<CounterAction>([counter.status === 'paused' ? 'resume' : 'pause']);
  const ticket = counter.current;
  if (!ticket) {
    if (counter.status === 'open') allowed.add('call-next');
    allowed.add('close');
  } else {
    // Ticket actions that are also counter buttons; calling and cancelling are done elsewhere.
    for (const action of allowedTicketActions(ticket, center.recallsBeforeNoShow)) {
      if (action !== 'call' && action !== 'cancel') allowed.add(action);
    }
    if (ticket.state === 'serving' && ticket.lane === 'fast' && !dossier?.appraisedAt) allowed.add('appraise');
  }
  return allowed;
}

/** The actions a key press stands for (F8 and P mean pause or resume, whichever applies). */
export function actionsForKey(key: string): CounterAction[] {
  const pressed = key.length === 1 ? key.toUpperCase() : key;
  return COUNTER_ACTIONS.filter((action) => SHORTCUTS[action]?.includes(pressed));
}
