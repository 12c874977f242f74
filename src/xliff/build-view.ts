import { OutputError } from '../errors.js';
import type { FileLocation } from '../errors.js';
import { hasTarget } from '../model.js';
import type { Article, Block, Glossary, GlossaryEntry, LanguageTag, LocalizedArticle, ProtectedSpan, Unit, ValueStyle } from '../model.js';
import { spanText } from '../localize/index.js';
import { isRightToLeft } from '../util/direction.js';
import { sourceRuns, spanProblem, targetRuns } from './inline-write.js';
import { baseTargetOf } from './base-target.js';
import { unitNotes, type BlockSizeLimit } from './notes.js';
import type { XliffSizeLimits } from './size-limits.js';
import { xliffPurpose } from './states.js';
import { suggestionViews } from './suggestions.js';
import { glossEntryView, unitTermEntries } from './terms.js';
import { sourceMarkup, targetMarkup } from './unit-markup.js';
import type { XliffDocumentView, XliffGroupView, XliffMeta, XliffStoryView, XliffUnitView } from './view.js';
import { assertXmlSafe } from './xml-chars.js';

/** What the writers need besides the article and the glossary; checked by the caller. */
export interface XliffViewOptions {
  readonly original: string;
  readonly sizeLimits: XliffSizeLimits;
  /** How values are written in the target language (Arabic digits and months). */
  readonly valueStyle: ValueStyle;
}

/** `xs:language`, which both versions use for language attributes. */
const languageTag = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;
/** A safe subset of `xs:NMTOKEN` (2.1 ids must be name tokens): what segment and block ids look like. */
const nameToken = /^[A-Za-z0-9._-]+$/;

/**
 * Builds what the writers print and refuses, with an OutputError naming the unit, anything that
 * would make a broken or schema-invalid file: no units, bad language tags or ids, duplicate ids,
 * units of another language or an unknown block, a missing target, unknown glossary entries, a
 * suggestion's similarity outside 0–100, protected spans that do not fit the source, and
 * characters XML 1.0 cannot carry.
 */
export function buildXliffView(doc: LocalizedArticle, glossary: Glossary, options: XliffViewOptions): XliffDocumentView {
  const articlePath = doc.article.source.path;
  checkLanguageTag(doc.article.lang, 'source', articlePath);
  checkLanguageTag(doc.targetLang, 'target', articlePath);
  checkUnits(doc);

  const entriesById = new Map(glossary.entries.map((entry) => [entry.id, entry]));
  // Grouped once: filtering all units for each block was quadratic in a story of many paragraphs.
  const unitsByBlock = new Map<string, Unit[]>();
  for (const unit of doc.units) {
    const units = unitsByBlock.get(unit.segment.blockId);
    if (units) units.push(unit);
    else unitsByBlock.set(unit.segment.blockId, [unit]);
  }
  const groups = doc.article.blocks.flatMap((block): XliffGroupView[] => {
    const units = unitsByBlock.get(block.id) ?? [];
    if (units.length === 0) return [];
    const location = { file: articlePath, line: block.line };
    const limit = options.sizeLimits[block.kind];
    const sizeLimit = limit === undefined ? undefined : { kind: block.kind, characters: limit };
    const display = (span: ProtectedSpan): string => spanText(span, doc.targetLang, options.valueStyle);
    const unitViews = units.map((unit) => unitView(unit, entriesById, doc.targetLang, display, sizeLimit, location));
    return [groupView(block, unitViews, sizeLimit, location)];
  });

  const view: XliffDocumentView = {
    original: options.original,
    sourceLang: doc.article.lang,
    targetLang: doc.targetLang,
    sourceIsRightToLeft: isRightToLeft(doc.article.lang),
    targetIsRightToLeft: isRightToLeft(doc.targetLang),
    story: storyView(doc.article),
    purpose: xliffPurpose(doc.units),
    groups,
  };
  assertXmlSafe(view, articlePath);
  return view;
}

function checkLanguageTag(tag: LanguageTag, side: 'source' | 'target', articlePath: string): void {
  if (!languageTag.test(tag)) {
    throw new OutputError(
      `cannot write XLIFF: the ${side} language "${tag}" is not a language tag XLIFF accepts (like "fr" or "fr-CA")`,
      { file: articlePath },
    );
  }
}

