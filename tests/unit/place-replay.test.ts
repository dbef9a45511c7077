// The fast replay behind "people ahead" (server/domain/place-replay.ts) on long queues, where it
// counts whole rounds of calls at once: the same figures as taking the calls one by one, and as the
// definition (shared/rules/ahead.ts). The store-fed paths are pinned on random centers in
// tests/integration/people-ahead-property.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterWalkInCalls,
  callsBefore,
  callsBeforeLastOfKind,
  replay,
  type LaneTicket,
  type ReplayInput,
  type ReplayTarget,
  type WalkInState,
} from '../../server/domain/place-replay.js';
import { placeInQueue, type NumberedCounter } from '../../shared/rules/ahead.js';
import { counterServes, type PriorityPolicy, type QueueCandidate } from '../../shared/rules/call-order.js';

const policyArb: fc.Arbitrary<PriorityPolicy> = fc.oneof(
  fc.constant<PriorityPolicy>({ mode: 'strict', every: 3 }),
  fc.integer({ min: 1, max: 4 }).map((every): PriorityPolicy => ({ mode: 'interleaved', every })),
);

/** One call at a time, as Call next's priority rule takes a field's walk-ins. */
function oneByOne(s: WalkInState, m: number, policy: PriorityPolicy): { state: WalkInState; kinds: boolean[] } {
  let { priority, normal, since } = s;
  const kinds: boolean[] = [];
  for (let i = 0; i < m && priority + normal > 0; i++) {
    const p = priority > 0 && (policy.mode === 'strict' || since >= policy.every || normal === 0);
    if (p) {
      priority--;
      since = 0;
    } else {
      normal--;
      since++;
    }
    kinds.push(p);
  }
  return { state: { priority, normal, since }, kinds };
}

const stateArb = fc.record({ priority: fc.nat(60), normal: fc.nat(200), since: fc.nat(6) });

describe("a field's walk-ins in closed form", () => {
  it('afterWalkInCalls: the state after m calls is the one-by-one state', () => {
    fc.assert(
      fc.property(stateArb, policyArb, fc.nat(300), (s, policy, m) => {
        const calls = Math.min(m, s.priority + s.normal);
        const want = oneByOne(s, calls, policy).state;
        const got = afterWalkInCalls(s, calls, policy);
        // The fairness count only matters up to `every` (priority due) in interleaved mode.
        expect({ ...got, since: Math.min(got.since, 99) }).toEqual({ ...want, since: Math.min(want.since, 99) });
      }),
      { numRuns: 3000 },
    );
  });

  it('callsBeforeLastOfKind: the index of the last call of a kind is the one-by-one index', () => {
    fc.assert(
      fc.property(stateArb, policyArb, fc.boolean(), (s, policy, priority) => {
        fc.pre(priority ? s.priority > 0 : s.normal > 0);
        const { kinds } = oneByOne(s, s.priority + s.normal, policy);
        let last = -1;
        kinds.forEach((k, i) => k === priority && (last = i));
        expect(callsBeforeLastOfKind(s, priority, policy)).toBe(last);
      }),
      { numRuns: 3000 },
    );
  });
});

/** The counting done call by call, without skipping rounds. */
function callByCall(input: ReplayInput, target: ReplayTarget, mine: readonly boolean[]): number | null {
  let count = 0;
  let found = false;
  const walkIn = 'walkIn' in target ? target.walkIn : null;
  const own = walkIn ? input.walkIns.get(walkIn.fieldId) : undefined;
  let left = walkIn && own ? (walkIn.priority ? own.priority : own.normal) : 0;
  replay(input, {
    lane(c, t) {
      if ('laneId' in target && t.id === target.laneId) return (found = true);
      if (mine[c]) count++;
      return false;
    },
    walkIn(c, fieldId, priority) {
      if (walkIn && fieldId === walkIn.fieldId && priority === walkIn.priority && --left === 0) return (found = true);
      if (mine[c]) count++;
      return false;
    },
  });
  return found ? count : null;
}

const FIELDS = [1, 2, 3, 4];

