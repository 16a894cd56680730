const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * UN editorial style, "12 April 2010", from an ISO date; no time zone can shift the day. A date
 * known only to the month or year ("2013-02", "2016") is shown as far as it is known.
 */
export function formatUnDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || (month !== undefined && (!month || month > 12))) return iso;
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  if (!day) return iso;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
