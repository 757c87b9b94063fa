// Day numbers (days since 1970-01-01, UTC) and their labels: the slider's unit, the same as the
// server's DateText.UnixDay so values rendered in Razor and computed here agree.

const DAY_MS = 86400000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];

/** The day number of an ISO date (YYYY-MM-DD; YYYY-MM and YYYY take the first day), or null. */
export function dayFromIso(iso) {
  if (typeof iso !== 'string') return null;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!match) return null;
  const [, y, m = '01', d = '01'] = match;
  return Math.round(Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS);
}

/** YYYY-MM-DD of a day number. */
export function isoFromDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "17 March 2017". */
export function describeDay(day) {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "17 Mar 2017". */
export function shortDay(day) {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()].slice(0, 3)} ${date.getUTCFullYear()}`;
}

/**
 * The last day of the interval a date of this precision stands for: the day itself, the last day
 * of its month, or 31 December of its year. A month-precision report overlaps any range touching that month.
 */
export function intervalEnd(startDay, precision) {
  const date = new Date(startDay * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (precision) {
    case 'month': return Math.round(Date.UTC(y, m + 1, 1) / DAY_MS) - 1;
    case 'year': return Math.round(Date.UTC(y + 1, 0, 1) / DAY_MS) - 1;
    default: return startDay;
  }
}

/** A date as precise as it is known: "17 Mar 2017", "March 2017", "2017"; "undated" for null. */
export function describeFuzzy(day, precision) {
  if (day === null || day === undefined) return 'undated';
  const date = new Date(day * DAY_MS);
  switch (precision) {
    case 'year': return String(date.getUTCFullYear());
    case 'month': return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
    default: return shortDay(day);
  }
}
