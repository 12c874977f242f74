import type { Quantity } from '../model.js';

/**
 * `amount` × 10^`power` with the precision it shows carried over (1.25 trillion → 1250 billion,
 * 2.5 thousand → 2500): the digits the source states are the digits the target states.
 */
export function shifted(amount: Quantity, power: number): Quantity {
  const fractionDigits = Math.max(0, amount.fractionDigits - power);
  // Rounded to the digits shown: 0.35 × 1000 is 350.00000000000006 in binary floating point.
  return { value: Number((amount.value * 10 ** power).toFixed(fractionDigits)), fractionDigits };
}

