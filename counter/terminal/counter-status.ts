// A counter's status in words, with the pause reason when paused.
import type { CounterView } from '../../shared/types.js';
import { t } from '../../ui/i18n/lang.js';

export function counterStatusLabel(counter: CounterView): string {
  return counter.status === 'paused' && counter.pauseReason
    ? t('counter.pausedReason', { reason: t(`pause.${counter.pauseReason}`) })
    : t(`counter.status.${counter.status}`);
}
