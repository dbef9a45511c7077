// How a screen's picture of the center follows live events (ui/center-state.ts).
import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../../shared/events.js';
import type { CallView, CenterSnapshot, CounterView, FieldWaiting, TicketView } from '../../shared/types.js';
import { applyCounterUpdate, applyTicketEvent, RECENT_CALLS_SHOWN } from '../../ui/center-state.js';

function ticketView(id: number, number: string, more: Partial<TicketView> = {}): TicketView {
  return {
    id,
    centerId: 'hoa-binh',
    number,
    fieldId: 1,
    priority: null,
    state: 'waiting',
    source: 'kiosk',
    lane: 'walk-in',
    notBefore: null,
    procedures: [],
    counterId: null,
    counterNumber: null,
    targetCounterId: null,
    transferred: false,
    recallCount: 0,
    issuedAt: 1000,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    estimatedWaitMinutes: null,
    ...more,
  };
}

function counterView(number: number, more: Partial<CounterView> = {}): CounterView {
  return {
    id: number,
    centerId: 'hoa-binh',
    number,
    status: 'closed',
    pauseReason: null,
    fastTrack: false,
    fieldIds: [1],
    staffId: null,
    staffName: null,
    current: null,
    ...more,
  };
}

function callView(ticketId: number, number: string, counterNumber: number, at: number, recall = false): CallView {
  return { ticketId, number, fieldId: 1, counterId: counterNumber, counterNumber, at, recall };
}

function snapshot(more: Partial<CenterSnapshot> = {}): CenterSnapshot {
  return {
    center: {
      id: 'hoa-binh',
      name: 'Một cửa',
      nameEn: 'One-stop',
      timezone: 'Asia/Ho_Chi_Minh',
      priorityMode: 'interleaved',
      priorityEvery: 3,
      recallsBeforeNoShow: 2,
      recallCooldownSeconds: 10,
      fastTrackDays: [5],
      fastTrackPrefix: 'N',
      slotMinutes: 30,
      slotCapacity: 6,
      bookingLateMinutes: 15,
      voiceTemplateVi: 'Mời công dân có số {number} đến quầy số {counter}',
      voiceTemplateEn: 'Ticket {number}, please go to counter {counter}',
      publicUrl: null,
      qrUrl: null,
      parentId: null,
      waitAlertMinutes: 30,
      agencyCode: null,
      nearNoticeBy: 'places',
      nearNoticeAt: 3,
      personalDataMonths: 24,
    },
    fields: [{ id: 1, centerId: 'hoa-binh', prefix: 'A', nameVi: 'Tư pháp', nameEn: 'Justice', sort: 0 }],
    counters: [counterView(1), counterView(2), counterView(3)],
    waiting: [{ fieldId: 1, waiting: 4 }],
    recentCalls: [],
    serverTime: 1000,
    ...more,
  };
}

const waiting = (n: number): FieldWaiting[] => [{ fieldId: 1, waiting: n }];

function called(id: number, number: string, counterNumber: number, at: number, left: number, recall = false): TicketEvent {
  return {
    name: 'ticket:called',
    change: {
      ticket: ticketView(id, number, { state: 'called', counterId: counterNumber, counterNumber, calledAt: at }),
      call: callView(id, number, counterNumber, at, recall),
      waiting: waiting(left),
    },
  };
}

describe('applyTicketEvent', () => {
  it('a call goes on top of the recent calls and updates the waiting counts', () => {
    const before = snapshot({ recentCalls: [callView(1, 'A001', 1, 100)] });
    const after = applyTicketEvent(before, called(2, 'A002', 3, 200, 2));
    expect(after.recentCalls.map((c) => [c.number, c.counterNumber])).toEqual([
      ['A002', 3],
      ['A001', 1],
    ]);
    expect(after.waiting).toEqual(waiting(2));
  });

  it('keeps only the newest calls, newest first', () => {
    let state = snapshot();
    for (let i = 1; i <= RECENT_CALLS_SHOWN + 5; i++) {
      state = applyTicketEvent(state, called(i, `A${String(i).padStart(3, '0')}`, 1, i * 1000, 0));
    }
    expect(state.recentCalls).toHaveLength(RECENT_CALLS_SHOWN);
    expect(state.recentCalls[0].number).toBe('A015');
    expect(state.recentCalls.at(-1)!.number).toBe('A006');
  });

  it('a recall moves the ticket to the top, named once, as a recall', () => {
    const before = snapshot({ recentCalls: [callView(2, 'A002', 2, 200), callView(1, 'A001', 1, 100)] });
    const after = applyTicketEvent(before, called(1, 'A001', 1, 300, 0, true));
    expect(after.recentCalls.map((c) => [c.number, c.recall])).toEqual([
      ['A001', true],
      ['A002', false],
    ]);
  });

  it('a no-show leaves the recent calls at once', () => {
    const before = snapshot({ recentCalls: [callView(2, 'A002', 2, 200), callView(1, 'A001', 1, 100)] });
    const after = applyTicketEvent(before, {
      name: 'ticket:no-show',
      change: { ticket: ticketView(2, 'A002', { state: 'no-show' }), waiting: waiting(0) },
    });
    expect(after.recentCalls.map((c) => c.number)).toEqual(['A001']);
  });

  it('other ticket events replace the waiting counts and leave the calls alone', () => {
    const before = snapshot({ recentCalls: [callView(1, 'A001', 1, 100)] });
    const after = applyTicketEvent(before, { name: 'ticket:issued', change: { ticket: ticketView(9, 'A009'), waiting: waiting(5) } });
    expect(after.waiting).toEqual(waiting(5));
    expect(after.recentCalls).toEqual(before.recentCalls);
    expect(after.counters).toBe(before.counters);
  });

  it('does not change the state it was given', () => {
    const before = snapshot();
    const copy = structuredClone(before);
    applyTicketEvent(before, called(2, 'A002', 3, 200, 2));
    expect(before).toEqual(copy);
  });
});

describe('applyCounterUpdate', () => {
  it('replaces the counter in place, keeping the others and their order', () => {
    const before = snapshot();
    const serving = counterView(2, { status: 'open', staffName: 'Vũ Thị Mai', current: ticketView(5, 'A005', { state: 'serving' }) });
    const after = applyCounterUpdate(before, serving);
    expect(after.counters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(after.counters[1]).toEqual(serving);
    expect(after.counters[0]).toBe(before.counters[0]);
    expect(after.counters[2]).toBe(before.counters[2]);
    expect(before.counters[1].status).toBe('closed');
  });

  it('adds a counter it did not know, in counter-number order', () => {
    const before = snapshot({ counters: [counterView(1), counterView(3)] });
    expect(applyCounterUpdate(before, counterView(2, { status: 'open' })).counters.map((c) => c.number)).toEqual([1, 2, 3]);
  });
});
