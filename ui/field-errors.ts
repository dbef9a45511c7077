// A refused request's field errors (shared/errors.ts FieldError) in the screen's words: each field by
// the label the screen gives it, then what is wrong — "N (…): phải từ 1 trở lên". The one mapping
// from the API's field paths to the catalogue; ui/data/http.ts applies it to every answer.
import type { FieldError } from '../shared/errors.js';
import { plural, t, type TextKey } from './i18n/lang.js';

/** Field paths (list indices dropped: `sessions.end`) to the label the screens show for them. */
const LABELS: Readonly<Record<string, TextKey>> = {
  username: 'counter.login.username',
  password: 'counter.login.password',
  priorityMode: 'admin.rules.priority',
  priorityEvery: 'admin.rules.every',
  recallsBeforeNoShow: 'admin.rules.recalls',
  waitAlertMinutes: 'admin.rules.waitAlert',
  templateVi: 'input.label.templateVi',
  templateEn: 'input.label.templateEn',
  publicUrl: 'admin.publicUrl.label',
  'sessions.weekday': 'input.label.weekday',
  'sessions.start': 'admin.weekly.start',
  'sessions.end': 'admin.weekly.end',
  'sessions.kind': 'input.label.kind',
  from: 'admin.outreach.from',
  to: 'admin.outreach.to',
  start: 'admin.weekly.start',
  end: 'admin.weekly.end',
  placeVi: 'admin.outreach.placeVi',
  placeEn: 'admin.outreach.placeEn',
  counterIds: 'input.label.counters',
  date: 'admin.holiday.date',
  nameVi: 'admin.nameVi',
  nameEn: 'admin.nameEn',
  days: 'admin.fastTrack.days',
  'procedures.checklistVi': 'admin.fastTrack.checklistVi',
  'procedures.checklistEn': 'admin.fastTrack.checklistEn',
  reason: 'input.label.reason',
  procedureId: 'input.label.procedure',
  procedureIds: 'input.label.procedure',
  priority: 'input.label.priority',
  slotStart: 'input.label.slot',
  citizenName: 'booking.name',
  phone: 'input.label.phone',
  'outcomes.outcome': 'input.label.outcome',
  'outcomes.resultDate': 'counter.finish.resultDate',
  'outcomes.verification': 'counter.finish.verify',
  'outcomes.verification.reason': 'counter.finish.verifyReason',
  'outcomes.verification.note': 'counter.finish.verifyNote',
  'citizen.name': 'counter.finish.citizenName',
  'citizen.phone': 'counter.finish.citizenPhone',
  retentionMonths: 'admin.personal.months',
  name: 'devices.name',
  kind: 'devices.kind',
  code: 'pair.codeLabel',
};

function label(path: string): string {
  const key = LABELS[path.replace(/\.\d+(?=\.|$)/g, '')];
  if (key) return t(key);
  // A field no screen shows (an API client's mistake): its path is the best name there is.
  return path || t('input.request');
}

function problem(f: FieldError): string {
  const limit = f.limit ?? 0;
  switch (f.code) {
    case 'required':
      return t('input.required');
    case 'too-small':
      if (f.of === 'string') return limit <= 1 ? t('input.empty') : plural('input.tooShort', limit);
      return f.of === 'array' ? plural('input.tooFew', limit) : t('input.atLeast', { count: limit });
    case 'too-big':
      if (f.of === 'string') return plural('input.tooLong', limit);
      return f.of === 'array' ? plural('input.tooMany', limit) : t('input.atMost', { count: limit });
    case 'invalid-format':
      return f.format === 'url' ? t('input.url') : f.format === 'date' ? t('input.date') : t('input.format');
    case 'invalid-value':
      return t('input.choice');
    case 'unknown-field':
      return t('input.unknown');
    case 'invalid-type':
    case 'invalid':
      return t('input.invalid');
  }
}

/** Every field's problem, one after the other. */
export function fieldErrorText(fields: readonly FieldError[]): string {
  return fields.map((f) => t('input.problem', { label: label(f.path), problem: problem(f) })).join('; ');
}
