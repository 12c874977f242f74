/**
 * Reads the gold segmentation set shared by the tests and bench/segment.ts.
 * Format: one expected sentence per line, a blank line between paragraphs, `#` comments.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldParagraph {
  /** 1-based line of the paragraph's first sentence in the gold file, for reports. */
  readonly line: number;
  /** The paragraph as the segmenter sees it: its sentences joined by one space. */
  readonly text: string;
  readonly sentences: readonly string[];
}

const goldPath = join('tests', 'segment', 'gold', 'en-news.txt');

export function readEnglishGold(): GoldParagraph[] {
  return parseGold(readFileSync(join(findRepoRoot(), goldPath), 'utf8'));
}

export function parseGold(content: string): GoldParagraph[] {
  const paragraphs: GoldParagraph[] = [];
  let sentences: string[] = [];
  let firstLine = 0;
  const flush = (): void => {
    if (sentences.length > 0) paragraphs.push({ line: firstLine, text: sentences.join(' '), sentences });
    sentences = [];
  };
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith('#')) return;
    if (line === '') return flush();
    if (sentences.length === 0) firstLine = i + 1;
    sentences.push(line);
  });
  flush();
  return paragraphs;
}

/**
 * The directory holding package.json and the gold file. Walks up from this module (source in
 * tests/, or compiled under dist/), then from the working directory (a build outside the repo).
 */
function findRepoRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, goldPath))) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`Cannot find ${goldPath}: run from the wire-l10n repository.`);
}
