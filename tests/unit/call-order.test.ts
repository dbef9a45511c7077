// The order in which a counter calls waiting citizens (shared/rules/call-order.ts).
import { describe, expect, it } from 'vitest';
import {
  callOrder,
  mergeByPolicy,
  pickNext,
  type CallingCounter,
  type PriorityPolicy,
  type QueueCandidate,
} from '../../shared/rules/call-order.js';
import { seededRng } from '../support/prng.js';

const STRICT: PriorityPolicy = { mode: 'strict', every: 3 };
const EVERY_3: PriorityPolicy = { mode: 'interleaved', every: 3 };

function ticket(id: number, fieldId: number, issuedAt: number, more: Partial<QueueCandidate> = {}): QueueCandidate {
  return { id, fieldId, isPriority: false, issuedAt, transferredAt: null, targetCounterId: null, ...more };
}

const open = (id: number, fieldIds: number[]): CallingCounter => ({ id, status: 'open', fieldIds });
const ids = (tickets: readonly QueueCandidate[]) => tickets.map((t) => t.id);

/**
 * Presses Call next until the queue is empty, keeping the per-field fairness count the way the
 * server does (a fresh priority call resets it, a fresh normal call adds one, transfers do not count).
 */
function callAll(
  counter: CallingCounter,
  candidates: readonly QueueCandidate[],
  policy: PriorityPolicy,
  since: Map<number, number>,
): number[] {
  const waiting = [...candidates];
  const called: number[] = [];
  for (;;) {
    const pick = pickNext(counter, waiting, policy, since);
    if (!pick.ok) {
      expect(pick.reason).toBe('queue-empty');
      return called;
    }
    const t = pick.ticket;
    called.push(t.id);
    waiting.splice(waiting.indexOf(t), 1);
    if (t.transferredAt === null) since.set(t.fieldId, t.isPriority ? 0 : (since.get(t.fieldId) ?? policy.every) + 1);
  }
}

describe('callOrder: which fields a counter serves, and in which order', () => {
  const candidates = [
    ticket(1, 10, 100),
    ticket(2, 10, 300),
    ticket(3, 20, 50),
    ticket(4, 20, 200),
    ticket(5, 30, 10), // a field neither counter serves
  ];

  it('serves its first field before its second, whatever the issue times', () => {
    expect(ids(callOrder(open(1, [10, 20]), candidates, STRICT))).toEqual([1, 2, 3, 4]);
    expect(ids(callOrder(open(3, [20, 10]), candidates, STRICT))).toEqual([3, 4, 1, 2]);
  });

  it('never calls a ticket of a field it does not serve', () => {
    expect(ids(callOrder(open(1, [10]), candidates, STRICT))).toEqual([1, 2]);
    expect(pickNext(open(1, [40]), candidates, STRICT)).toEqual({ ok: false, reason: 'queue-empty' });
  });
});

describe('callOrder: transferred tickets', () => {
  const counter = open(1, [10, 20]);
  const fresh = [ticket(1, 10, 100), ticket(2, 10, 200)];
  const toField20 = ticket(3, 20, 50, { transferredAt: 900 });
  // Transferred to this very counter, even from a field it does not serve.
  const toThisCounter = ticket(4, 30, 300, { transferredAt: 800, targetCounterId: 1 });
  const toField10 = ticket(5, 10, 10, { transferredAt: 950 });

  it('go before every fresh ticket, the oldest transfer first', () => {
    expect(ids(callOrder(counter, [...fresh, toField20, toThisCounter, toField10], STRICT))).toEqual([4, 3, 5, 1, 2]);
  });

  it('go first even before priority citizens', () => {
    const priority = ticket(6, 10, 1, { isPriority: true });
    expect(ids(callOrder(counter, [priority, toField10], STRICT))).toEqual([5, 6]);
    expect(ids(callOrder(counter, [priority, toField10], EVERY_3))).toEqual([5, 6]);
  });

  it('a ticket transferred to another counter is never called here, even in a field served here', () => {
    const forCounter2 = ticket(7, 10, 1, { transferredAt: 500, targetCounterId: 2 });
    expect(ids(callOrder(counter, [forCounter2, ...fresh], STRICT))).toEqual([1, 2]);
    expect(pickNext(counter, [forCounter2], STRICT)).toEqual({ ok: false, reason: 'queue-empty' });
    expect(pickNext(open(2, [10]), [...fresh, forCounter2], STRICT)).toEqual({ ok: true, ticket: forCounter2 });
  });

  it('a ticket transferred to a field the counter does not serve is not called here', () => {
    const toField30 = ticket(8, 30, 1, { transferredAt: 500 });
    expect(ids(callOrder(counter, [toField30, ...fresh], STRICT))).toEqual([1, 2]);
  });
});

