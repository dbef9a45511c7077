// Who is ahead of a ticket (shared/rules/ahead.ts): a replay of Call next at one instant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeInQueue, placesInQueue, replayCalls, type NumberedCounter, type QueueSnapshot } from '../../shared/rules/ahead.js';
import { pickNext, type PriorityPolicy, type QueueCandidate } from '../../shared/rules/call-order.js';

const STRICT: PriorityPolicy = { mode: 'strict', every: 3 };
const EVERY_3: PriorityPolicy = { mode: 'interleaved', every: 3 };
const A = 10;
const B = 20;
const C = 30;

function ticket(id: number, fieldId: number, issuedAt: number, more: Partial<QueueCandidate> = {}): QueueCandidate {
  return { id, fieldId, isPriority: false, issuedAt, transferredAt: null, targetCounterId: null, ...more };
}

const counter = (number: number, fieldIds: number[], more: Partial<NumberedCounter> = {}): NumberedCounter => ({
  id: 100 + number,
  number,
  status: 'open',
  fieldIds,
  ...more,
});

const snapshot = (counters: NumberedCounter[], waiting: QueueCandidate[], more: Partial<QueueSnapshot> = {}): QueueSnapshot => ({
  counters,
  waiting,
  policy: EVERY_3,
  normalsSince: new Map(),
  now: 1000,
  ...more,
});

describe('placeInQueue', () => {
  it('counts the other fields its counter calls first: an elderly B ticket behind a normal A ticket at counter 1 (A, B)', () => {
    const s = snapshot(
      [counter(1, [A, B]), counter(3, [B, A], { status: 'closed' })],
      [ticket(1, A, 10), ticket(2, B, 20, { isPriority: true })],
    );
    expect(placeInQueue(2, s)).toEqual({ ahead: 1, reason: null });
    expect(placeInQueue(1, s)).toEqual({ ahead: 0, reason: null });
  });

  it('counts only the calls of the counters that can call the ticket: another field served elsewhere is not ahead', () => {
    // Counter 1 calls A1 while counter 2 calls B1; then counter 1 calls A2.
    const s = snapshot([counter(1, [A]), counter(2, [B])], [ticket(1, A, 10), ticket(2, B, 5), ticket(3, A, 20)]);
    expect(replayCalls(s)).toEqual([
      { ticketId: 1, counterId: 101 },
      { ticketId: 2, counterId: 102 },
      { ticketId: 3, counterId: 101 },
    ]);
    expect(placeInQueue(3, s)).toEqual({ ahead: 1, reason: null });
  });

  it('a counter that empties its first field moves on to the next one it serves', () => {
    // Counter 2 (B, A) helps with A once B is empty: A3 is called third, by counter 2.
    const s = snapshot([counter(1, [A]), counter(2, [B, A])], [ticket(1, A, 1), ticket(2, A, 2), ticket(3, A, 3), ticket(4, B, 4)]);
    expect(replayCalls(s).map((c) => c.ticketId)).toEqual([1, 4, 2, 3]);
    // Counter 2 called B4 before: both counters can call A3.
    expect(placeInQueue(3, s)).toEqual({ ahead: 3, reason: null });
  });

  it("the fallback lane: with no fast-track counter, a counter takes its fields' fast lane first", () => {
    const s = snapshot(
      [counter(1, [A, B], { fastLaneFallback: true })],
      [ticket(1, A, 10), ticket(2, A, 20, { lane: 'fast' }), ticket(3, B, 30, { lane: 'fast' })],
    );
    expect(placeInQueue(1, s)).toEqual({ ahead: 2, reason: null });
  });

  it('transfers and started bookings go first; a booking before its slot is not ahead, and is told so', () => {
    const s = snapshot(
      [counter(1, [A])],
      [
        ticket(1, A, 10),
        ticket(2, A, 50, { lane: 'booking', notBefore: 900 }),
        ticket(3, A, 60, { lane: 'booking', notBefore: 1200 }),
        ticket(4, A, 70, { transferredAt: 500 }),
      ],
      { policy: STRICT },
    );
    expect(placesInQueue(s)).toEqual(
      new Map([
        [1, { ahead: 2, reason: null }],
        [2, { ahead: 1, reason: null }],
        [3, { ahead: null, reason: 'slot-not-started' }],
        [4, { ahead: 0, reason: null }],
      ]),
    );
  });

  it('no open counter that could call it: paused and closed counters call nobody; a transfer waits for its own counter', () => {
    const s = snapshot(
      [counter(1, [A], { status: 'paused' }), counter(2, [B]), counter(4, [C], { status: 'closed' })],
      [ticket(1, A, 10), ticket(2, C, 10), ticket(3, B, 10, { transferredAt: 20, targetCounterId: 104 }), ticket(4, B, 10)],
    );
    expect(placeInQueue(1, s)).toEqual({ ahead: null, reason: 'no-open-counter' });
    expect(placeInQueue(2, s)).toEqual({ ahead: null, reason: 'no-open-counter' });
    expect(placeInQueue(3, s)).toEqual({ ahead: null, reason: 'no-open-counter' });
    expect(placeInQueue(4, s)).toEqual({ ahead: 0, reason: null });
  });

  it("for a single open counter, the ticket's place is its position in the sequence Call next presses take (random queues)", () => {
    const candidate = fc.record({
      field: fc.constantFrom(A, B, C),
      isPriority: fc.boolean(),
      issuedAt: fc.integer({ min: 0, max: 6 }),
      transferredAt: fc.option(fc.integer({ min: 10, max: 20 }), { nil: null }),
      lane: fc.constantFrom('walk-in' as const, 'walk-in' as const, 'fast' as const, 'booking' as const),
      notBefore: fc.integer({ min: 500, max: 1500 }),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 14 }),
        fc.shuffledSubarray([A, B, C], { minLength: 1 }),
        fc.boolean(),
        fc.oneof(
          fc.constant(STRICT),
          fc.integer({ min: 1, max: 4 }).map((every): PriorityPolicy => ({ mode: 'interleaved', every })),
        ),
        fc.dictionary(fc.constantFrom(String(A), String(B), String(C)), fc.integer({ min: 0, max: 5 })),
        (cs, fields, fallback, policy, sinceByField) => {
          const waiting = cs.map((c, i) =>
            ticket(i + 1, c.field, c.issuedAt, {
              isPriority: c.isPriority,
              transferredAt: c.transferredAt,
              lane: c.lane,
              notBefore: c.lane === 'booking' ? c.notBefore : null,
            }),
          );
          const only = counter(1, fields, { fastLaneFallback: fallback });
          const normalsSince = new Map(Object.entries(sinceByField).map(([f, n]) => [Number(f), n]));
          // Press Call next until the queue is empty, keeping the fairness count the way the server does.
          const left = [...waiting];
          const since = new Map(normalsSince);
          const pressed: number[] = [];
          for (let pick = pickNext(only, left, policy, since, 1000); pick.ok; pick = pickNext(only, left, policy, since, 1000)) {
            const t = pick.ticket;
            pressed.push(t.id);
            left.splice(left.indexOf(t), 1);
            if (t.transferredAt === null && t.isPriority) since.set(t.fieldId, 0);
            else if (t.transferredAt === null && since.has(t.fieldId)) since.set(t.fieldId, since.get(t.fieldId)! + 1);
          }
          const places = placesInQueue(snapshot([only], waiting, { policy, normalsSince }));
          for (const t of waiting) {
            const position = pressed.indexOf(t.id);
            expect(places.get(t.id)!.ahead).toBe(position < 0 ? null : position);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
