/**
 * Sentence segmentation benchmark: wire-l10n's segmenter side by side with
 * Intl.Segmenter (ICU, built into Node), sentence-splitter and sbd, on the same English
 * gold paragraphs (tests/segment/gold/en-news.txt), in one run.
 *
 * Per segmenter: paragraphs segmented exactly right, boundary precision / recall / F1, paragraphs
 * whose non-whitespace text came back changed, and throughput (median of several repetitions).
 * The last line is the headline figure.
 *
 * Not compared: pragmatic_segmenter (Ruby gem) and pySBD (Python) — neither RubyGems nor PyPI
 * is reachable from this environment, so they cannot be installed here.
 *
 * Run: npm run bench:segment (builds, then runs dist/bench/segment.js).
 */
import sbd from 'sbd';
import { split } from 'sentence-splitter';
import { segmentText } from '../src/segment/index.js';
import { readEnglishGold, type GoldParagraph } from '../tests/segment/gold/read-gold.js';

interface Segmenter {
  readonly name: string;
  readonly segment: (text: string) => string[];
}

interface Score {
  readonly name: string;
  readonly exact: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly changedText: number;
  readonly paragraphsPerSecond: number;
}

const ours = 'wire-l10n';
const icu = 'Intl.Segmenter';
const repetitions = 7;
const passesPerRepetition = 20;

const intlSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const segmenters: readonly Segmenter[] = [
  { name: ours, segment: (text) => segmentText(text, 'en') },
  { name: icu, segment: (text) => Array.from(intlSegmenter.segment(text), (part) => part.segment) },
  {
    name: 'sentence-splitter',
    segment: (text) => split(text).flatMap((node) => (node.type === 'Sentence' ? [node.raw] : [])),
  },
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

function score(segmenter: Segmenter, gold: readonly GoldParagraph[]): Score {
  let exact = 0;
  let changedText = 0;
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  for (const paragraph of gold) {
    const got = tidy(segmenter.segment(paragraph.text));
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
  const paragraphsPerSecond = throughput(segmenter, gold);
  return { name: segmenter.name, exact: exact / gold.length, precision, recall, f1, changedText, paragraphsPerSecond };
}

/** Median paragraphs per second over several repetitions, after one warm-up repetition. */
function throughput(segmenter: Segmenter, gold: readonly GoldParagraph[]): number {
  const rates: number[] = [];
  for (let rep = 0; rep <= repetitions; rep++) {
    const start = performance.now();
    for (let pass = 0; pass < passesPerRepetition; pass++) {
      for (const paragraph of gold) segmenter.segment(paragraph.text);
    }
    const seconds = (performance.now() - start) / 1000;
    if (rep > 0) rates.push((passesPerRepetition * gold.length) / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
}

const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

function byName(scores: readonly Score[], name: string): Score {
  const found = scores.find((s) => s.name === name);
  if (!found) throw new Error(`no score for ${name}`);
  return found;
}

function main(): void {
  const gold = readEnglishGold();
  const scores = segmenters.map((segmenter) => score(segmenter, gold));
  const mine = byName(scores, ours);
  const boundaryCount = gold.reduce((n, p) => n + p.sentences.length - 1, 0);

  console.log(`gold: ${gold.length} English wire paragraphs, ${boundaryCount} sentence boundaries; Node ${process.version}`);
  console.log(`throughput: median of ${repetitions} repetitions × ${passesPerRepetition} passes\n`);
  console.table(
    scores.map((s) => ({
      segmenter: s.name,
      exact: percent(s.exact),
      precision: percent(s.precision),
      recall: percent(s.recall),
      F1: percent(s.f1),
      'changed text': s.changedText,
      'paragraphs/s': Math.round(s.paragraphsPerSecond),
      'exact: ours ÷ theirs': (mine.exact / s.exact).toFixed(2),
      'speed: ours ÷ theirs': (mine.paragraphsPerSecond / s.paragraphsPerSecond).toFixed(2),
    })),
  );

  const others = scores.filter((s) => s.name !== ours);
  const best = others.reduce((a, b) => (b.exact > a.exact ? b : a));
  const speedVsIcu = mine.paragraphsPerSecond / byName(scores, icu).paragraphsPerSecond;
  console.log(
    `headline: ${ours} exact ${percent(mine.exact)} vs best other ${percent(best.exact)} (${best.name}); ` +
      `speed x${speedVsIcu.toFixed(1)} vs ${icu}`,
  );
}

main();
