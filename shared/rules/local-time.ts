// Calendar arithmetic in a center's time zone, with Intl only, so it runs in browsers too.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// Formatting a date is slow and a request asks for the same minute many times: remember recent minutes.
const recent = new Map<string, LocalParts>();
const RECENT_LIMIT = 512;

export function localParts(at: number, timeZone: string): LocalParts {
  const key = `${timeZone}|${Math.floor(at / 60_000)}`;
  const known = recent.get(key);
  if (known) return known;
  const computed = computeLocalParts(at, timeZone);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(key, computed);
  return computed;
}

function computeLocalParts(at: number, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: number, timeZone: string): string {
  return localParts(at, timeZone).date;
}

/** The instant at which the local clock in `timeZone` reads `minutes` after midnight on `date`. */
export function localInstant(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(y, m - 1, d, 0, minutes);
  let guess = wanted;
  // Correct by the zone's offset at the guess; twice covers an offset change in between.
  for (let i = 0; i < 2; i++) {
    const p = localParts(guess, timeZone);
    const [py, pm, pd] = p.date.split('-').map(Number) as [number, number, number];
    guess += wanted - Date.UTC(py, pm - 1, pd, 0, p.minutes);
  }
  return guess;
}
