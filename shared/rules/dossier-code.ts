// The dossier code of Circular 01/2018/TT-VPCP, Art. 19: the receiving agency's identifier code
// (V1V2V3.Z1Z2.Y1Y2.MX1X2), the receipt date YYMMDD and the day's sequence, e.g.
// 000.00.01.H26-260930-0012. One rule for the counter's input, the reception's search, the center's
// setting and the server's checks.
import type { ErrorCode, ErrorParams } from '../errors.js';

const AGENCY = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
const DOSSIER = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

export interface DossierCode {
  /** The code as stored and shown: trimmed, the agency letter upper-case. */
  code: string;
  agency: string;
  /** The receipt date, YYYY-MM-DD (YY is 20YY). */
  date: string;
  sequence: number;
}

export type DossierCodeRefused =
  | { ok: false; problem: 'shape'; code: string }
  | { ok: false; problem: 'date'; code: string }
  | { ok: false; problem: 'agency'; code: string; agency: string; expected: string }
  | { ok: false; problem: 'future'; code: string; date: string };

export type DossierCodeCheck = { ok: true; dossier: DossierCode } | DossierCodeRefused;

/** How a code typed by hand or by a scanner is read: no surrounding blanks, letters upper-case. */
const normalise = (raw: string) => raw.trim().toUpperCase();

/** YYYY-MM-DD of 20YY-MM-DD when that day exists in the calendar, else null. */
function realDate(yy: string, mm: string, dd: string): string | null {
  const [year, month, day] = [2000 + Number(yy), Number(mm), Number(dd)];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${mm}-${dd}` : null;
}

/** The center's agency code (the same shape as a code's first part). */
export function parseAgencyCode(raw: string): { ok: true; agency: string } | { ok: false; problem: 'shape'; code: string } {
  const code = normalise(raw);
  return AGENCY.test(code) ? { ok: true, agency: code } : { ok: false, problem: 'shape', code };
}

/**
 * Any real code — a search accepts a slip of any day. When the center has its agency code set
 * (`agencyCode`), the code must be that agency's.
 */
export function parseDossierCode(raw: string, agencyCode: string | null = null): DossierCodeCheck {
  const code = normalise(raw);
  const m = DOSSIER.exec(code);
  // The day's sequence counts from 0001.
  if (!m || m[5] === '0000') return { ok: false, problem: 'shape', code };
  const [, agency, yy, mm, dd, seq] = m;
  const date = realDate(yy, mm, dd);
  if (date === null) return { ok: false, problem: 'date', code };
  if (agencyCode !== null && agency !== agencyCode) return { ok: false, problem: 'agency', code, agency, expected: agencyCode };
  return { ok: true, dossier: { code, agency, date, sequence: Number(seq) } };
}

/**
 * A code recorded on a procedure line: a real code (as parseDossierCode) received today or on an
 * earlier day (`today`: the center's local date) — a slip from before today may be recorded late,
 * one from a day still to come is a typing or a scanning mistake.
 */
export function checkNewDossierCode(raw: string, center: { agencyCode: string | null; today: string }): DossierCodeCheck {
  const check = parseDossierCode(raw, center.agencyCode);
  if (check.ok && check.dossier.date > center.today)
    return { ok: false, problem: 'future', code: check.dossier.code, date: check.dossier.date };
  return check;
}

/** The code of an agency, a receipt date (YYYY-MM-DD) and a sequence (1–9999). */
export function formatDossierCode(parts: { agency: string; date: string; sequence: number }): string {
  const yymmdd = parts.date.slice(2).replaceAll('-', '');
  return `${parts.agency}-${yymmdd}-${String(parts.sequence).padStart(4, '0')}`;
}

/** The error (shared/errors.ts) that says why a code was refused: the server's answer and the screens' message. */
export function dossierCodeRefusal(refused: DossierCodeRefused): { code: ErrorCode; params: ErrorParams } {
  switch (refused.problem) {
    case 'shape':
      return { code: 'dossier-code-malformed', params: { code: refused.code } };
    case 'date':
      return { code: 'dossier-code-no-such-date', params: { code: refused.code, yymmdd: refused.code.split('-')[1] ?? '' } };
    case 'agency':
      return { code: 'dossier-code-other-agency', params: { code: refused.code, agency: refused.agency, expected: refused.expected } };
    case 'future':
      return { code: 'dossier-code-future', params: { code: refused.code, date: refused.date.split('-').reverse().join('/') } };
  }
}
