// A center calendar like the demo's: Mon–Fri 07:30–11:30 and 13:30–17:00, Tue/Thu evenings
// 19:00–21:00, the 2026 Tết break, and one outreach day at a cultural house. Its dates are inputs to the
// pure rules in shared/rules/, which never read the real clock: they cannot expire.
import type { CenterCalendar, WeeklySession } from '../../shared/rules/sessions.js';

const hm = (h: number, m = 0) => h * 60 + m;

const officeHours: WeeklySession[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, start: hm(7, 30), end: hm(11, 30), kind: 'regular' as const },
  { weekday, start: hm(13, 30), end: hm(17), kind: 'regular' as const },
]);

export const TET_2026 = [
  '2026-02-14',
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
];

export const calendar: CenterCalendar = {
  timezone: 'Asia/Ho_Chi_Minh',
  weekly: [
    ...officeHours,
    { weekday: 2, start: hm(19), end: hm(21), kind: 'extra' },
    { weekday: 4, start: hm(19), end: hm(21), kind: 'extra' },
  ],
  outreach: [
    {
      id: 1,
      from: '2026-11-26',
      to: '2026-11-26',
      start: hm(7, 30),
      end: hm(11, 30),
      placeVi: 'Nhà văn hóa tổ dân phố 5',
      placeEn: 'Residential group 5 cultural house',
    },
  ],
  holidays: new Set(['2026-01-01', ...TET_2026, '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']),
};

/** An instant given as local Vietnam time (UTC+7, no daylight saving). */
export const vn = (isoLocal: string) => Date.parse(`${isoLocal}+07:00`);
