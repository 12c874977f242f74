/** BCP 47 language tags: the one canonical spelling, and the base language a regional tag falls back to. */

/** `FR` → `fr`, `fr-ca` → `fr-CA`; undefined when `tag` is not a well-formed language tag. */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The language subtag, lower-case: `fr-CA` → `fr`, `ar` → `ar`. */
export function baseLanguage(tag: string): string {
  return (tag.split(/[-_]/u)[0] ?? tag).toLowerCase();
}
