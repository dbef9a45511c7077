// The fast lane and booked tickets in the call order (shared/rules/call-order.ts).
import { describe, expect, it } from 'vitest';
import { callOrder, pickNext, type CallingCounter, type QueueCandidate } from '../../shared/rules/call-order.js';

const policy = { mode: 'interleaved' as const, every: 3 };
const t = (id: number, more: Partial<QueueCandidate> = {}): QueueCandidate => ({
  id,
  fieldId: 1,
  isPriority: false,
  issuedAt: id * 1000,
  transferredAt: null,
  targetCounterId: null,
  ...more,
});
const fastDesk: CallingCounter = { id: 1, status: 'open', fieldIds: [1, 2], fastTrack: true };
const otherDesk: CallingCounter = { id: 2, status: 'open', fieldIds: [1, 2] };
const ids = (list: QueueCandidate[]) => list.map((c) => c.id);

describe('the fast lane', () => {
  const queue = [
    t(1),
    t(2, { isPriority: true }),
    t(3, { lane: 'fast' }),
    t(4, { lane: 'fast', fieldId: 9 }),
    t(5, { transferredAt: 500 }),
  ];

  it('goes first at a fast-track counter, whatever its field, before transfers and priority', () => {
    expect(ids(callOrder(fastDesk, queue, policy))).toEqual([3, 4, 5, 2, 1]);
  });

  it('is never called by another counter, which falls back to its usual order', () => {
    expect(ids(callOrder(otherDesk, queue, policy))).toEqual([5, 2, 1]);
  });

  it('lets a fast-track counter fall back to normal tickets when the lane is empty', () => {
    const pick = pickNext(fastDesk, [t(1), t(2)], policy);
    expect(pick.ok && pick.ticket.id).toBe(1);
  });
});

describe('booked tickets', () => {
  const queue = [t(1), t(2), t(3, { lane: 'booking', notBefore: 10_000 }), t(4, { lane: 'booking', notBefore: 5_000 })];

  it('wait for their slot: before it, walk-ins are called and the booking is not', () => {
    expect(ids(callOrder(otherDesk, queue, policy, new Map(), 4_999))).toEqual([1, 2]);
  });

  it('from their slot on, go ahead of earlier walk-ins, earliest slot first', () => {
    expect(ids(callOrder(otherDesk, queue, policy, new Map(), 5_000))).toEqual([4, 1, 2]);
    expect(ids(callOrder(otherDesk, queue, policy, new Map(), 10_000))).toEqual([4, 3, 1, 2]);
  });

  it('only at counters serving their field', () => {
    const elsewhere: CallingCounter = { id: 3, status: 'open', fieldIds: [2] };
    expect(ids(callOrder(elsewhere, queue, policy, new Map(), 10_000))).toEqual([]);
  });
});
