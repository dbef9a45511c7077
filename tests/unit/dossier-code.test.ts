// The dossier code of Circular 01/2018/TT-VPCP, Art. 19 (agency code, receipt date YYMMDD, daily
// sequence) against hand-checked cases. The dates here are fixed on purpose: the parser is a pure
// function of its text (and of the `today` it is given), so a code dated 2026-09-30 means the same on
// any day the tests run and cannot expire.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/errors.js';
import {
  checkNewDossierCode,
  dossierCodeRefusal,
  formatDossierCode,
  parseAgencyCode,
  parseDossierCode,
} from '../../shared/rules/dossier-code.js';
import { addDays } from '../../shared/rules/sessions.js';

describe('parseDossierCode', () => {
  it('splits the Circular’s example into agency, date and sequence', () => {
    expect(parseDossierCode('000.00.01.H26-260930-0012')).toEqual({
      ok: true,
      dossier: { code: '000.00.01.H26-260930-0012', agency: '000.00.01.H26', date: '2026-09-30', sequence: 12 },
    });
  });

  it('trims what a scanner or a hand adds around it and upper-cases the agency letter', () => {
    const parsed = parseDossierCode('  000.00.01.h26-260930-0012\t');
    expect(parsed).toMatchObject({ ok: true, dossier: { code: '000.00.01.H26-260930-0012', agency: '000.00.01.H26' } });
  });

  it.each([
    ['', 'nothing'],
    ['000.00.01.H26', 'the agency code alone'],
    ['000.00.01.H26-260930', 'no sequence'],
    ['000.00.01.H26-260930-12', 'a sequence of two digits'],
    ['000.00.01.H26-260930-00012', 'a sequence of five digits'],
    ['000.00.01.H26-260930-0000', 'sequence 0000: the day counts from 0001'],
    ['000.00.01.H26-20260930-0012', 'a four-digit year'],
    ['000.00.01.H26 260930 0012', 'spaces for dashes'],
    ['000.00.01.126-260930-0012', 'a digit where the agency letter goes'],
    ['000.00.1.H26-260930-0012', 'a one-digit group'],
    ['000-00-01-H26-260930-0012', 'dashes for dots'],
    ['000.00.01.H26-260930-0012-1', 'something after the sequence'],
    ['A012', 'a ticket number'],
  ])('refuses the shape of %j (%s)', (raw) => {
    expect(parseDossierCode(raw)).toEqual({ ok: false, problem: 'shape', code: raw.trim().toUpperCase() });
  });

  it.each([
    ['000.00.01.H26-260230-0001', '30 February'],
    ['000.00.01.H26-250229-0001', '29 February of 2025, not a leap year'],
    ['000.00.01.H26-261301-0001', 'month 13'],
    ['000.00.01.H26-260000-0001', 'month 0, day 0'],
    ['000.00.01.H26-260431-0001', '31 April'],
  ])('refuses a date that does not exist: %s (%s)', (raw) => {
    expect(parseDossierCode(raw)).toMatchObject({ ok: false, problem: 'date' });
  });

  it('takes 29 February of a leap year', () => {
    expect(parseDossierCode('000.00.01.H26-280229-0001')).toMatchObject({ ok: true, dossier: { date: '2028-02-29' } });
  });

  it('checks the agency only when the center has one set', () => {
    expect(parseDossierCode('000.00.02.H26-260930-0012', '000.00.01.H26')).toEqual({
      ok: false,
      problem: 'agency',
      code: '000.00.02.H26-260930-0012',
      agency: '000.00.02.H26',
      expected: '000.00.01.H26',
    });
    expect(parseDossierCode('000.00.01.h26-260930-0012', '000.00.01.H26').ok).toBe(true);
    expect(parseDossierCode('000.00.02.H26-260930-0012', null).ok).toBe(true);
  });

  it('gives back any code it builds from valid parts (round trip)', () => {
    const agency = fc
      .tuple(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 65, max: 90 }).map((c) => String.fromCharCode(c)),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(([v, z, y, m, x]) => `${pad(v, 3)}.${pad(z, 2)}.${pad(y, 2)}.${m}${pad(x, 2)}`);
    // Every day of this century (2000-01-01 + n days).
    const date = fc.integer({ min: 0, max: 36_524 }).map((n) => addDays('2000-01-01', n));
    const sequence = fc.integer({ min: 1, max: 9999 });
    fc.assert(
      fc.property(agency, date, sequence, fc.boolean(), (a, d, s, lower) => {
        const code = formatDossierCode({ agency: a, date: d, sequence: s });
        const typed = lower ? ` ${code.toLowerCase()} ` : code;
        expect(parseDossierCode(typed, a)).toEqual({ ok: true, dossier: { code, agency: a, date: d, sequence: s } });
      }),
    );
  });
});

