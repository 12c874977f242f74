/** Entry ids: a slug of the canonical source, unique, independent of row order. */
import type { GlossaryEntry } from '../model.js';
import { canonicalEntry } from './canonical.js';
import type { EntryDraft } from './rows.js';

/** "Islamic State (IS)" → "islamic-state-is", "Iraq’s Foreign Ministry" → "iraqs-foreign-ministry". */
export function slugOf(source: string): string {
  const slug = source
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  // A source without Latin letters or digits still needs an id; the suffix rule keeps it unique.
  return slug === '' ? 'term' : slug;
}

/**
 * Gives each entry its id, in the input order. Entries sharing a slug are ranked by their
 * canonical content (then origin, for identical rows): the first keeps the bare slug, the
 * others take the next free `-2`, `-3` …, so shuffling rows never moves an id.
 */
export function withIds(drafts: readonly EntryDraft[]): GlossaryEntry[] {
  const ranked = drafts
    .map((draft) => ({ draft, slug: slugOf(draft.source), rank: canonicalEntry(draft) + originRank(draft) }))
    .sort((a, b) => compare(a.slug, b.slug) || compare(a.rank, b.rank));
  const taken = new Set<string>();
  const ids = new Map<EntryDraft, string>();
  // Bare slugs first, so that "Foo 2" keeps "foo-2" even when a second "Foo" exists.
  for (const { draft, slug } of ranked) {
    if (!taken.has(slug)) {
      taken.add(slug);
      ids.set(draft, slug);
    }
  }
  // Each slug's search goes on where its last one stopped (ids are only ever added, so the
  // suffixes below stay taken): starting again from 2 was quadratic in rows sharing a slug.
  const nextSuffix = new Map<string, number>();
  for (const { draft, slug } of ranked) {
    if (ids.has(draft)) continue;
    let suffix = nextSuffix.get(slug) ?? 2;
    while (taken.has(`${slug}-${suffix}`)) suffix++;
    taken.add(`${slug}-${suffix}`);
    ids.set(draft, `${slug}-${suffix}`);
    nextSuffix.set(slug, suffix + 1);
  }
  return drafts.map((draft) => ({ id: ids.get(draft)!, ...draft }));
}

function originRank(draft: EntryDraft): string {
  return `\u0000${draft.origin.file}\u0000${String(draft.origin.line).padStart(9, '0')}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
