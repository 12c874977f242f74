/**
 * Sentence segmentation benchmark: wire-l10n's segmenter side by side with Intl.Segmenter (ICU,
 * built into Node), sentence-splitter and sbd, in one run, on:
 * - the English gold set (tests/segment/gold/en-news.txt: one-line paragraphs, written with the rules);
 * - the bench corpus (tests/segment/corpus/{en,fr,ar}-wire.txt: news-like copy written apart from
 *   the rules, keeping line breaks: hard-wrapped paragraphs, bylines, lists, sub-heads).
 *
 * Per set and segmenter: paragraphs segmented exactly right, boundary precision / recall / F1,
 * paragraphs whose non-whitespace text came back changed, throughput in characters per second
 * (median of several repetitions), and ours ÷ theirs ratios. The last line is the headline.
 *
 * Not compared: pragmatic_segmenter (Ruby gem) and pySBD (Python) — neither RubyGems nor PyPI
 * is reachable from this environment, so they cannot be installed here.
 *
 * Run: npm run bench:segment (builds, then runs dist/bench/segment.js).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sbd from 'sbd';
import { split } from 'sentence-splitter';
import { segmentText } from '../src/segment/index.js';
import { parseCorpus } from '../tests/segment/corpus/read-corpus.js';
import { readEnglishGold } from '../tests/segment/gold/read-gold.js';
import { repoRoot } from './repo-root.js';

interface Paragraph {
  readonly text: string;
  readonly sentences: readonly string[];
}

interface TestSet {
  readonly name: string;
  readonly lang: string;
  readonly paragraphs: readonly Paragraph[];
}

interface Segmenter {
  readonly name: string;
  readonly segment: (text: string, lang: string) => string[];
}

interface Score {
  readonly name: string;
  readonly exact: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly changedText: number;
  readonly charactersPerSecond: number;
}

const ours = 'wire-l10n';
const icu = 'Intl.Segmenter';
const repetitions = 7;
const passesPerRepetition = 20;

const intlSegmenters = new Map<string, Intl.Segmenter>();
function intlSegmenter(lang: string): Intl.Segmenter {
  const cached = intlSegmenters.get(lang) ?? new Intl.Segmenter(lang, { granularity: 'sentence' });
  intlSegmenters.set(lang, cached);
  return cached;
}

const segmenters: readonly Segmenter[] = [
  { name: ours, segment: (text, lang) => segmentText(text, lang) },
  { name: icu, segment: (text, lang) => Array.from(intlSegmenter(lang).segment(text), (part) => part.segment) },
  {
    name: 'sentence-splitter',
    segment: (text) => split(text).flatMap((node) => (node.type === 'Sentence' ? [node.raw] : [])),
  },
  // Hard-wrapped copy would be cut at every line: sbd reads line breaks as spaces.
  { name: 'sbd', segment: (text) => sbd.sentences(text, { newline_boundaries: false }) },
];

function tidy(sentences: readonly string[]): string[] {
  return sentences.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
}

function sameSentences(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((sentence, i) => sentence === b[i]);
}

/** Boundaries as counts of non-whitespace characters before each cut: comparable across tools. */
function boundaries(sentences: readonly string[]): Set<number> {
  const cuts = new Set<number>();
  let offset = 0;
  for (const sentence of sentences.slice(0, -1)) {
    offset += sentence.replace(/\s/g, '').length;
    cuts.add(offset);
  }
  return cuts;
}

function score(segmenter: Segmenter, set: TestSet): Score {
  let exact = 0;
  let changedText = 0;
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  for (const paragraph of set.paragraphs) {
    const got = tidy(segmenter.segment(paragraph.text, set.lang));
    if (sameSentences(got, paragraph.sentences)) exact++;
    if (got.join('').replace(/\s/g, '') !== paragraph.text.replace(/\s/g, '')) changedText++;
    const wanted = boundaries(paragraph.sentences);
    const found = boundaries(got);
    for (const cut of found) if (wanted.has(cut)) truePositives++;
    predicted += found.size;
    expected += wanted.size;
  }
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = expected === 0 ? 1 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const exactShare = exact / set.paragraphs.length;
  return { name: segmenter.name, exact: exactShare, precision, recall, f1, changedText, charactersPerSecond: throughput(segmenter, set) };
}

