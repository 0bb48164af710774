/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares): exact and fast for a few features and thousands of pairs. Coefficients may be fixed
 * (given, not fitted), for features the data cannot speak to.
 */
import type { LogisticModel } from '@/lib/match/model';

/** Penalty on the coefficients (not the bias): keeps correlated features from trading large opposite weights. */
const L2 = 1;
const ITERATIONS = 30;

/** Fits `y` (0/1) on rows `x`; `fixed` maps feature indices to coefficients kept as given. */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  fixed: ReadonlyMap<number, number> = new Map(),
  l2 = L2,
): LogisticModel {
  const d = x[0]?.length ?? 0;
  const free = [...Array(d).keys()].filter((k) => !fixed.has(k));
  // Unknowns: the free coefficients, then the bias.
  const m = free.length + 1;
  const w = new Array<number>(m).fill(0);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const grad = new Array<number>(m).fill(0);
    const hess = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    for (let n = 0; n < x.length; n++) {
      const row = [...free.map((k) => x[n]![k]!), 1];
      let z = 0;
      for (const [k, c] of fixed) z += c * x[n]![k]!;
      for (let a = 0; a < m; a++) z += w[a]! * row[a]!;
      const p = 1 / (1 + Math.exp(-z));
      const s = p * (1 - p);
      for (let a = 0; a < m; a++) {
        grad[a]! += (p - y[n]!) * row[a]!;
        for (let b = 0; b <= a; b++) hess[a]![b]! += s * row[a]! * row[b]!;
      }
    }
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < a; b++) hess[b]![a] = hess[a]![b]!;
      if (a < m - 1) {
        grad[a]! += l2 * w[a]!;
        hess[a]![a]! += l2;
      }
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let a = 0; a < m; a++) {
      w[a]! -= step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-9) break;
  }
  const weights = new Array<number>(d).fill(0);
  free.forEach((k, a) => (weights[k] = w[a]!));
  for (const [k, c] of fixed) weights[k] = c;
  return { weights, bias: w[m - 1]! };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let c = r + 1; c < n; c++) s -= m[r]![c]! * out[c]!;
    out[r] = s / m[r]![r]!;
  }
  return out;
}
