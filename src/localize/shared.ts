import type { Quantity } from '../model.js';
import { formatPlain, formatQuantity, type LocaleFormat } from './intl.js';

/** `2014-2017` (years never grouped), `10-15`, `2 500-3 000`: both ends in the locale's digits, joined by a hyphen. */
export function formatRange(format: LocaleFormat, from: Quantity, to: Quantity, years: boolean): string {
  const end = (amount: Quantity): string => (years ? formatPlain(format, amount.value) : formatQuantity(format, amount));
  return `${end(from)}-${end(to)}`;
}
