// A visit over several fields: what a counter records at Finish and where the ticket goes next.
import { describe, expect, it } from 'vitest';
import { partlyDone, routeAtFinish, type VisitLine } from '../../shared/rules/visit-route.js';

const A = 1;
const B = 2;
const C = 3;
const D = 4;
const line = (procedureId: number, fieldId: number, done = false): VisitLine => ({ procedureId, fieldId, done });
const served = new Set([A, B, C]);

describe('routeAtFinish', () => {
  it('a counter serving A and B records the A and B lines of an A+B+C visit, and the ticket moves on to C', () => {
    const lines = [line(10, A), line(20, B), line(30, C)];
    expect(routeAtFinish(lines, { counterFieldIds: [A, B], servedFieldIds: served })).toEqual({
      here: [10, 20],
      nextFieldId: C,
    });
  });

  it('at C, only the open line is recorded and the visit ends', () => {
    const lines = [line(10, A, true), line(20, B, true), line(30, C)];
    expect(routeAtFinish(lines, { counterFieldIds: [C], servedFieldIds: served })).toEqual({ here: [30], nextFieldId: null });
  });

  it('every field the counter serves is handled there, in any order of the visit', () => {
    // A counter serving A and C does A and C of an A, B, C visit; it moves on to B.
    const lines = [line(10, A), line(20, B), line(30, C)];
    expect(routeAtFinish(lines, { counterFieldIds: [C, A], servedFieldIds: served })).toEqual({
      here: [10, 30],
      nextFieldId: B,
    });
  });

  it('moves on to the first open field in the visit’s order', () => {
    const lines = [line(10, A), line(30, C), line(20, B), line(31, C)];
    expect(routeAtFinish(lines, { counterFieldIds: [A], servedFieldIds: served })).toEqual({ here: [10], nextFieldId: C });
  });

  it('the visit’s current part is handled wherever it is called: transferred to another counter or field, the fast-track desk', () => {
    const lines = [line(10, A), line(30, C)];
    expect(routeAtFinish(lines, { counterFieldIds: [B], servedFieldIds: served })).toEqual({ here: [10], nextFieldId: C });
    // A one-field visit transferred to C ends at C: it is not sent back to A.
    expect(routeAtFinish([line(10, A)], { counterFieldIds: [C], servedFieldIds: served })).toEqual({ here: [10], nextFieldId: null });
    // After moving on, the part is C's: sent on from C to a counter of B, it ends there.
    expect(routeAtFinish([line(10, A, true), line(30, C)], { counterFieldIds: [B], servedFieldIds: served })).toEqual({
      here: [30],
      nextFieldId: null,
    });
  });

  it('a field no counter of the center serves is handled where the citizen is: nobody else could', () => {
    const lines = [line(10, A), line(40, D), line(30, C)];
    expect(routeAtFinish(lines, { counterFieldIds: [A], servedFieldIds: served })).toEqual({
      here: [10, 40],
      nextFieldId: C,
    });
  });

  it('a one-field visit ends at its counter, as before', () => {
    expect(routeAtFinish([line(10, A), line(11, A)], { counterFieldIds: [A, B], servedFieldIds: served })).toEqual({
      here: [10, 11],
      nextFieldId: null,
    });
  });
});

describe('partlyDone', () => {
  it('a ticket with a line recorded and a line left is on a later part of its visit; a fresh or finished one is not', () => {
    expect(partlyDone({ procedures: [{ outcome: 'returned' }, { outcome: null }] })).toBe(true);
    expect(partlyDone({ procedures: [{ outcome: null }, { outcome: null }] })).toBe(false);
    expect(partlyDone({ procedures: [{ outcome: 'returned' }, { outcome: 'appointment' }] })).toBe(false);
  });
});
