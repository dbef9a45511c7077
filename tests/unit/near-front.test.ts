// "Near the front" for the call-back notification: places ahead or minutes to the predicted call.
import { describe, expect, it } from 'vitest';
import { isNearFront, minutesToCall, nearCount } from '../../shared/rules/near-front.js';
import { RUN_AT } from '../support/test-dates.js';

describe('near the front', () => {
  it('by places: at most that many ahead; never while no counter can call the ticket', () => {
    const notice = { by: 'places', at: 3 } as const;
    expect(isNearFront(notice, { ahead: 4, minutesToCall: 1 })).toBe(false);
    expect(isNearFront(notice, { ahead: 3, minutesToCall: 60 })).toBe(true);
    expect(isNearFront(notice, { ahead: 0, minutesToCall: null })).toBe(true);
    expect(isNearFront(notice, { ahead: null, minutesToCall: 0 })).toBe(false);
    expect(nearCount(notice, { ahead: 2, minutesToCall: 40 })).toBe(2);
  });

  it('by minutes: from the issue time and the estimate, and never without an estimate', () => {
    const notice = { by: 'minutes', at: 10 } as const;
    const issuedAt = RUN_AT;
    const ticket = { issuedAt, estimatedWaitMinutes: 25 };
    expect(minutesToCall(ticket, issuedAt)).toBe(25);
    expect(minutesToCall(ticket, issuedAt + 15 * 60_000)).toBe(10);
    expect(minutesToCall({ issuedAt, estimatedWaitMinutes: null }, issuedAt)).toBeNull();
    // The live wait range, when the ticket has one, is what the minutes are read from.
    expect(minutesToCall({ ...ticket, waitRange: { low: 4, median: 7, high: 12 } }, issuedAt)).toBe(7);
    expect(isNearFront(notice, { ahead: 0, minutesToCall: 10.5 })).toBe(false);
    expect(isNearFront(notice, { ahead: 9, minutesToCall: 10 })).toBe(true);
    expect(isNearFront(notice, { ahead: 0, minutesToCall: null })).toBe(false);
    expect(nearCount(notice, { ahead: null, minutesToCall: 9.2 })).toBe(10);
    // Past its predicted call and still waiting: "about a minute".
    expect(nearCount(notice, { ahead: null, minutesToCall: -4 })).toBe(1);
  });
});