const inputArb = (maxWalkIns: number) =>
  fc
    .record({
      counters: fc.array(
        fc.record({ fields: fc.shuffledSubarray(FIELDS, { minLength: 1, maxLength: 3 }), fastTrack: fc.boolean(), fallback: fc.boolean() }),
        { minLength: 1, maxLength: 5 },
      ),
      walkIns: fc.array(fc.record({ priority: fc.nat(maxWalkIns / 4), normal: fc.nat(maxWalkIns) }), { minLength: 4, maxLength: 4 }),
      lanes: fc.array(
        fc.record({
          tier: fc.constantFrom<LaneTicket['tier']>('fast', 'transferred', 'booked'),
          field: fc.constantFrom(...FIELDS),
          isPriority: fc.boolean(),
          key: fc.nat(20),
          toCounter: fc.option(fc.nat(4), { nil: null }),
        }),
        { maxLength: 6 },
      ),
      policy: policyArb,
      since: fc.array(fc.option(fc.nat(5), { nil: null }), { minLength: 4, maxLength: 4 }),
      target: fc.record({ field: fc.constantFrom(...FIELDS), priority: fc.boolean(), before: fc.nat(maxWalkIns) }),
      lane: fc.option(fc.nat(5), { nil: null }),
    })
    .map((g) => {
      const counters = g.counters.map((c, i) => ({
        id: 100 + i,
        fieldIds: c.fields,
        fastTrack: c.fastTrack,
        fastLaneFallback: !c.fastTrack && c.fallback,
      }));
      const lanes: LaneTicket[] = g.lanes.map((l, i) => ({
        id: 1000 + i,
        tier: l.tier,
        fieldId: l.field,
        isPriority: l.isPriority,
        key: l.key,
        targetCounterId: l.tier === 'transferred' && l.toCounter !== null ? 100 + (l.toCounter % counters.length) : null,
      }));
      const walkIns = new Map(FIELDS.map((f, i) => [f, { ...g.walkIns[i] }]));
      let target: ReplayTarget;
      if (g.lane !== null && lanes.length) target = { laneId: lanes[g.lane % lanes.length].id };
      else {
        // The target is the last of its kind counted: those of its kind issued before it, and it.
        const counts = walkIns.get(g.target.field)!;
        const own = Math.min(g.target.before, g.target.priority ? counts.priority : counts.normal) + 1;
        walkIns.set(g.target.field, g.target.priority ? { ...counts, priority: own } : { ...counts, normal: own });
        target = { walkIn: { fieldId: g.target.field, priority: g.target.priority } };
      }
      const normalsSince = new Map(FIELDS.flatMap((f, i) => (g.since[i] === null ? [] : [[f, g.since[i]] as const])));
      const input: ReplayInput = { counters, lanes, walkIns, policy: g.policy, normalsSince };
      const mine = counters.map((_, i) => (i + g.target.before) % 2 === 0);
      return { input, target, mine };
    });

describe('callsBefore on long queues', () => {
  it('counting whole rounds at once gives the call-by-call count (queues of hundreds)', () => {
    fc.assert(
      fc.property(inputArb(400), ({ input, target, mine }) => {
        expect(callsBefore(input, target, mine)).toBe(callByCall(input, target, mine));
      }),
      { numRuns: 1500 },
    );
  });

  it("and the definition's place, the tickets spelt out (queues of tens)", () => {
    fc.assert(
      fc.property(inputArb(24), ({ input, target }) => {
        // Spell the counts out as tickets: walk-ins issued in id order, lanes as they are keyed.
        const waiting: QueueCandidate[] = [];
        let id = 1;
        let targetId = 'laneId' in target ? target.laneId : 0;
        for (const [fieldId, n] of input.walkIns) {
          for (const priority of [true, false]) {
            for (let i = 0; i < (priority ? n.priority : n.normal); i++) {
              const t = id++;
              waiting.push({
                id: t,
                fieldId,
                isPriority: priority,
                issuedAt: t,
                transferredAt: null,
                targetCounterId: null,
                lane: 'walk-in',
              });
              if ('walkIn' in target && target.walkIn.fieldId === fieldId && target.walkIn.priority === priority) targetId = t;
            }
          }
        }
        for (const l of input.lanes) {
          waiting.push({
            id: l.id,
            fieldId: l.fieldId,
            isPriority: l.isPriority,
            issuedAt: l.tier === 'fast' ? l.key : 0,
            transferredAt: l.tier === 'transferred' ? l.key : null,
            targetCounterId: l.targetCounterId,
            lane: l.tier === 'fast' ? 'fast' : l.tier === 'booked' ? 'booking' : 'walk-in',
            notBefore: l.tier === 'booked' ? l.key : null,
          });
        }
        const counters: NumberedCounter[] = input.counters.map((c, i) => ({ ...c, number: i + 1, status: 'open' }));
        const t = waiting.find((w) => w.id === targetId)!;
        const place = placeInQueue(targetId, { counters, waiting, policy: input.policy, normalsSince: input.normalsSince, now: 100 });
        // Counted over the counters that can call the ticket, as the definition counts.
        expect(
          callsBefore(
            input,
            target,
            counters.map((c) => counterServes(c, t)),
          ),
        ).toBe(place.ahead);
      }),
      { numRuns: 1500 },
    );
  });
});
