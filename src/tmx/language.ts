/** How TMX language tags become the tags wire-l10n stores. */

/** Languages whose regional variants wire-l10n treats as one: `fr-FR`, `fr-CA` → `fr`. */
const BY_PRIMARY_SUBTAG: ReadonlySet<string> = new Set(['en', 'fr', 'ar']);

/** Lowercased (BCP 47 tags are case-insensitive); en, fr and ar reduced to their primary subtag. */
export function languageKey(tag: string): string {
  const lower = tag.trim().toLowerCase();
  const primary = lower.split(/[-_]/u)[0]!;
  return BY_PRIMARY_SUBTAG.has(primary) ? primary : lower;
}
