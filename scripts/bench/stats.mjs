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
