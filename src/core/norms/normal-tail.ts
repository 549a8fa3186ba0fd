/**
 * The standard normal distribution's lower tail Φ(z) with a small relative error in the far tails, where rarity
 * is decided: erfc by the Chebyshev fit of Press et al., "Numerical Recipes" (2nd ed., 1992, §6.2), fractional error
 * under 1.2e-7 everywhere. `simple-statistics` offers a table lookup to two decimals of z, too coarse at z = −4.
 */
export function normalLowerTail(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return 0.5 * erfc(-z / Math.SQRT2);
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(poly);
  return x >= 0 ? r : 2 - r;
}
