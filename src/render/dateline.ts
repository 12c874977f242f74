import { findingOn, termRendering, type Article, type Finding, type Glossary, type LanguageTag, type ValueStyle } from '../model.js';
import { normalizeText } from '../util/hash.js';
import { baseLanguage } from '../util/language-tag.js';
import type { Formatter } from './formatter.js';

/** A dateline ready to print in one language. Fields are absent when the source has none. */
export interface LocalizedDateline {
  readonly place?: string;
  readonly date?: string;
  readonly agency?: string;
}

/**
 * The dateline in `lang`: the place and the agency's credit through the glossary (Baghdad →
 * Bagdad / بغداد, keeping an all-capitals style; AFP → أ ف ب when the termbase says so), the date
 * written out as the value renderer writes dates (house month names and digits in Arabic). A place
 * or credit the glossary does not know stays as written (`datelineFindings` reports a place where
 * that leaves Latin letters in another script); in Arabic, what stays Latin is isolated (FSI…PDI),
 * as the house style wants every Latin run.
 */
export function localizeDateline(
  article: Article,
  lang: LanguageTag,
  glossary: Glossary,
  formatter: Formatter,
  style: ValueStyle,
): LocalizedDateline {
  const { place, date, agency } = article.dateline;
  const name = (written: string): string => {
    if (lang === article.lang) return written;
    const rendered = nameRendering(written, lang, glossary) ?? written;
    return otherScript.has(baseLanguage(lang)) && latinLetter.test(rendered) ? `\u2068${rendered}\u2069` : rendered;
  };
  return {
    ...(place === undefined ? {} : { place: name(place) }),
    ...(date === undefined ? {} : { date: formatter.formatLongDate(date, lang, style) }),
    ...(agency === undefined ? {} : { agency: name(agency) }),
  };
}

const latinLetter = /\p{Script=Latin}/u;

/**
 * What stands between the dateline and the first sentence: an en dash, after a no-break space in
 * French so the dash never starts a line (`BAGDAD (AFP)\u00A0– Les…`); Arabic agency copy uses a
 * hyphen (`بغداد (أ ف ب) - `).
 */
export function datelineSeparator(lang: LanguageTag): string {
  const language = baseLanguage(lang);
  if (language === 'fr') return '\u00A0– ';
  if (language === 'ar') return ' - ';
  return ' – ';
}

/**
 * What opens the first paragraph of a localized story: "Bagdad – ", or "BAGDAD (AFP) – " when the
 * source credits an agency, with the language's separator; nothing without a place.
 */
export function datelinePrefix(dateline: LocalizedDateline, lang: LanguageTag): string {
  if (dateline.place === undefined) return '';
  const agency = dateline.agency === undefined ? '' : ` (${dateline.agency})`;
  return `${dateline.place}${agency}${datelineSeparator(lang)}`;
}

/** Target languages in another script than the source's: a place left as written would be Latin in them. */
const otherScript: ReadonlySet<string> = new Set(['ar']);

/**
 * `dateline/place-unknown` per target language written in another script whose dateline place has
 * no rendering in the glossary: the place is printed as written, and a desk must know.
 */
export function datelineFindings(article: Article, targetLangs: readonly LanguageTag[], glossary: Glossary): Finding[] {
  const { place } = article.dateline;
  if (place === undefined) return [];
  return targetLangs
    .filter((lang) => otherScript.has(baseLanguage(lang)) && nameRendering(place, lang, glossary) === undefined)
    .map((lang) =>
      findingOn(
        {
          ruleId: 'dateline/place-unknown',
          source: 'render/dateline',
          severity: 'warning',
          reason: `the dateline place "${place}" has no ${lang} rendering in the glossary: the ${lang} dateline prints it as written`,
          actual: place,
          note: `add the place to the termbase with its ${lang} column`,
        },
        { lang, id: 'dateline' },
      ),
    );
}

/** A dateline name's rendering in the glossary (a place, an agency's credit), in the case it is written in. */
function nameRendering(place: string, lang: LanguageTag, glossary: Glossary): string | undefined {
  const wanted = normalizeText(place).toLowerCase();
  const entry = glossary.entries.find((candidate) =>
    [candidate.source, ...candidate.sourceVariants].some((form) => normalizeText(form).toLowerCase() === wanted),
  );
  const rendering = entry && termRendering(entry, lang)?.target;
  if (rendering === undefined) return undefined;
  const writtenInCapitals = place === place.toUpperCase() && place !== place.toLowerCase();
  return writtenInCapitals ? rendering.toLocaleUpperCase(lang) : rendering;
}
