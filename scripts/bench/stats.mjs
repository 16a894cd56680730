// Small statistics: medians, and ratios taken pair by pair so that a slow moment of the machine
// weighs on both sides of the ratio it falls in, rather than on one side of a ratio of medians.

export function median(values) {
  const sorted = values
    .filter((value) => value !== null && Number.isFinite(value))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function worst(values) {
  const finite = values.filter((value) => value !== null && Number.isFinite(value));
  return finite.length === 0 ? null : Math.max(...finite);
}

/** Median over pairs of app ÷ static; pairs where the static value is 0 or missing are left out. */
export function pairRatio(pairs, pick) {
  return median(
    pairs.map((pair) => {
      const app = pick(pair.app);
      const plain = pick(pair.static);
      return app === null || plain === null || plain === 0 ? null : app / plain;
    }),
  );
}

// Event Timing reports an event only from 16 ms up (the lowest durationThreshold it allows).
export const EVENT_TIMING_FLOOR = 16;

/**
 * The median of Event Timing durations, null meaning "not reported, so under 16 ms". Those count
 * as 16 ms, so the median is never lower than the truth: a budget met on it is met.
 */
export function eventTimingMedian(values) {
  return median(values.map((value) => value ?? EVENT_TIMING_FLOOR));
}

export function eventTimingWorst(values) {
  return values.length === 0 ? null : (worst(values) ?? EVENT_TIMING_FLOOR);
}

/** The browser's Event Timing figure of a click sample: its interaction's longest entry. */
export const eventTimingOf = (sample) => sample.interactionDuration ?? sample.eventDuration ?? null;
