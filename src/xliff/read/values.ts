/** Attribute and metadata values the reader checks. */

/** BCP 47 in shape (not against the registry): `fr`, `fr-CA`, `zh-Hant-TW`, `ar-001`. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/u;

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}

/** `1`, `2`, …: a story version. Leading zeros, signs, fractions and spaces are not. */
export function parsePositiveInteger(value: string): number | undefined {
  if (!/^[1-9][0-9]*$/u.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

/** An XLIFF yes/no attribute: absent → `fallback`; anything but `yes` or `no` → undefined. */
export function parseYesNo(value: string | undefined, fallback: boolean): boolean | undefined {
  if (value === undefined) return fallback;
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}
