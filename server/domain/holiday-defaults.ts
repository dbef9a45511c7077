// The public holidays of a year (Labour Code 2019, art. 112), pre-filled for a new center. Tết and
// the Hùng Kings' day follow the Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm, UTC+7). The
// government fixes the exact break each year (swapped Saturdays, longer Tết): admins add or remove days.
import { LunarDate } from '@nghiavuive/lunar_date_vi';
import { addDays, weekdayOf } from '../../shared/rules/sessions.js';
import type { HolidayView } from '../../shared/types.js';

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function lunarToSolar(year: number, month: number, day: number): string {
  const lunar = new LunarDate({ day, month, year });
  lunar.init();
  const s = lunar.toSolarDate().get();
  return iso(s.year, s.month, s.day);
}

export function publicHolidays(year: number): HolidayView[] {
  const tet = lunarToSolar(year, 1, 1);
  const days: HolidayView[] = [
    { date: iso(year, 1, 1), nameVi: 'Tết Dương lịch', nameEn: 'New Year’s Day' },
    // Five days: the last day of the old lunar year and the first four of the new one.
    ...[-1, 0, 1, 2, 3].map((offset) => ({
      date: addDays(tet, offset),
      nameVi: 'Tết Nguyên đán',
      nameEn: 'Lunar New Year (Tết)',
    })),
    { date: lunarToSolar(year, 3, 10), nameVi: 'Giỗ Tổ Hùng Vương', nameEn: 'Hùng Kings’ Commemoration' },
    { date: iso(year, 4, 30), nameVi: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
    { date: iso(year, 5, 1), nameVi: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' },
    { date: iso(year, 9, 1), nameVi: 'Quốc khánh (ngày liền kề)', nameEn: 'National Day (adjacent day)' },
    { date: iso(year, 9, 2), nameVi: 'Quốc khánh', nameEn: 'National Day' },
  ];
  // A holiday on a weekend is made up on the next working day.
  const taken = new Set(days.map((d) => d.date));
  const makeUp: HolidayView[] = [];
  for (const d of days) {
    const weekday = weekdayOf(d.date);
    if (weekday !== 0 && weekday !== 6) continue;
    let next = addDays(d.date, 1);
    while (taken.has(next) || [0, 6].includes(weekdayOf(next))) next = addDays(next, 1);
    taken.add(next);
    makeUp.push({ date: next, nameVi: `Nghỉ bù ${d.nameVi}`, nameEn: `Day off in lieu: ${d.nameEn}` });
  }
  return [...days, ...makeUp].sort((a, b) => a.date.localeCompare(b.date));
}
