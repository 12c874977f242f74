/**
 * Deterministic wire-style stories for load tests and benchmarks: plain layout (headline, blank
 * line, paragraphs), sentences built from fragments so that most are distinct, as in real copy.
 */

/** mulberry32: a tiny seeded PRNG, so every run generates the same stories. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = ['Officials', 'The ministry', 'Witnesses', 'The coalition', 'Lawmakers', 'Aid groups', 'The army', 'Negotiators'];
const verbs = ['said', 'warned', 'confirmed', 'denied', 'announced', 'reported', 'insisted', 'suggested'];
const objects = [
  'that talks would resume in Baghdad',
  'that 2,500 troops remained in the country',
  'that the convoy had reached the border',
  'that a new round of strikes was planned',
  'that the vote would be delayed',
  'that the Pentagon had sent a delegation',
  'that prices had risen by 3.5 percent',
  'that the ceasefire was holding',
];
const times = ['on Monday', 'on Tuesday', 'late on Friday', 'in a statement', 'after the meeting', 'overnight', 'at dawn', 'this week'];

export interface GeneratedStory {
  readonly name: string;
  readonly headline: string;
  readonly paragraphs: string[];
}

export interface GenerateOptions {
  /** @default 2024 */
  readonly seed?: number;
  /** Paragraphs of each story's own (distinct sentences). @default 6 */
  readonly paragraphs?: number;
  /**
   * Paragraphs more per story, each drawn from a pool of SHARED_POOL that every story draws on
   * (background and quotes that wires repeat): sentences several stories send to an engine. @default 0
   */
  readonly sharedParagraphs?: number;
}

const SHARED_POOL = 8;

export function generateStories(count: number, options: GenerateOptions = {}): GeneratedStory[] {
  const random = seededRandom(options.seed ?? 2024);
  const pick = <T>(list: readonly T[], from = random): T => list[Math.floor(from() * list.length)]!;
  const sentence = (n: number): string => `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(times)}, report ${n}.`;
  // A generator of their own, so that stories without shared paragraphs stay as they were.
  const sharedRandom = seededRandom((options.seed ?? 2024) + 1);
  const sharedSentence = (): string => `${pick(subjects, sharedRandom)} ${pick(verbs, sharedRandom)} ${pick(objects, sharedRandom)} ${pick(times, sharedRandom)}.`;
  const pool = Array.from({ length: SHARED_POOL }, () => `${sharedSentence()} ${sharedSentence()}`);
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: options.paragraphs ?? 6 }, (_, p) =>
      `${sentence(i * 100 + p * 2)} ${sentence(i * 100 + p * 2 + 1)}`,
    );
    for (let p = 0; p < (options.sharedParagraphs ?? 0); p += 1) paragraphs.push(pick(pool, sharedRandom));
    return { name: `story-${String(i + 1).padStart(4, '0')}`, headline: `Story ${i + 1}: ${pick(subjects)} ${pick(verbs)} more`, paragraphs };
  });
}

export function storyText(story: GeneratedStory): string {
  return `${story.headline}\n\n${story.paragraphs.join('\n\n')}\n`;
}
