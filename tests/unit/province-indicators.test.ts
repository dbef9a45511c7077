// The province's indicators (shared/rules/province-indicators.ts) against a fixture computed by hand.
// Dates come from the run's test week (calendar-fixtures.ts); the fixture's own holiday is that
// week's Wednesday, so the processing times show it skipped.
import { describe, expect, it } from 'vitest';
import {
  dossierStatus,
  isOnlineHelpField,
  processingDays,
  provinceIndicators,
  type IndicatorDossierRow,
  type IndicatorVisitRow,
} from '../../shared/rules/province-indicators.js';
import { workingDaysBetween } from '../../shared/rules/working-days.js';
import { NEXT_MONDAY, SATURDAY, WEEK } from './calendar-fixtures.js';

const { monday: MON, tuesday: TUE, wednesday: WED, thursday: THU, friday: FRI } = WEEK;
const HOLIDAYS = new Set([WED]);
const TODAY = FRI;

const dossier = (
  receivedOn: string,
  dueDate: string,
  returnedOn: string | null,
  rating: IndicatorDossierRow['rating'],
  digitised: boolean,
) => ({
  receivedOn,
  dueDate,
  returnedOn,
  rating,
  digitised,
});

// Six dossiers, read on Friday:
//   D1 received Mon, due Tue, handed over Mon    → early,    0 working days, very satisfied, digitised
//   D2 received Mon, due Thu, handed over Thu    → on time,  2 (Tue, Thu: Wed is a holiday), unsatisfied, digitised
//   D3 received Mon, due Tue, handed over Fri    → late,     3 (Tue, Thu, Fri), not rated, not digitised
//   D4 received Tue, due Thu, not handed over    → overdue (Thu < Fri), satisfied, digitised
//   D5 received Thu, due next Mon, not handed over → pending (neither), satisfied, not digitised
//   D6 received Fri, due Fri, handed over Fri    → on time,  0, unsatisfied, digitised
const DOSSIERS: IndicatorDossierRow[] = [
  dossier(MON, TUE, MON, 'very-satisfied', true),
  dossier(MON, THU, THU, 'unsatisfied', true),
  dossier(MON, TUE, FRI, null, false),
  dossier(TUE, THU, null, 'satisfied', true),
  dossier(THU, NEXT_MONDAY, null, 'satisfied', false),
  dossier(FRI, FRI, FRI, 'unsatisfied', true),
];

// Five visits served and one online-help pause with nobody at the counter:
//   V1 field A, V5 field B                       → not helped
//   V2 the online-help field ("Hỗ trợ nộp hồ sơ trực tuyến")  → helped
//   V3 field A, the counter paused 'online-help' while serving it → helped
//   V4 the online-help field and a pause          → helped once
//   P  a pause with nobody at the counter         → a visit, helped
const VISITS: IndicatorVisitRow[] = [
  { fieldNameVi: 'Tư pháp – Hộ tịch', onlineHelpPause: false },
  { fieldNameVi: 'Hỗ trợ nộp hồ sơ trực tuyến', onlineHelpPause: false },
  { fieldNameVi: 'Tư pháp – Hộ tịch', onlineHelpPause: true },
  { fieldNameVi: 'Hỗ trợ nộp hồ sơ trực tuyến', onlineHelpPause: true },
  { fieldNameVi: null, onlineHelpPause: true },
  { fieldNameVi: 'Chứng thực', onlineHelpPause: false },
];

