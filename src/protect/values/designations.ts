/**
 * Designations: text with digits that stays verbatim, never re-formatted as a number — model and
 * flight names (`F-16`, `COVID-19`, `G7`, `MH17`, `A320`, `AF447`), reference numbers after words
 * that announce one (`Resolution 2334`, `Article 16.2`, `IMO 9876543`, `Boeing 737`, `S&P 500`),
 * telephone numbers, race times (`4:32.15`).
 */
import { type Recogniser, verbatim } from './recogniser.js';

/** A capital, up to a dozen letters, an optional hyphen, then digits (and letters: `H5N1`, `B-52s`). */
const modelName = verbatim(
  'designation',
  /(?<![\p{L}\p{N}_.\-−])\p{Lu}\p{L}{0,11}[-‑]?\d[\p{L}\p{N}]*(?:-\d[\p{L}\p{N}]*)?(?![\p{L}\p{N}_]|[-‑]\d)/gu,
);

/** Words after which a number is a reference, not a quantity: "Resolution 2334", not "2 334". */
const referenceWords = [
  'Resolution',
  'resolution',
  'Article',
  'article',
  'Section',
  'section',
  'Chapter',
  'chapter',
  'Clause',
  'clause',
  'Paragraph',
  'paragraph',
  'Rule',
  'Page',
  'page',
  'Route',
  'route',
  'Highway',
  'highway',
  'Interstate',
  'Flight',
  'flight',
  'Gate',
  'Terminal',
  'Platform',
  'Room',
  'IMO',
  'No.',
  'Nos.',
  'no.',
  'Number',
  'number',
  'Decree',
  'decree',
  // Product, mission and index names: "Boeing 737", "iPhone 15", "Apollo 11", "S&P 500", "version 2.3.1".
  'Boeing',
  'Airbus',
  'iPhone',
  'Windows',
  'PlayStation',
  'Xbox',
  'Android',
  'iOS',
  'Apollo',
  'Artemis',
  'Soyuz',
  'version',
  'Version',
  'S&P',
  'FTSE',
  'CAC',
  'DAX',
  'Stoxx',
  'STOXX',
];
/** The reference itself: `2334`, `16.2`, `A1`, `242/338`; the word before it is text to translate. */
const referenceNumber = verbatim(
  'designation',
  new RegExp(
    String.raw`(?<=(?<![\p{L}\p{N}_])(?:${referenceWords.map((word) => word.replace('.', '\\.')).join('|')})[ \u00A0])\p{Lu}{0,3}\d+(?:[./-]\d+)*\p{L}?(?![\p{L}\p{N}_]|[.,/-]\d)`,
    'gu',
  ),
);

/**
 * Telephone numbers: international (`+33 1 40 41 46 46`, `+1 202-555-0100`) and North American
 * as AP writes them (`1-800-273-8255`, `202-555-0100`, `(202) 555-0100`).
 */
const telephone = verbatim(
  'designation',
  /(?<![\p{L}\p{N}_+])\+\d{1,3}(?:[ \u00A0-]\d{1,4}){2,7}(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_+\-−.,/])(?:1-)?(?:\d{3}-|\(\d{3}\) )\d{3}-\d{4}(?![\p{L}\p{N}_]|[-.,/]\d)/gu,
);

/**
 * Race and elapsed times (`2:01:09`, `4:32.15`, `1:58.6`): hours, minutes and seconds, or a
 * fraction of a second, are no clock time and no decimal (`32,15` would break `4:32.15`).
 */
const raceTime = verbatim('designation', /(?<![\p{L}\p{N}_.,:])\d{1,2}(?::[0-5]\d(?::[0-5]\d)(?:\.\d{1,3})?|:[0-5]\d\.\d{1,3})(?![\p{L}\p{N}_]|[.,:]\d)/gu);

export const designationRecognisers: readonly Recogniser[] = [telephone, modelName, referenceNumber, raceTime];
