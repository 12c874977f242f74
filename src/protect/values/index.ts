/**
 * Every recogniser of protected spans, in the order in which they claim text: a span found earlier
 * wins over any later one it overlaps. Addresses first (the digits of a URL are not a number, an
 * e-mail address is not a domain), then designations (`F-16` is not a range, `Resolution 2334` not
 * a number), then dates and times (`December 1, 2024` is not a year, `0900 GMT` not a number),
 * then quantities from the most specific (`$2.5 billion`) to the plainest (`2,500`).
 */
import { addressRecognisers } from './addresses.js';
import { calendarRecognisers } from './dates.js';
import { designationRecognisers } from './designations.js';
import { quantityRecognisers } from './numbers.js';
import type { Recogniser } from './recogniser.js';

export const recognisers: readonly Recogniser[] = [...addressRecognisers, ...designationRecognisers, ...calendarRecognisers, ...quantityRecognisers];
export { recognise, sentenceOf } from './recogniser.js';