function checkUnits(doc: LocalizedArticle): void {
  const articlePath = doc.article.source.path;
  if (doc.units.length === 0) {
    // XLIFF 2.1 requires a unit or group in every file, and an empty file helps no translator.
    throw new OutputError(`cannot write XLIFF: article ${doc.article.id} has no units to translate`, {
      file: articlePath,
    });
  }
  const blockIds = new Set(doc.article.blocks.map((block) => block.id));
  const seen = new Set<string>();
  for (const unit of doc.units) {
    const problem = unitProblem(unit, doc.targetLang, blockIds, seen);
    if (problem) throw new OutputError(`cannot write XLIFF: ${problem}`, { file: articlePath });
    seen.add(unit.id);
  }
}

function unitProblem(
  unit: Unit,
  targetLang: LanguageTag,
  blockIds: ReadonlySet<string>,
  seen: ReadonlySet<string>,
): string | undefined {
  if (!nameToken.test(unit.id)) {
    return `unit id "${unit.id}" is not an XML name token (letters, digits, ".", "-", "_"), as segment ids like "p3.s2" are`;
  }
  if (seen.has(unit.id)) return `unit id "${unit.id}" occurs twice; ids must be unique in the article`;
  if (unit.targetLang !== targetLang) {
    return `unit ${unit.id} is in "${unit.targetLang}" but the article is being written for "${targetLang}"`;
  }
  if (!blockIds.has(unit.segment.blockId)) {
    return `unit ${unit.id} belongs to block "${unit.segment.blockId}", which the article does not have`;
  }
  if (unit.state !== 'untranslated' && typeof unit.target !== 'string') {
    return `unit ${unit.id} is "${unit.state}" but has no target; only "untranslated" units may lack one`;
  }
  return undefined;
}

function groupView(
  block: Block,
  units: readonly XliffUnitView[],
  sizeLimit: BlockSizeLimit | undefined,
  location: FileLocation,
): XliffGroupView {
  if (!nameToken.test(block.id)) {
    throw new OutputError(`cannot write XLIFF: block id "${block.id}" is not an XML name token`, location);
  }
  return {
    id: block.id,
    kind: block.kind,
    line: block.line,
    ...(sizeLimit ? { sizeLimit: sizeLimit.characters } : {}),
    units,
  };
}

function unitView(
  unit: Unit,
  entriesById: ReadonlyMap<string, GlossaryEntry>,
  lang: LanguageTag,
  display: (span: ProtectedSpan) => string,
  sizeLimit: BlockSizeLimit | undefined,
  location: FileLocation,
): XliffUnitView {
  const terms = unitTermEntries(unit, entriesById, location);
  const source = unit.segment.source;
  // OmegaT 3.6 shows no unit without a <target>: untranslated units carry a copy of the source.
  const target = hasTarget(unit) ? unit.target : source;
  const problem = spanProblem(source, unit.segment.protectedSpans);
  if (problem) throw new OutputError(`cannot write XLIFF: unit ${unit.id}: ${problem}`, location);
  const codes = unit.segment.markup ?? [];
  const markup = sourceMarkup(codes, source);
  if ('problem' in markup) throw new OutputError(`cannot write XLIFF: unit ${unit.id}: ${markup.problem}`, location);
  const codedSource = sourceRuns(source, unit.segment.protectedSpans, display, markup.placed);
  // The source copy of an untranslated unit carries the source's markup; a target, what its placements put well.
  const placed = hasTarget(unit) ? targetMarkup(codes, unit.targetMarkup ?? [], target.length) : markup.placed;
  return {
    id: unit.id,
    state: unit.state,
    ...(unit.origin ? { origin: unit.origin } : {}),
    source,
    target,
    baseTarget: baseTargetOf(target, placed.map(({ code, start, end }) => ({ id: code.id, start, end }))),
    sourceRuns: codedSource,
    targetRuns: targetRuns(target, codedSource, placed),
    notes: unitNotes(unit, terms, lang, sizeLimit),
    glossEntries: terms.flatMap((entry) => glossEntryView(entry, lang) ?? []),
    suggestions: suggestionViews(unit, location),
  };
}

/** The story's id and version, then urgency and dateline where the article knows them. */
function storyView(article: Article): XliffStoryView {
  const facts: ReadonlyArray<readonly [string, string | number | undefined]> = [
    ['id', article.id],
    ['version', article.version],
    ['urgency', article.urgency],
    ['dateline-place', article.dateline.place],
    ['dateline-date', article.dateline.date],
    ['dateline-agency', article.dateline.agency],
  ];
  const metadata = facts.flatMap(([type, value]): XliffMeta[] => (value === undefined || value === '' ? [] : [{ type, value: String(value) }]));
  return { id: article.id, version: String(article.version), metadata };
}
