// How the bench's reports print a figure, and their Markdown tables.
import { EVENT_TIMING_FLOOR } from './stats.mjs';

export const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);
export const kb = (value) => (value === null ? '—' : `${(value / 1024).toFixed(1)} KB`);
export const ratio = (value) => (value === null ? '—' : `${value.toFixed(2)}×`);
export const cls = (value) => (value === null ? '—' : value.toFixed(3));

/**
 * An Event Timing figure from eventTimingMedian or eventTimingWorst: at the floor, the browser
 * reported nothing (or 16 ms), so all that is known is that it took no longer.
 */
export const eventMs = (value) =>
  value === null ? '—' : value <= EVENT_TIMING_FLOOR ? `≤ ${EVENT_TIMING_FLOOR} ms` : ms(value);

// Numbers align right; a table of words (`numeric` false) aligns left.
export const table = (header, rows, { numeric = true } = {}) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, index) => (index === 0 || !numeric ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** What moved in a load: its largest shifts' elements, as "`tag#id.class` at 1234 ms". */
export function movers(run, count = 3) {
  return [
    ...new Set(
      [...(run?.shifts ?? [])]
        .sort((a, b) => b.value - a.value)
        .flatMap((shift) => shift.sources.map((source) => `\`${source}\` at ${shift.time} ms`)),
    ),
  ].slice(0, count);
}
