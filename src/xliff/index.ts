/**
 * Takes: a LocalizedArticle (one target language, units in reading order) and the Glossary the
 * terms stage used.
 * Returns: the file as a string: UTF-8 XML declaration, 2-space indentation, LF, final newline;
 * byte-identical for identical input (no dates, no generated ids). The file names the story it
 * translates (1.2 `product-name`/`product-version`; 2.1 `mda:metadata` with id, version, urgency and
 * dateline) and, in 1.2, what it is for (`<phase process-name="translation|review">`). A `<group>`
 * per block, with the newsroom's size limit where one is set (1.2 `maxwidth`, 2.1
 * `slr:sizeRestriction`) and a note saying it; a unit per segment (id = segment id, `p3.s2`) whose
 * protected spans (numbers, URLs, e-mail addresses, do-not-translate terms) are `<ph>` codes in the
 * source and wherever the target holds their text; a target on every unit (untranslated units get
 * a copy of the source: OmegaT 3.6 shows no unit without one), the state mapped per version
 * (README.md), notes for glossary terms, pseudo-translations, source copies, size limits and the
 * target's origin; matches offered to the translator, never in the target: the unit's own machine
 * translation and the translation memory's suggestions (1.2 `<alt-trans>`, 2.1 `<mtc:matches>`);
 * in 2.1 also a `<gls:glossary>` per unit and `trgDir="rtl"` for right-to-left targets.
 * Options: XliffWriteOptions — `version`, `glossary`, `original`, `sizeLimits`.
 * Limitations: codes only for protected spans (no formatting codes, term hits not marked); matches
 * carry plain text. No `xml:space="preserve"`; CR in text and tab/CR/LF in attributes are written as
 * character references (xml-text.ts). Text with characters XML 1.0 cannot carry
 * (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, lone surrogates, U+FFFE, U+FFFF) is refused with
 * an OutputError naming the unit; so are units the file could not hold validly, protected spans
 * that do not fit their source and suggestions whose similarity is not 0–100.
 * Reading files back is read/ (the import stage's reader).
 */
import { UsageError } from '../errors.js';
import { defaultValueStyle, type Glossary, type LocalizedArticle, type ValueStyle } from '../model.js';
import { buildXliffView, type XliffViewOptions } from './build-view.js';
import { checkSizeLimits, type XliffSizeLimits } from './size-limits.js';
import { writeXliff12 } from './write-12.js';
import { writeXliff21 } from './write-21.js';
import type { XliffDocumentView } from './view.js';

/** The XLIFF versions writeXliff can write. */
export const xliffVersions = ['1.2', '2.1'] as const;

export type XliffVersion = (typeof xliffVersions)[number];

export { sizeLimitBlockKinds, type XliffSizeLimits } from './size-limits.js';

export interface XliffWriteOptions {
  /** XLIFF version to write: 1.2 for OmegaT 3.6 and older tools, 2.1 for current ones. */
  readonly version: XliffVersion;
  /** The termbase the terms stage used; every term hit must name one of its entries. */
  readonly glossary: Glossary;
  /**
   * The `original` attribute: which document the file translates.
   * @default doc.article.source.path
   */
  readonly original?: string;
  /**
   * Most characters (code points) of a block's whole target, per block kind (`{ headline: 90 }`):
   * 1.2 `maxwidth` + `size-unit="char"`, 2.1 `slr:sizeRestriction` on the block's `<group>`, and a
   * note on each of its units. Values must be whole numbers of at least 1.
   * @default {} (no limits)
   */
  readonly sizeLimits?: XliffSizeLimits;
  /**
   * How values are written in the target language (Arabic digits and month names): code
   * displays (1.2 `equiv-text`, 2.1 `disp`) show a value as the target writes it.
   * @default defaultValueStyle
   */
  readonly valueStyle?: ValueStyle;
}

/** Writes one article in one target language as XLIFF. Throws UsageError or OutputError. */
export function writeXliff(doc: LocalizedArticle, options: XliffWriteOptions): string {
  const version = checkVersion(options.version);
  const sizeLimits = checkSizeLimits(options.sizeLimits);
  const view = viewOf(doc, options.glossary, {
    original: options.original ?? doc.article.source.path,
    sizeLimits,
    valueStyle: options.valueStyle ?? defaultValueStyle,
  });
  return version === '1.2' ? writeXliff12(view) : writeXliff21(view);
}

/**
 * The view last built, kept for the next call with the same article object, glossary and options:
 * a job writes one article and language in 1.2 and 2.1 in a row, and building the view (spans,
 * codes, notes, fingerprints) cost more than printing it. Model data is immutable, so it is the
 * same view. One slot, not one per article: a batch's views are not kept alive with its articles.
 */
let lastView: { readonly doc: LocalizedArticle; readonly glossary: Glossary; readonly options: XliffViewOptions; readonly view: XliffDocumentView } | undefined;

function viewOf(doc: LocalizedArticle, glossary: Glossary, options: XliffViewOptions): XliffDocumentView {
  if (lastView && lastView.doc === doc && lastView.glossary === glossary && sameViewOptions(lastView.options, options)) return lastView.view;
  const view = buildXliffView(doc, glossary, options);
  lastView = { doc, glossary, options, view };
  return view;
}

function sameViewOptions(a: XliffViewOptions, b: XliffViewOptions): boolean {
  const limits = (options: XliffViewOptions): string => JSON.stringify(Object.entries(options.sizeLimits).sort());
  return (
    a.original === b.original &&
    a.valueStyle.digits === b.valueStyle.digits &&
    a.valueStyle.months === b.valueStyle.months &&
    (a.sizeLimits === b.sizeLimits || limits(a) === limits(b))
  );
}

function checkVersion(version: unknown): XliffVersion {
  if (isXliffVersion(version)) return version;
  throw new UsageError(`Expected \`version\` to be one of ${xliffVersions.join(', ')}, got \`${String(version)}\``);
}

function isXliffVersion(value: unknown): value is XliffVersion {
  return (xliffVersions as readonly unknown[]).includes(value);
}
