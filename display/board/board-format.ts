// Numbers as the board shows them: whole minutes, percentages in the screen's language.
import { lang, t } from '../../ui/i18n/lang.js';

export function minutesText(minutes: number | null): string {
  return minutes === null ? t('board.none') : t('board.minutes', { minutes: Math.round(minutes) });
}

export function percentText(share: number | null): string {
  if (share === null) return t('board.none');
  return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
