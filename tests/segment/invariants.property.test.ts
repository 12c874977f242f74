import { describe, expect, it } from 'vitest';
import { segmentArticle, segmentText } from '../../src/segment/index.js';
import { seededRandom as prng } from '../helpers/generate-stories.js';

const fragments = [
  'The', 'minister', 'said', 'he', 'Police', 'It', 'Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Lt. Col.', 'Sen.',
  'U.S.', 'U.N.', 'D.C.', 'p.m.', 'a.m.', '10:30', 'Sept.', 'No. 2', 'Inc.', 'Calif.', 'D-Calif.',
  'e.g.', 'i.e.', 'etc.', 'vs.', 'George W. Bush', 'J.R.R.', '$2.5 billion', '3.5 percent', '4,000',
  'example.com/a.b', 'john.doe@afp.com', '“', '”', '"', "'", '‘', '’', '(AFP)', '(', ')', '«', '»',
  '.', '..', '...', '…', '?', '!', '?”', '.”', ',”', '!"', '–', '—', '-', ',', ';', ':',
  'M.', 'Mme', 'av. J.-C.', 'p. ex.', 'L’armée', 'déclaré', 'Pourquoi\u202F?', 'parti\u00A0!',
  'قال', 'د.', 'م.', 'الوزارة', '،', '؛', '؟', 'المفاوضات.', '٢.٥', 'BAGHDAD', 'ST.',
  // Line structure: list markers, bylines, labels, emoji, brands, particles.
  '\n1.', '\n2)', '\n- ', '\n• ', '\nBy', 'Par', 'بقلم', 'What we know:', 'iPad', 'de Gaulle', '🎉', 'said',
];
const spaces = [' ', ' ', ' ', '  ', '\n', '\n\n', '\n \n', '\t', '\u00A0', '\u202F', ''];
const languages = ['en', 'fr', 'ar'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function randomText(random: () => number): string {
  const length = Math.floor(random() * 40);
  let text = random() < 0.2 ? pick(random, spaces) : '';
  for (let i = 0; i < length; i++) text += pick(random, fragments) + pick(random, spaces);
  return text;
}

const withoutWhitespace = (text: string): string => text.replace(/\s/g, '');

/** What is wrong with a segmentation of `text`, or undefined when the invariants hold. */
function violation(text: string, segments: readonly string[]): string | undefined {
  if (segments.map(withoutWhitespace).join('') !== withoutWhitespace(text)) return 'non-whitespace text changed';
  if (segments.some((segment) => segment.length === 0)) return 'empty segment';
  if (segments.some((segment) => segment !== segment.trim())) return 'untrimmed segment';
  if (segments.some((segment) => /\n\s*\n/.test(segment))) return 'paragraph break inside a segment';
  return undefined;
}

describe('segmentation invariants over generated text', () => {
  it('keeps them for a block whose line breaks ingest turned into spaces (Block.lineBreaks)', () => {
    const random = prng(20261202);
    const failures: string[] = [];
    for (let run = 0; run < 800; run++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 5) }, () => randomText(random).replace(/\s+/g, ' ').trim());
      const nonEmpty = lines.filter((line) => line !== '');
      const text = nonEmpty.join(' ');
      const lineBreaks = nonEmpty.slice(0, -1).map((_, i) => nonEmpty.slice(0, i + 1).join(' ').length);
      const lang = languages[run % languages.length]!;
      const block = { id: 'p1', kind: 'paragraph' as const, text, line: 1, lineBreaks };
      const article = { id: 'a', version: 1, lang, dateline: {}, blocks: [block], source: { path: 'a.txt', format: 'text' as const } };
      const problem = violation(text, segmentArticle(article).map((segment) => segment.source));
      if (problem) failures.push(`run ${run} (${lang}): ${problem}: ${JSON.stringify(text)} ${JSON.stringify(lineBreaks)}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('never adds, drops or changes a non-whitespace character; segments are non-empty and trimmed', () => {
    const random = prng(20241123);
    const failures: string[] = [];
    for (let run = 0; run < 2500; run++) {
      const text = randomText(random);
      const lang = languages[run % languages.length]!;
      const problem = violation(text, segmentText(text, lang));
      if (problem) failures.push(`run ${run} (${lang}): ${problem}: ${JSON.stringify(text)}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
