// How long a dossier line keeps the citizen's name and phone typed for Form 01: the center's
// retention in months after the day it was received; then both are cleared.

/**
 * The first receipt day whose lines still keep their name and phone on `today` (both local dates,
 * YYYY-MM-DD): `months` calendar months before today, the day clamped to that month's end (31 May
 * less 3 months is the last day of February). Lines received before it are cleared.
 */
export function personalDataCutoff(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // Day 0 of the month after is the last day of the month wanted.
  const monthEnd = new Date(Date.UTC(y, m - months, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 - months, Math.min(d, monthEnd))).toISOString().slice(0, 10);
}
