// Figures as the boards and the indicators panels say them: whole minutes, percentages and working
// days in the screen's language.
import { formatNumber, formatPercent } from './format.js';
import { t } from './i18n/lang.js';

export function minutesText(minutes: number | null): string {
  return minutes === null ? t('board.none') : t('board.minutes', { minutes: Math.round(minutes) });
}

export function percentText(share: number | null): string {
  if (share === null) return t('board.none');
  return formatPercent(share);
}

/** An average of working days: whole when it is, else with one decimal. */
export function workingDaysText(days: number | null): string {
  return days === null ? t('board.none') : formatNumber(days, Number.isInteger(days) ? 0 : 1);
}
