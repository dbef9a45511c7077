// The expected wait in words, as the slip and the kiosk say it.
import { t } from './i18n/lang.js';

export function estimateText(minutes: number): string {
  return minutes < 1 ? t('estimate.soon') : t('estimate.minutes', { minutes });
}
