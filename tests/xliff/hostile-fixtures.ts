/** Text and paths holding everything XML gives a meaning to, for the escaping and schema tests. */
import type { GlossaryEntry, LocalizedArticle } from '../../src/model.js';
import { glossary, hit, localized, segment, suggestion, unit } from './fixtures.js';

/**
 * Everything XML gives a meaning to, in one string, including references xmlbuilder2 4.0.3
 * would write through unescaped (`&amp;`, `&nbsp;`, `&#0;`: see src/xliff/xmlbuilder-text.ts).
 */
export const hostileText =
  `Tom & Jerry <b>bold</b> "double" 'single' ]]> AT&amp;T caf&eacute;&nbsp;&#0; &#x41; <![CDATA[x]]> <!-- c -->`;
export const hostilePath = `wire/a&b<c>"d"'e'&amp;&nbsp;&#65;.txt`;
/** A memory target that looks like an escaped ampersand and a tag: it must read back as written. */
export const hostileSuggestionTarget = `AT&amp;T <b> & "Tom" ]]> &#0;`;

export const hostileEntry: GlossaryEntry = {
  id: 'tom-jerry',
  source: 'Tom & Jerry',
  sourceVariants: [],
  targets: { fr: 'Tom & Jerry <"show"> &#38;' },
  targetVariants: {},
  type: 'name',
  caseSensitive: true,
  note: `Use "quotes" & <angle> brackets ]]> &lt;`,
  origin: { file: 'glossary/a&b<"c">&#38;.csv', line: 7 },
};

export const hostileGlossary = { ...glossary, entries: [hostileEntry] };

export function hostileDocument(): LocalizedArticle {
  const units = [
    unit(segment('p1.s1', hostileText, [hit(hostileText, 'Tom & Jerry', hostileEntry)]), {
      state: 'needs-review',
      origin: 'mt',
      engine: 'deepl & <co> &#x26;',
      target: `${hostileText} (fr)`,
      suggestions: [suggestion(`${hostileText} (old)`, hostileSuggestionTarget, 91)],
    }),
  ];
  return localized(units, { path: hostilePath });
}
