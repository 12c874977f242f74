/**
 * Addresses that stay verbatim: e-mail addresses, URLs, bare domains (`afp.com`, `gov.uk`),
 * @handles and #hashtags. An e-mail address is not also a domain, nor a URL's digits numbers.
 */
import { type Recogniser, verbatim } from './recogniser.js';

// The address starts where its run of characters starts: without the look-behind, a long run
// with no "@" in it was scanned again from each of its characters (quadratic).
const email = verbatim('email', /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu);

const url = verbatim('url', /\b(?:https?:\/\/|www\.)[^\s<>"“”«»]+[^\s<>"“”«».,;:!?)\]’']/gu);

/**
 * Top-level domains a bare domain may end with: a closed list, lower case, so that `U.S.`,
 * `e.g.`, `Node.js` or a missing space after a full stop are not domains.
 */
const topLevelDomains = [
  'com', 'org', 'net', 'edu', 'gov', 'int', 'mil', 'info', 'biz', 'io', 'ai', 'app', 'dev', 'news', 'tv', 'eu',
  'uk', 'fr', 'de', 'us', 'ca', 'au', 'ch', 'be', 'nl', 'es', 'it', 'ru', 'cn', 'jp', 'in', 'br', 'za', 'ng', 'ke', 'lb', 'ae', 'qa', 'sa', 'eg', 'ma', 'tn', 'dz',
];
// Labels start where the run starts (look-behind), and each is at most 63 characters: a long
// run of "a.a.a." is walked once from its first character.
const domain = verbatim(
  'domain',
  new RegExp(
    String.raw`(?<![\p{L}\p{N}_@.%+/-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:${topLevelDomains.join('|')})(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])`,
    'gu',
  ),
);

const handle = verbatim('handle', /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_]*[A-Za-z_][A-Za-z0-9_]*(?![\p{L}\p{N}_@])/gu);

const hashtag = verbatim('hashtag', /(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu);

export const addressRecognisers: readonly Recogniser[] = [email, url, domain, handle, hashtag];
