import { hashText } from '../util/hash.js';

const MAX_SLUG_WORDS = 7;
const MAX_SLUG_LENGTH = 48;

/**
 * A file-safe id for a story without one: the headline's first words as lowercase ASCII
 * (at most 7 words and 48 characters, cut between words), then the date when known.
 * A headline with no Latin letters or digits gets a short hash of itself instead.
 */
export function articleId(headline: string, date: string | undefined): string {
  const slug = headlineSlug(headline) || `story-${hashText(headline).slice(0, 8)}`;
  return date === undefined ? slug : `${slug}-${date}`;
}

function headlineSlug(headline: string): string {
  const words = headline
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "Iraq’s" is one word, not "iraq-s".
    .replace(/['’]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words.slice(0, MAX_SLUG_WORDS)) {
    const longer = slug === '' ? word : `${slug}-${word}`;
    if (longer.length > MAX_SLUG_LENGTH) break;
    slug = longer;
  }
  // A single word longer than the limit is cut rather than lost.
  return slug === '' ? (words[0] ?? '').slice(0, MAX_SLUG_LENGTH) : slug;
}
