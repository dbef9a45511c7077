// The ticket state machine: every (state, action) pair, allowed or refused.
import { describe, expect, it } from 'vitest';
import { isAtCounter, nextState, TICKET_ACTIONS, type TicketAction } from '../../shared/rules/ticket-state.js';
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
  'serving/transfer': 'waiting',
};

describe('nextState', () => {
  const pairs = TICKET_STATES.flatMap((state) => TICKET_ACTIONS.map((action) => [state, action] as const));

  it('covers every state and action', () => {
    expect(pairs).toHaveLength(6 * 7);
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

describe('isAtCounter', () => {
  it('only called and serving tickets occupy a counter', () => {
    expect(TICKET_STATES.filter(isAtCounter)).toEqual(['called', 'serving']);
  });
});