describe('checkNewDossierCode: a code recorded at the counter', () => {
  const today = '2026-09-30';
  it('takes a code received today or on an earlier day', () => {
    expect(checkNewDossierCode('000.00.01.H26-260930-0012', { agencyCode: null, today }).ok).toBe(true);
    expect(checkNewDossierCode('000.00.01.H26-251231-0001', { agencyCode: null, today }).ok).toBe(true);
  });

  it('refuses one dated after today', () => {
    expect(checkNewDossierCode('000.00.01.H26-261001-0001', { agencyCode: null, today })).toEqual({
      ok: false,
      problem: 'future',
      code: '000.00.01.H26-261001-0001',
      date: '2026-10-01',
    });
  });

  it('checks the shape, the date and the agency first', () => {
    expect(checkNewDossierCode('x', { agencyCode: null, today })).toMatchObject({ problem: 'shape' });
    expect(checkNewDossierCode('000.00.01.H26-260931-0001', { agencyCode: null, today })).toMatchObject({ problem: 'date' });
    expect(checkNewDossierCode('000.00.09.H26-260930-0001', { agencyCode: '000.00.01.H26', today })).toMatchObject({
      problem: 'agency',
    });
  });
});

describe('parseAgencyCode: the center’s own code', () => {
  it('takes V1V2V3.Z1Z2.Y1Y2.MX1X2, trimmed and upper-cased', () => {
    expect(parseAgencyCode(' 000.00.01.h26 ')).toEqual({ ok: true, agency: '000.00.01.H26' });
  });

  it.each(['', '000.00.01', '000.00.01.H2', '000.00.01.H26-260930-0012', 'H26', '0000.00.01.H26'])('refuses %j', (raw) => {
    expect(parseAgencyCode(raw)).toEqual({ ok: false, problem: 'shape', code: raw.trim().toUpperCase() });
  });
});

describe('dossierCodeRefusal: the message for each problem', () => {
  it('names the code and says what is wrong, in both languages', () => {
    const message = (raw: string, agencyCode: string | null = null) => {
      const check = checkNewDossierCode(raw, { agencyCode, today: '2026-09-30' });
      if (check.ok) throw new Error('expected a refusal');
      const { code, params } = dossierCodeRefusal(check);
      return [errorMessage(code, params, 'vi'), errorMessage(code, params, 'en')];
    };
    expect(message('A012')).toEqual([
      'Mã hồ sơ “A012” không đúng dạng: mã cơ quan, ngày tiếp nhận (YYMMDD) và số thứ tự, ví dụ 000.00.01.H26-260930-0012.',
      'Dossier code “A012” is not in the form agency code, receipt date (YYMMDD), sequence — e.g. 000.00.01.H26-260930-0012.',
    ]);
    expect(message('000.00.01.H26-260230-0001')).toEqual([
      'Mã hồ sơ “000.00.01.H26-260230-0001” có ngày tiếp nhận không có thật (260230).',
      'Dossier code “000.00.01.H26-260230-0001” has a receipt date that does not exist (260230).',
    ]);
    expect(message('000.00.02.H26-260930-0001', '000.00.01.H26')).toEqual([
      'Mã hồ sơ “000.00.02.H26-260930-0001” thuộc cơ quan 000.00.02.H26, không phải mã cơ quan của trung tâm (000.00.01.H26).',
      'Dossier code “000.00.02.H26-260930-0001” belongs to agency 000.00.02.H26, not to this center’s (000.00.01.H26).',
    ]);
    expect(message('000.00.01.H26-261001-0001')).toEqual([
      'Mã hồ sơ “000.00.01.H26-261001-0001” có ngày tiếp nhận 01/10/2026, sau hôm nay.',
      'Dossier code “000.00.01.H26-261001-0001” is dated 01/10/2026, after today.',
    ]);
  });
});

const pad = (n: number, width: number) => String(n).padStart(width, '0');
