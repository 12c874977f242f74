import type { TermType } from '../model.js';

/** A form in capitals only ("IS", "US", "(IS)"): an acronym, which lower-case text never means. */
export function isAllCapitals(form: string): boolean {
  return form !== form.toLowerCase() && form === form.toUpperCase();
}

/**
 * The `case` column's default: names and do-not-translate terms are matched as written, as is a
 * canonical form in capitals; other terms in any case ("Air strike", "air strike").
 */
export function defaultCaseSensitivity(type: TermType, source: string): boolean {
  return type !== 'term' || isAllCapitals(source);
}

/**
 * Whether one form of an entry is matched case-sensitively: an all-capitals variant always is,
 * even in an insensitive entry, so "IS" the group never matches "is" the verb.
 */
export function isFormCaseSensitive(entry: { readonly caseSensitive: boolean }, form: string): boolean {
  return entry.caseSensitive || isAllCapitals(form);
}
