/** Small statistics for benchmark reports: medians and a least-squares line with R². */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface LinearFit {
  /** Seconds per page (the slope). */
  slope: number;
  /** Fixed cost in seconds (the intercept). */
  intercept: number;
  /** Coefficient of determination; 1 when every point lies on the line (NaN with fewer than 3 distinct points). */
  r2: number;
  n: number;
}

/** Ordinary least squares y = intercept + slope·x. Needs at least two distinct x. */
export function leastSquares(points: readonly { x: number; y: number }[]): LinearFit | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
    syy += (p.y - my) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let ssr = 0;
  for (const p of points) ssr += (p.y - (intercept + slope * p.x)) ** 2;
  const r2 = n < 3 ? Number.NaN : syy === 0 ? 1 : 1 - ssr / syy;
  return { slope, intercept, r2, n };
}

export interface Growth {
  fit: LinearFit | null;
  /** Seconds per page at each size, in the order given (sorted by pages). */
  perPage: { pages: number; seconds: number; perPage: number }[];
  /** Cost of each page added between consecutive sizes: (s₂ − s₁) / (p₂ − p₁). */
  marginal: { from: number; to: number; perPage: number }[];
  /** Marginal per-page cost of the last step ÷ that of the step before (1 = linear; > 1 grows faster). */
  marginalRatio: number;
  /** Seconds per page at the largest size ÷ at the middle size. */
  averageRatio: number;
  /** Near-linear: R² ≥ 0.98 and the marginal ratio ≤ 1.5 (needs three sizes). */
  verdict: 'near-linear' | 'super-linear' | 'sub-linear' | 'not enough points';
}

/** How build time grows with pages: the least-squares line and the per-page costs along the way. */
export function growth(samples: readonly { pages: number; seconds: number }[]): Growth {
  const s = [...samples].sort((a, b) => a.pages - b.pages);
  const fit = leastSquares(s.map((p) => ({ x: p.pages, y: p.seconds })));
  const perPage = s.map((p) => ({ pages: p.pages, seconds: p.seconds, perPage: p.seconds / p.pages }));
  const marginal: Growth['marginal'] = [];
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1] as { pages: number; seconds: number };
    const b = s[i] as { pages: number; seconds: number };
    if (b.pages > a.pages) marginal.push({ from: a.pages, to: b.pages, perPage: (b.seconds - a.seconds) / (b.pages - a.pages) });
  }
  const last = marginal.at(-1);
  const prev = marginal.at(-2);
  const marginalRatio = last && prev && prev.perPage > 0 ? last.perPage / prev.perPage : Number.NaN;
  const largest = perPage.at(-1);
  const middle = perPage.length >= 2 ? perPage[Math.floor((perPage.length - 1) / 2)] : undefined;
  const averageRatio = largest && middle && perPage.length >= 3 ? largest.perPage / middle.perPage : Number.NaN;
  let verdict: Growth['verdict'] = 'not enough points';
  if (fit && s.length >= 3 && Number.isFinite(marginalRatio)) {
    if (marginalRatio > 1.5) verdict = 'super-linear';
    else if (fit.r2 >= 0.98) verdict = marginalRatio < 0.67 ? 'sub-linear' : 'near-linear';
    else verdict = marginalRatio < 1 ? 'sub-linear' : 'super-linear';
  }
  return { fit, perPage, marginal, marginalRatio, averageRatio, verdict };
}