/** Median characters per second over several repetitions, after one warm-up repetition. */
function throughput(segmenter: Segmenter, set: TestSet): number {
  const characters = set.paragraphs.reduce((n, p) => n + p.text.length, 0);
  const rates: number[] = [];
  for (let rep = 0; rep <= repetitions; rep++) {
    const start = performance.now();
    for (let pass = 0; pass < passesPerRepetition; pass++) {
      for (const paragraph of set.paragraphs) segmenter.segment(paragraph.text, set.lang);
    }
    const seconds = (performance.now() - start) / 1000;
    if (rep > 0) rates.push((passesPerRepetition * characters) / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
}

const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;
const ratio = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(2));

function byName(scores: readonly Score[], name: string): Score {
  const found = scores.find((s) => s.name === name);
  if (!found) throw new Error(`no score for ${name}`);
  return found;
}

function corpusSet(lang: string): TestSet {
  const file = join('tests', 'segment', 'corpus', `${lang}-wire.txt`);
  return { name: `corpus ${lang}`, lang, paragraphs: parseCorpus(readFileSync(join(repoRoot, file), 'utf8')) };
}

function report(set: TestSet): Score[] {
  const scores = segmenters.map((segmenter) => score(segmenter, set));
  const mine = byName(scores, ours);
  const boundaryCount = set.paragraphs.reduce((n, p) => n + p.sentences.length - 1, 0);
  const characters = set.paragraphs.reduce((n, p) => n + p.text.length, 0);
  console.log(`\n${set.name}: ${set.paragraphs.length} paragraphs, ${boundaryCount} boundaries, ${characters} characters`);
  console.table(
    scores.map((s) => ({
      segmenter: s.name,
      exact: percent(s.exact),
      precision: percent(s.precision),
      recall: percent(s.recall),
      F1: percent(s.f1),
      'changed text': s.changedText,
      'chars/s': Math.round(s.charactersPerSecond),
      'exact: ours ÷ theirs': ratio(mine.exact, s.exact),
      'speed: ours ÷ theirs': ratio(mine.charactersPerSecond, s.charactersPerSecond),
    })),
  );
  return scores;
}

function main(): void {
  console.log(`Node ${process.version}; throughput: median of ${repetitions} repetitions × ${passesPerRepetition} passes`);
  const gold: TestSet = { name: 'gold en (written with the rules)', lang: 'en', paragraphs: readEnglishGold() };
  const corpus = ['en', 'fr', 'ar'].map(corpusSet);
  const goldScores = report(gold);
  const corpusScores = corpus.map(report);

  // Headline: the corpus written apart from the rules, all three languages pooled by paragraph.
  const paragraphCount = corpus.reduce((n, set) => n + set.paragraphs.length, 0);
  const pooled = segmenters.map(({ name }) => ({
    name,
    exact: corpus.reduce((n, set, i) => n + byName(corpusScores[i]!, name).exact * set.paragraphs.length, 0) / paragraphCount,
  }));
  const mine = pooled.find((s) => s.name === ours)!;
  const best = pooled.filter((s) => s.name !== ours).reduce((a, b) => (b.exact > a.exact ? b : a));
  const englishSpeed = byName(corpusScores[0]!, ours).charactersPerSecond;
  const speedVsIcu = englishSpeed / byName(corpusScores[0]!, icu).charactersPerSecond;
  console.log(
    `\nheadline: corpus (en+fr+ar, ${paragraphCount} paragraphs) ${ours} exact ${percent(mine.exact)} vs best other ` +
      `${percent(best.exact)} (${best.name}); gold en ${percent(byName(goldScores, ours).exact)}; ` +
      `speed ${Math.round(englishSpeed)} chars/s on corpus en, x${speedVsIcu.toFixed(1)} vs ${icu}; ` +
      `${Math.round(byName(goldScores, ours).charactersPerSecond)} chars/s on gold`,
  );
}

main();
