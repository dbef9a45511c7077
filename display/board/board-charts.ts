// The hourly chart series from the board's figures: one series per field, hours of the working day.
import type { BoardHour, Field } from '../../shared/types.js';
import { localName, t } from '../../ui/i18n/lang.js';
import type { ChartSeries } from './mc-board-chart.js';

/** Series colours, one per field in catalogue order: distinct and dark enough on white. */
const FIELD_COLOURS = ['#0b4f9c', '#b3261e', '#1b5e20', '#8a4b00', '#5b2a86', '#00695c', '#37474f', '#ad1457'];

/** Office hours are always shown; earlier or later hours only when tickets were issued then. */
const FIRST_HOUR = 7;
const LAST_HOUR = 17;

export function hourLabels(hours: readonly BoardHour[]): { hours: number[]; labels: string[] } {
  const seen = hours.map((h) => h.hour);
  const from = Math.min(FIRST_HOUR, ...seen);
  const to = Math.max(LAST_HOUR, ...seen);
  const range = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return { hours: range, labels: range.map((hour) => t('board.chart.hour', { hour })) };
}

export function hourSeries(
  fields: readonly Field[],
  hours: readonly BoardHour[],
  range: readonly number[],
  value: (h: BoardHour | undefined) => number | null,
): ChartSeries[] {
  return fields.map((f, i) => ({
    label: `${f.prefix} ${localName(f)}`,
    colour: FIELD_COLOURS[i % FIELD_COLOURS.length],
    data: range.map((hour) => value(hours.find((h) => h.hour === hour && h.fieldId === f.id))),
  }));
}
