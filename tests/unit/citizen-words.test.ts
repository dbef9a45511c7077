// The words a citizen reads about their turn on the slip, the kiosk and the phone (ui/estimate-text.ts,
// display/kiosk/lane-note.ts), in Vietnamese: "next" and "almost your turn" only when true, a priority
// ticket called a priority ticket, no number when no counter can call it, a booking told from when.
import { describe, expect, it } from 'vitest';
import type { CenterInfo, IssuedTicket, TicketView } from '../../shared/types.js';
import { NEXT_MONDAY, vnTime } from '../support/test-dates.js';

// The catalogue's language switch reads the page's <html>: the only browser object these words touch.
(globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'vi' } };
const { estimateText, notCalledText } = await import('../../ui/estimate-text.js');
const { laneNote } = await import('../../display/kiosk/lane-note.js');

const ZONE = 'Asia/Ho_Chi_Minh';
const ISSUED = vnTime(NEXT_MONDAY, '11:20');
const center = { timezone: ZONE, bookingLateMinutes: 15 } as CenterInfo;

const place = (p: Partial<Pick<IssuedTicket, 'ahead' | 'aheadReason' | 'callableFrom' | 'estimatedWaitMinutes' | 'waitRange'>>) => ({
  ahead: 0,
  aheadReason: null,
  callableFrom: null,
  estimatedWaitMinutes: 0,
  waitRange: null,
  ...p,
});

describe("words about a citizen's turn", () => {
  it('a priority walk-in is a priority ticket at the kiosk, not "Số thứ tự thông thường"', () => {
    const ticket = { lane: 'walk-in', priority: 'elderly', notBefore: null, issuedAt: ISSUED } as TicketView;
    const note = laneNote({ ticket, fastTrackRefusal: null } as IssuedTicket, { kind: 'walk-in' }, center);
    expect(note.title).toBe('Số thứ tự ưu tiên');
    expect(
      laneNote({ ticket: { ...ticket, priority: null }, fastTrackRefusal: null } as IssuedTicket, { kind: 'walk-in' }, center).title,
    ).toBe('Số thứ tự thông thường');
  });

  it('"sắp đến lượt" only when nobody is ahead', () => {
    expect(estimateText(place({ ahead: 0 }), ZONE, ISSUED)).toBe('sắp đến lượt');
    expect(estimateText(place({ ahead: 2, estimatedWaitMinutes: 0 }), ZONE, ISSUED)).toBe('khoảng 1 phút');
    expect(estimateText(place({ ahead: 2, estimatedWaitMinutes: 16 }), ZONE, ISSUED)).toBe('khoảng 16 phút');
  });

  it('the wait range in plain words: minutes when short, fives past 20, "sắp đến lượt" only when nobody is ahead', () => {
    const range = (low: number, median: number, high: number, ahead = 3) =>
      estimateText(place({ ahead, waitRange: { low, median, high } }), ZONE, ISSUED);
    expect(range(21.4, 27, 33.2)).toBe('khoảng 20–35 phút');
    expect(range(4, 6, 9)).toBe('khoảng 4–9 phút');
    expect(range(7, 7, 7)).toBe('khoảng 7 phút');
    expect(range(23, 24, 24.5)).toBe('khoảng 24 phút');
    expect(range(0, 0, 1, 0)).toBe('sắp đến lượt');
    expect(range(0, 0, 1, 2)).toBe('khoảng 1 phút');
    // The range is the forecast's; the estimate made at issue is only the fallback.
    expect(estimateText(place({ ahead: 2, estimatedWaitMinutes: 16, waitRange: { low: 30, median: 38, high: 52 } }), ZONE, ISSUED)).toBe(
      'khoảng 30–55 phút',
    );
  });

  it('no counter open for the field: says so, and when the next session starts if the calendar knows', () => {
    const closed = place({ ahead: null, aheadReason: 'no-open-counter' });
    expect(estimateText(closed, ZONE, ISSUED)).toBe('ngay khi có quầy mở');
    expect(estimateText({ ...closed, estimatedWaitMinutes: 12 }, ZONE, ISSUED)).toBe('khoảng 12 phút sau khi quầy mở');
    expect(notCalledText(closed, ZONE, ISSUED)).toBe('Chưa có quầy mở cho lĩnh vực này');
    expect(notCalledText({ ...closed, callableFrom: vnTime(NEXT_MONDAY, '13:30') }, ZONE, ISSUED)).toBe(
      'Chưa có quầy mở cho lĩnh vực này. Phiên làm việc tiếp theo bắt đầu lúc 13:30',
    );
    expect(notCalledText(closed, ZONE, ISSUED, 2)).toBe('Quầy số 2 chưa mở');
    expect(notCalledText(place({ ahead: 3 }), ZONE, ISSUED)).toBeNull();
  });

  it('a booking before its slot: called from the slot\'s start, never "soon"', () => {
    const early = place({
      ahead: null,
      aheadReason: 'slot-not-started',
      callableFrom: vnTime(NEXT_MONDAY, '11:30'),
      estimatedWaitMinutes: 10,
    });
    expect(notCalledText(early, ZONE, ISSUED)).toBe('Quý khách sẽ được gọi từ 11:30 (giờ hẹn)');
    expect(estimateText(early, ZONE, ISSUED)).toBe('khoảng 10 phút');
    expect(estimateText({ ...early, estimatedWaitMinutes: 0 }, ZONE, ISSUED)).toBe('từ 11:30');
  });
});
