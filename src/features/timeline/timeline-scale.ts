import { TIMELINE_END, TIMELINE_START } from '../../data/schemas/ids';
import { formatUnDate } from '../../ui/format-date';

const DAY = 86_400_000;
const start = Date.UTC(TIMELINE_START, 0, 1);
const end = Date.UTC(TIMELINE_END, 0, 1);

/** Midnight UTC of a full or partial ISO date; a year or month alone counts from its first day. */
function timeOf(iso: string): number {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year!, month - 1, day);
}

/**
 * Where a date sits on the axis, from 0 (1 January 2000) to 1 (1 January 2030, the SDG
 * deadline's year). A date known only to the year sits at its year's mark, where the year is
 * labelled.
 */
export function positionOf(iso: string): number {
  const at = (timeOf(iso) - start) / (end - start);
  return Math.min(1, Math.max(0, at));
}

/** Whether a date can be drawn on the axis at all. */
export const withinAxis = (iso: string) => timeOf(iso) >= start && timeOf(iso) <= end + 365 * DAY;

/** The labelled years: every fifth, 2000 to 2030. */
export const labelledYears = Array.from(
  { length: (TIMELINE_END - TIMELINE_START) / 5 + 1 },
  (_, index) => TIMELINE_START + index * 5,
);

/**
 * A date or a span in UN style: "8 September 2000", "6–8 September 2000",
 * "25 October – 2 November 2025", "30 December 2025 – 2 January 2026".
 */
export function formatSpan(date: string, endDate?: string): string {
  if (!endDate || endDate === date) return formatUnDate(date);
  const [y1, m1, d1] = date.split('-');
  const [y2, m2, d2] = endDate.split('-');
  if (d1 && d2 && y1 === y2 && m1 === m2) return `${Number(d1)}–${formatUnDate(endDate)}`;
  if (d1 && d2 && y1 === y2) {
    const first = formatUnDate(date).replace(` ${y1}`, '');
    return `${first} – ${formatUnDate(endDate)}`;
  }
  return `${formatUnDate(date)} – ${formatUnDate(endDate)}`;
}

/** Today as an ISO date, in UTC like every other date here. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