describe('callOrder: priority citizens', () => {
  const normals = [1, 2, 3, 4, 5, 6, 7].map((n) => ticket(n, 10, n * 10));
  const priorities = [1, 2, 3].map((n) => ticket(100 + n, 10, 1000 + n, { isPriority: true }));
  const queue = [...normals, ...priorities];
  const counter = open(1, [10]);

  it('strict mode: every priority ticket first, in issue order, then the normal ones', () => {
    const early = ticket(104, 10, 5, { isPriority: true });
    expect(ids(callOrder(counter, [...queue, early], STRICT))).toEqual([104, 101, 102, 103, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('interleaved mode: one priority ticket after every 3 normal ones', () => {
    expect(ids(callOrder(counter, queue, EVERY_3, new Map([[10, 0]])))).toEqual([1, 2, 3, 101, 4, 5, 6, 102, 7, 103]);
  });

  it('interleaved mode counts the normal tickets already called since the last priority one', () => {
    expect(ids(callOrder(counter, queue, EVERY_3, new Map([[10, 2]])))).toEqual([1, 101, 2, 3, 4, 102, 5, 6, 7, 103]);
  });

  it('interleaved mode: when no priority ticket was called yet, the first one goes at once', () => {
    expect(ids(callOrder(counter, queue, EVERY_3))).toEqual([101, 1, 2, 3, 102, 4, 5, 6, 103, 7]);
  });

  it('the fairness count of one field does not move another field', () => {
    const other = [ticket(201, 20, 1), ticket(202, 20, 2), ticket(203, 20, 3, { isPriority: true })];
    const both = open(1, [20, 10]);
    expect(
      ids(
        callOrder(
          both,
          [...queue, ...other],
          EVERY_3,
          new Map([
            [10, 0],
            [20, 3],
          ]),
        ),
      ),
    ).toEqual([203, 201, 202, 1, 2, 3, 101, 4, 5, 6, 102, 7, 103]);
  });

  it('a priority ticket never waits forever: behind 100 normal tickets it comes within N+1 calls', () => {
    for (let every = 1; every <= 5; every++) {
      const policy: PriorityPolicy = { mode: 'interleaved', every };
      const hundred = Array.from({ length: 100 }, (_, i) => ticket(i + 1, 10, i));
      const late = ticket(999, 10, 1000, { isPriority: true });
      for (let since = 0; since <= every; since++) {
        const calls = callAll(counter, [...hundred, late], policy, new Map([[10, since]]));
        expect(calls).toHaveLength(101);
        const callNumber = calls.indexOf(999) + 1;
        // Right after another priority citizen it waits exactly N normal calls, never more.
        expect(callNumber, `every=${every}, since=${since}`).toBe(every - since + 1);
        expect(callNumber).toBeLessThanOrEqual(every + 1);
      }
    }
    const strictCalls = callAll(counter, [...normals, ticket(999, 10, 1000, { isPriority: true })], STRICT, new Map());
    expect(strictCalls[0]).toBe(999);
  });

  it('successive Call next presses follow the listed order exactly', () => {
    const since = new Map([[10, 1]]);
    const listed = ids(callOrder(counter, queue, EVERY_3, since));
    expect(callAll(counter, queue, EVERY_3, since)).toEqual(listed);
  });
});

describe('callOrder: first come, first served', () => {
  const rng = seededRng(20261123);

  it('orders by issue time, ties by id, whatever order the queue is read in', () => {
    for (let run = 0; run < 50; run++) {
      const count = rng.int(2, 30);
      const idPool = rng.shuffle(Array.from({ length: count }, (_, i) => i + 1));
      const tickets = idPool.map((id) => ticket(id, 10, rng.int(0, 8), { isPriority: rng.chance(0.3) }));
      const expected = (kind: boolean) =>
        tickets
          .filter((t) => t.isPriority === kind)
          .sort((a, b) => a.issuedAt - b.issuedAt || a.id - b.id)
          .map((t) => t.id);
      for (const policy of [STRICT, EVERY_3]) {
        const order = callOrder(open(1, [10]), rng.shuffle(tickets), policy, new Map([[10, rng.int(0, 3)]]));
        expect(order).toHaveLength(count);
        expect(ids(order.filter((t) => t.isPriority))).toEqual(expected(true));
        expect(ids(order.filter((t) => !t.isPriority))).toEqual(expected(false));
      }
    }
  });

  it('never last-in-first-out: the citizen who came first is called first', () => {
    const queue = [ticket(1, 10, 100), ticket(2, 10, 200), ticket(3, 10, 300)];
    for (const input of [queue, [...queue].reverse()]) {
      expect(ids(callOrder(open(1, [10]), input, STRICT))).toEqual([1, 2, 3]);
    }
    // Issued in the same millisecond: the lower id (inserted first) goes first.
    expect(ids(callOrder(open(1, [10]), [ticket(9, 10, 5), ticket(8, 10, 5)], STRICT))).toEqual([8, 9]);
  });
});

describe('pickNext', () => {
  const queue = [ticket(1, 10, 100), ticket(2, 10, 50, { isPriority: true })];

  it('takes the head of callOrder', () => {
    const rng = seededRng(7);
    for (let run = 0; run < 100; run++) {
      const tickets = Array.from({ length: rng.int(1, 8) }, (_, i) =>
        ticket(i + 1, rng.int(10, 11), rng.int(0, 5), {
          isPriority: rng.chance(0.3),
          transferredAt: rng.chance(0.2) ? rng.int(6, 9) : null,
        }),
      );
      const counter = open(1, rng.chance(0.5) ? [10, 11] : [11, 10]);
      const since = new Map([
        [10, rng.int(0, 3)],
        [11, rng.int(0, 3)],
      ]);
      expect(pickNext(counter, tickets, EVERY_3, since)).toEqual({ ok: true, ticket: callOrder(counter, tickets, EVERY_3, since)[0] });
    }
  });

  it('an empty queue answers queue-empty', () => {
    expect(pickNext(open(1, [10]), [], EVERY_3)).toEqual({ ok: false, reason: 'queue-empty' });
  });

  it('a paused counter calls nobody', () => {
    const paused: CallingCounter = { id: 1, status: 'paused', fieldIds: [10] };
    expect(pickNext(paused, queue, EVERY_3)).toEqual({ ok: false, reason: 'counter-paused' });
    expect(callOrder(paused, queue, EVERY_3)).toEqual([]);
  });

  it('a closed counter calls nobody', () => {
    const closed: CallingCounter = { id: 1, status: 'closed', fieldIds: [10] };
    expect(pickNext(closed, queue, EVERY_3)).toEqual({ ok: false, reason: 'counter-closed' });
    expect(callOrder(closed, queue, EVERY_3)).toEqual([]);
  });
});

describe('mergeByPolicy', () => {
  it('strict: all priority, then all normal', () => {
    expect(mergeByPolicy(['p1', 'p2'], ['n1', 'n2'], STRICT, 0)).toEqual(['p1', 'p2', 'n1', 'n2']);
  });

  it('interleaved: N normal between two priority ones, the rest when one kind runs out', () => {
    expect(mergeByPolicy(['p1', 'p2', 'p3'], ['n1', 'n2', 'n3', 'n4'], { mode: 'interleaved', every: 2 }, 0)).toEqual([
      'n1',
      'n2',
      'p1',
      'n3',
      'n4',
      'p2',
      'p3',
    ]);
    expect(mergeByPolicy([], ['n1', 'n2'], EVERY_3, 0)).toEqual(['n1', 'n2']);
    expect(mergeByPolicy(['p1', 'p2'], [], EVERY_3, 0)).toEqual(['p1', 'p2']);
  });
});
