/**
 * Figures for the satisfaction survey dashboard, from counts of answers on a 1..5 scale
 * (1 = "Extremely dissatisfied", 5 = "Extremely satisfied"). Pure: no I/O, no formatting.
 */

/** Exactly 5 counts: index 0 = answers of 1 … index 4 = answers of 5. */
export type RatingCounts = readonly number[];

export interface Summary {
  /** Number of answers. */
  count: number;
  /** Share of answers that are 4 or 5 (0..1). */
  csat: number | null;
  /** 95% Wilson score interval for `csat`. */
  csatLow: number | null;
  csatHigh: number | null;
  /** Mean rating (1..5). */
  mean: number | null;
  /** 95% interval for the mean (normal approximation); null below two answers. */
  meanLow: number | null;
  meanHigh: number | null;
  /** Each rating's share (0..1), index as in RatingCounts; zeros when there are no answers. */
  shares: number[];
}

const SCALE = 5;
/** Two-sided 95%: the 0.975 quantile of the standard normal. */
const Z95 = 1.959963984540054;

function checkCounts(counts: RatingCounts): void {
  if (counts.length !== SCALE) throw new RangeError(`expected ${SCALE} rating counts, got ${counts.length}`);
  for (const n of counts) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`rating counts must be whole numbers ≥ 0, got ${n}`);
  }
}

/**
 * Wilson rather than the plain normal interval because it stays inside 0..1 and is still
 * sensible for the small samples and all-satisfied weeks a newsroom survey produces.
 */
function wilson(successes: number, n: number, z: number): [number, number] {
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or 1 the bound is exactly 0 or 1, but floating point lands a hair either side.
  return [successes === 0 ? 0 : centre - half, successes === n ? 1 : centre + half];
}

export function summarize(counts: RatingCounts): Summary {
  checkCounts(counts);
  const count = counts.reduce((sum, n) => sum + n, 0);
  if (count === 0) {
    return { count: 0, csat: null, csatLow: null, csatHigh: null, mean: null, meanLow: null, meanHigh: null, shares: counts.map(() => 0) };
  }

  const satisfied = (counts[3] ?? 0) + (counts[4] ?? 0);
  const [csatLow, csatHigh] = wilson(satisfied, count, Z95);

  const mean = counts.reduce((sum, n, i) => sum + n * (i + 1), 0) / count;
  let meanLow: number | null = null;
  let meanHigh: number | null = null;
  if (count >= 2) {
    const squares = counts.reduce((sum, n, i) => sum + n * (i + 1 - mean) ** 2, 0);
    const margin = Z95 * Math.sqrt(squares / (count - 1) / count);
    // The normal approximation ignores that ratings are bounded; a mean outside 1..5 means nothing.
    meanLow = Math.max(1, mean - margin);
    meanHigh = Math.min(SCALE, mean + margin);
  }

  return {
    count,
    csat: satisfied / count,
    csatLow,
    csatHigh,
    mean,
    meanLow,
    meanHigh,
    shares: counts.map((n) => n / count),
  };
}

/** Combines two samples, e.g. two days into a week. */
export function addCounts(a: RatingCounts, b: RatingCounts): number[] {
  checkCounts(a);
  checkCounts(b);
  return a.map((n, i) => n + (b[i] ?? 0));
}
