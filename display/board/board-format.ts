// Numbers as the board shows them: whole minutes, percentages in the screen's language.
import { formatPercent } from '../../ui/format.js';
import { t } from '../../ui/i18n/lang.js';

export function minutesText(minutes: number | null): string {
  return minutes === null ? t('board.none') : t('board.minutes', { minutes: Math.round(minutes) });
}

export function percentText(share: number | null): string {
  if (share === null) return t('board.none');
  return formatPercent(share);
}
