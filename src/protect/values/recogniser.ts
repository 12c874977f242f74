/**
 * What every recogniser of `protect/` is: a pattern, linear in the text (no start position can
 * scan a long run again: bench:growth), and what a match of it stands for.
 */
import type { ProtectedSpan, TypedValue, ValueSpan, VerbatimKind, VerbatimSpan } from '../../model.js';
import { matchesOf } from '../../util/matches-of.js';

export interface Recogniser {
  /** Global (`g`) and Unicode (`u`). */
  readonly pattern: RegExp;
  /** The span a match stands for, or none when it is not one after all (a 31 February, a 13 pm). */
  readonly toSpan: (match: RegExpExecArray, sentence: Sentence) => ProtectedSpan | undefined;
}

/** The text a recogniser runs over, with what is known of it as a whole, found once per text. */
export interface Sentence {
  readonly text: string;
  /** Whether the text speaks of a match: "3-1" is then a score, not a range. */
  readonly aboutSport: () => boolean;
  /** Whether the text speaks of the weather: "40C" is then a temperature, not a grade or a class. */
  readonly aboutWeather: () => boolean;
}

const sportWords =
  /\b(?:won|wins?|winning|winners?|beat(?:s|en)?|defeat(?:s|ed)?|lost|lose|loses|losing|drew|draws?|drawn|victory|victories|scored?|scores|scoring|lead|leads|leading|led|goals?|match|final|half-time|halftime|equali[sz]ed?|thrash(?:ed)?|routed?|edged?)\b/iu;

const weatherWords =
  /\b(?:temperatures?|degrees|heat|heatwaves?|hot(?:test)?|warm(?:er|est|ing)?|cold(?:er|est)?|freezing|frost|chill|snow|weather|thermometers?|Celsius|Fahrenheit|mercury|sweltering|scorching)\b/iu;

export function sentenceOf(text: string): Sentence {
  let aboutSport: boolean | undefined;
  let aboutWeather: boolean | undefined;
  return {
    text,
    aboutSport: () => (aboutSport ??= sportWords.test(text)),
    aboutWeather: () => (aboutWeather ??= weatherWords.test(text)),
  };
}

/** The spans of one recogniser in a sentence, by start, not overlapping one another. */
export function recognise(recogniser: Recogniser, sentence: Sentence): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  for (const match of matchesOf(recogniser.pattern, sentence.text)) {
    const span = recogniser.toSpan(match as RegExpExecArray, sentence);
    if (span !== undefined) spans.push(span);
  }
  return spans;
}

export function valueSpan(start: number, written: string, value: TypedValue): ValueSpan {
  return { start, end: start + written.length, kind: 'value', text: written, value };
}

export function verbatimSpan(kind: VerbatimKind, start: number, written: string): VerbatimSpan {
  return { start, end: start + written.length, kind, text: written };
}

/** A recogniser whose every match is verbatim text of one kind. */
export function verbatim(kind: VerbatimKind, pattern: RegExp): Recogniser {
  return { pattern, toSpan: (match) => verbatimSpan(kind, match.index, match[0]) };
}
