// Two engines on the same queries: a count of who found more says little when they differ on a
// handful. What decides is the queries only one of them answers (the discordant pairs) and how
// likely that split is if neither engine is better: McNemar's exact test, a two-sided binomial
// test on the discordant pairs with p = 1/2.

export interface Paired {
  /** Queries both engines answer, or neither. */
  same: number;
  /** Queries only the first engine answers. */
  onlyFirst: number;
  /** Queries only the second engine answers. */
  onlySecond: number;
  /** Exact two-sided p-value that the split of the discordant pairs is chance (1 when none differ). */
  p: number;
}

/** ln(n!), exact enough for the few hundred queries a quality set holds. */
function logFactorial(n: number): number {
  let sum = 0;
  for (let k = 2; k <= n; k++) sum += Math.log(k);
  return sum;
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomialCdfHalf(k: number, n: number): number {
  let total = 0;
  for (let i = 0; i <= k; i++) total += Math.exp(logFactorial(n) - logFactorial(i) - logFactorial(n - i) - n * Math.LN2);
  return total;
}

export function mcnemarExact(onlyFirst: number, onlySecond: number): number {
  const n = onlyFirst + onlySecond;
  if (n === 0) return 1;
  return Math.min(1, 2 * binomialCdfHalf(Math.min(onlyFirst, onlySecond), n));
}

/** Pairs up two engines' outcomes (true: the query was answered) on the same queries, in order. */
export function paired(first: boolean[], second: boolean[]): Paired {
  if (first.length !== second.length) throw new Error(`paired outcomes of different lengths: ${first.length} and ${second.length}`);
  let onlyFirst = 0;
  let onlySecond = 0;
  first.forEach((a, i) => {
    if (a && !second[i]) onlyFirst++;
    if (!a && second[i]) onlySecond++;
  });
  return { same: first.length - onlyFirst - onlySecond, onlyFirst, onlySecond, p: mcnemarExact(onlyFirst, onlySecond) };
}