describe('province indicators', () => {
  it('each dossier’s status and processing time', () => {
    expect(DOSSIERS.map((d) => dossierStatus(d, TODAY))).toEqual(['early', 'on-time', 'late', 'overdue', 'pending', 'on-time']);
    expect(DOSSIERS.map((d) => processingDays(d, HOLIDAYS))).toEqual([0, 2, 3, null, null, 0]);
    // A weekend is not counted either: Friday → next Monday is one working day.
    expect(workingDaysBetween(FRI, NEXT_MONDAY, HOLIDAYS)).toBe(1);
    expect(workingDaysBetween(FRI, SATURDAY, HOLIDAYS)).toBe(0);
  });

  it('every figure of the fixture, computed by hand', () => {
    expect(provinceIndicators({ today: TODAY, holidays: HOLIDAYS, dossiers: DOSSIERS, visits: VISITS })).toEqual({
      dossiers: 6,
      early: 1,
      onTime: 2,
      late: 1,
      overdue: 1,
      pending: 1,
      // (early 1 + on time 2) / (6 − pending 1) = 3 / 5
      earlyOrOnTimeRate: 0.6,
      returned: 4,
      // (0 + 2 + 3 + 0) working days / 4 handed over
      averageProcessingDays: 1.25,
      // D3 late + D4 overdue
      overdueOrLate: 2,
      // D2, D6
      unsatisfied: 2,
      // all but D3
      rated: 5,
      ratedShare: 5 / 6,
      // (6 − 2 overdue or late − 2 unsatisfied) / 6 = 2 / 6, below the 90 % threshold
      satisfactionScore: 2 / 6,
      meetsThreshold: false,
      // V1…V5 and the pause P
      visits: 6,
      // V2, V3, V4, P
      onlineHelped: 4,
      onlineHelpShare: 4 / 6,
      // D1, D2, D4, D6
      digitised: 4,
      digitisedShare: 4 / 6,
    });
  });

  it('90 % is reached exactly: 10 dossiers on time, one rated unsatisfied → (10 − 0 − 1) / 10', () => {
    const dossiers = Array.from({ length: 10 }, (_, i) => dossier(MON, TUE, TUE, i === 0 ? 'unsatisfied' : null, false));
    const figures = provinceIndicators({ today: TODAY, holidays: HOLIDAYS, dossiers, visits: [] });
    expect(figures).toMatchObject({ satisfactionScore: 0.9, meetsThreshold: true, ratedShare: 0.1, earlyOrOnTimeRate: 1 });
    expect(figures.onlineHelpShare).toBeNull();
  });

  it('a dossier late and rated unsatisfied is subtracted twice, and the score stops at 0', () => {
    const dossiers = [dossier(MON, TUE, FRI, 'unsatisfied', false)];
    expect(provinceIndicators({ today: TODAY, holidays: HOLIDAYS, dossiers, visits: [] })).toMatchObject({
      overdueOrLate: 1,
      unsatisfied: 1,
      satisfactionScore: 0,
      meetsThreshold: false,
    });
  });

  it('several centers together, each with its own calendar: the counts add up, the rates are recomputed', () => {
    // The fixture again, and a ward without the Wednesday holiday: D2 took 3 days there (Tue, Wed, Thu).
    const ward = { today: TODAY, holidays: new Set<string>(), dossiers: [DOSSIERS[1]], visits: [VISITS[1]] };
    expect(provinceIndicators(ward)).toMatchObject({ dossiers: 1, averageProcessingDays: 3 });
    expect(provinceIndicators({ today: TODAY, holidays: HOLIDAYS, dossiers: DOSSIERS, visits: VISITS }, ward)).toMatchObject({
      dossiers: 7,
      onTime: 3,
      // (1 + 3) / (7 − 1)
      earlyOrOnTimeRate: 4 / 6,
      // (5 + 3) working days / 5 handed over
      averageProcessingDays: 8 / 5,
      // (7 − 2 − 3) / 7
      satisfactionScore: 2 / 7,
      visits: 7,
      onlineHelped: 5,
    });
  });

  it('nothing received: every share is null, not 0', () => {
    expect(provinceIndicators({ today: TODAY, holidays: HOLIDAYS, dossiers: [], visits: [] })).toMatchObject({
      dossiers: 0,
      earlyOrOnTimeRate: null,
      averageProcessingDays: null,
      satisfactionScore: null,
      meetsThreshold: null,
      ratedShare: null,
      digitisedShare: null,
    });
  });

  it('the online-help field is known by its name, whatever its case or Unicode form', () => {
    expect(isOnlineHelpField('Hỗ trợ nộp hồ sơ trực tuyến')).toBe(true);
    expect(isOnlineHelpField('HỖ TRỢ NỘP HỒ SƠ TRỰC TUYẾN')).toBe(true);
    expect(isOnlineHelpField('Hỗ trợ nộp hồ sơ trực tuyến'.normalize('NFD'))).toBe(true);
    expect(isOnlineHelpField('Tư pháp – Hộ tịch')).toBe(false);
  });
});
