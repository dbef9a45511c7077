// The ticket state machine: every (state, action) pair, allowed or refused.
import { describe, expect, it } from 'vitest';
import { allowedTicketActions, nextState, TICKET_ACTIONS, type TicketAction } from '../../shared/rules/ticket-state.js';
import { TICKET_STATES, type TicketState } from '../../shared/types.js';

/** The allowed moves, written out from the brief; every pair not listed here must be refused. */
const ALLOWED: Record<string, TicketState> = {
  'waiting/call': 'called',
  'waiting/cancel': 'cancelled',
  'called/recall': 'called',
  'called/start': 'serving',
  'called/no-show': 'no-show',
  'called/transfer': 'waiting',
  'serving/finish': 'done',
  'serving/move-on': 'waiting',
  'serving/transfer': 'waiting',
};

describe('nextState', () => {
  const pairs = TICKET_STATES.flatMap((state) => TICKET_ACTIONS.map((action) => [state, action] as const));

  it('covers every state and action', () => {
    expect(pairs).toHaveLength(6 * 8);
  });

  it.each(pairs)('%s + %s', (state: TicketState, action: TicketAction) => {
    expect(nextState(state, action)).toBe(ALLOWED[`${state}/${action}`] ?? null);
  });

  it('a finished, no-show or cancelled ticket can never move again', () => {
    for (const state of ['done', 'no-show', 'cancelled'] as const) {
      expect(TICKET_ACTIONS.map((a) => nextState(state, a))).toEqual(TICKET_ACTIONS.map(() => null));
    }
  });
});

describe('allowedTicketActions', () => {
  it('is the state machine, with no-show only once recalled the center’s number of times — and no recall beyond it', () => {
    expect([...allowedTicketActions({ state: 'called', recallCount: 1 }, 2)]).toEqual(['recall', 'start', 'transfer']);
    expect([...allowedTicketActions({ state: 'called', recallCount: 2 }, 2)]).toEqual(['start', 'no-show', 'transfer']);
    // A manager lowered the limit after the recalls: still no more, and the no-show is there.
    expect([...allowedTicketActions({ state: 'called', recallCount: 3 }, 1)]).toEqual(['start', 'no-show', 'transfer']);
    // No recalls before a no-show: none at all.
    expect([...allowedTicketActions({ state: 'called', recallCount: 0 }, 0)]).toEqual(['start', 'no-show', 'transfer']);
    expect([...allowedTicketActions({ state: 'serving', recallCount: 0 }, 2)]).toEqual(['finish', 'transfer']);
    expect([...allowedTicketActions({ state: 'waiting', recallCount: 0 }, 2)]).toEqual(['call', 'cancel']);
    for (const state of TICKET_STATES) {
      for (const action of allowedTicketActions({ state, recallCount: 9 }, 2)) expect(nextState(state, action)).not.toBeNull();
    }
  });
});

describe('move-on', () => {
  it('moving on is never offered as a button of its own: Finish does it', () => {
    expect([...allowedTicketActions({ state: 'serving', recallCount: 0 }, 2)]).not.toContain('move-on');
  });
});
