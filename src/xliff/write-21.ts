import { isSpanCode, type SpanCode, type CodedRun } from './inline-write.js';
import type { MarkupEnd } from './markup-ends.js';
import { baseTargetMetaType, unitMetaCategory } from './base-target.js';
import { inlineMarkup } from './inline-xml.js';
import { xliff21SegmentState } from './states.js';
import { xliff21Similarity } from './suggestions.js';
import { toolName } from './tool.js';
import { XmlPrinter, xmlElement, xmlStartTag, type XmlAttributes } from './xml-print.js';
import { escapeXmlText } from './xml-text.js';
import type { XliffDocumentView, XliffGlossEntry, XliffGroupView, XliffStoryView, XliffSuggestion, XliffUnitView } from './view.js';

/** XLIFF 2.1 keeps the 2.0 namespaces; `version="2.1"` tells them apart. */
const xliff2Namespace = 'urn:oasis:names:tc:xliff:document:2.0';
const glossaryNamespace = 'urn:oasis:names:tc:xliff:glossary:2.0';
const matchesNamespace = 'urn:oasis:names:tc:xliff:matches:2.0';
const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0';
const sizeRestrictionNamespace = 'urn:oasis:names:tc:xliff:sizerestriction:2.0';

/** The metadata group the importer reads the story's id and version from. */
const storyMetaCategory = `${toolName}:story`;

/**
 * XLIFF 2.1 (core + module schemas): one `<file id="f1">` with the story's metadata (metadata
 * module), a `<group>` per block (with the newsroom's size limit: size restriction module), a
 * `<unit>` with one `<segment>` per segment, protected spans as `<ph>` codes whose text rides in
 * `<originalData>`. The unit's glossary terms ride twice: as a `<gls:glossary>` for tools that
 * read the module, and as a note for those that show notes only. Matches (the unit's own machine
 * translation, translation-memory suggestions) ride in the matches module (`<mtc:matches>`).
 */
export function writeXliff21(view: XliffDocumentView): string {
  const limited = hasSizeLimits(view);
  const xml = new XmlPrinter();
  xml.start('xliff', {
    xmlns: xliff2Namespace,
    version: '2.1',
    srcLang: view.sourceLang,
    trgLang: view.targetLang,
    'xmlns:gls': glossaryNamespace,
    // Declared only when used, so files without them stay as they were.
    'xmlns:mtc': hasSuggestions(view) ? matchesNamespace : undefined,
    'xmlns:mda': metadataNamespace,
    'xmlns:slr': limited ? sizeRestrictionNamespace : undefined,
  });
  // Direction defaults to `auto`; say so only where it matters (Arabic).
  xml.start('file', {
    id: 'f1',
    original: view.original,
    srcDir: view.sourceIsRightToLeft ? 'rtl' : undefined,
    trgDir: view.targetIsRightToLeft ? 'rtl' : undefined,
  });
  // Module elements come before the file's groups (in any order among them).
  writeStoryMetadata(xml, view.story);
  // The size restriction module counts with the profile its <slr:profiles> names; it lives in <file>.
  if (limited) xml.leaf('slr:profiles', { generalProfile: 'xliff:codepoints' });
  for (const group of view.groups) {
    xml.start('group', groupAttributes(group));
    for (const unit of group.units) writeUnit(xml, unit);
    xml.end();
  }
  xml.end();
  xml.end();
  return xml.print();
}

function writeStoryMetadata(xml: XmlPrinter, story: XliffStoryView): void {
  xml.start('mda:metadata');
  xml.start('mda:metaGroup', { category: storyMetaCategory });
  for (const meta of story.metadata) xml.leaf('mda:meta', { type: meta.type }, escapeXmlText(meta.value));
  xml.end();
  xml.end();
}

/** 2.1 user-defined values must look like `prefix:value`. The size limit is the whole block's. */
function groupAttributes(group: XliffGroupView): XmlAttributes {
  return {
    id: group.id,
    type: `${toolName}:${group.kind}`,
    'slr:sizeRestriction': group.sizeLimit === undefined ? undefined : String(group.sizeLimit),
  };
}

/**
 * A span: `<ph id="1" dataRef="d1" equiv="2,500" disp="2,500" canCopy="no" canDelete="no" type="other" subType="wire-l10n:number"/>`,
 * its `<data>` the span's source text, `equiv` and `disp` how the target language writes it.
 * A markup code: `<pc id="m1" dataRefStart="dm1-open" dataRefEnd="dm1-close" … type="fmt" subType="xlf:b">` … `</pc>`,
 * or `<ph id="m2" dataRef="dm2" … type="fmt" subType="xlf:lb"/>`, its tags in `<data>`.
 */
function codeMarkup(code: SpanCode | MarkupEnd): string {
  if (isSpanCode(code)) {
    return xmlElement('ph', {
      id: code.id,
      dataRef: dataId(code),
      equiv: code.display,
      disp: code.display,
      canCopy: 'no',
      canDelete: 'no',
      // `subType` needs a `type`; none of the fixed ones (fmt, ui, quote, link, image) is a number or a name.
      type: 'other',
      subType: `${toolName}:${code.spanKind}`,
    });
  }
  // Translators may move codes (canReorder stays "yes") but neither drop nor copy them.
  const locked = { canCopy: 'no', canDelete: 'no' };
  switch (code.kind) {
    case 'open':
      return xmlStartTag('pc', {
        id: code.id,
        dataRefStart: dataId(code),
        dataRefEnd: dataId({ ...code, kind: 'close' }),
        ...locked,
        canOverlap: 'no',
        ...codeType(code.markup.element),
      });
    case 'close':
      return '</pc>';
    case 'standalone':
      return xmlElement('ph', { id: code.id, dataRef: dataId(code), ...locked, ...codeType(code.markup.element) });
  }
}

/**
 * 2.1 `type` and `subType` of a markup code: the spec's own where there is one (`xlf:b`, `xlf:i`,
 * `xlf:u`, `xlf:lb`, each of type `fmt`; `link`, `quote` without subType), else `fmt` with
 * `wire-l10n:<element>`.
 */
function codeType(element: string): { type: string; subType?: string } {
  return markupTypes.get(element) ?? { type: 'fmt', subType: `${toolName}:${element}` };
}

const markupTypes: ReadonlyMap<string, { type: string; subType?: string }> = new Map([
  ['a', { type: 'link' }],
  ['q', { type: 'quote' }],
  ['b', { type: 'fmt', subType: 'xlf:b' }],
  ['strong', { type: 'fmt', subType: 'xlf:b' }],
  ['i', { type: 'fmt', subType: 'xlf:i' }],
  ['em', { type: 'fmt', subType: 'xlf:i' }],
  ['u', { type: 'fmt', subType: 'xlf:u' }],
  ['br', { type: 'fmt', subType: 'xlf:lb' }],
]);

/** The `<data>` holding a code's text, one per code (and per end of a pair) of the unit: `d1` for span 1, `dm1-open`, `dm1-close`, `dm2`. */
function dataId(code: SpanCode | MarkupEnd): string {
  return isSpanCode(code) || code.kind === 'standalone' ? `d${code.id}` : `d${code.id}-${code.kind}`;
}

function writeUnit(xml: XmlPrinter, unit: XliffUnitView): void {
  xml.start('unit', { id: unit.id });
  // The schema wants module elements first (in any order among them), then <notes>,
  // <originalData>, then the segments.
  xml.start('mda:metadata');
  xml.start('mda:metaGroup', { category: unitMetaCategory });
  xml.leaf('mda:meta', { type: baseTargetMetaType }, escapeXmlText(unit.baseTarget));
  xml.end();
  xml.end();
  if (unit.glossEntries.length > 0) writeGlossary(xml, unit.glossEntries);
  // The unit's one segment carries the unit's id.
  if (unit.suggestions.length > 0) writeMatches(xml, unit.id, unit.suggestions);
  if (unit.notes.length > 0) {
    xml.start('notes');
    for (const note of unit.notes) {
      xml.leaf('note', { category: note.category, appliesTo: note.appliesTo }, escapeXmlText(note.text));
    }
    xml.end();
  }
  writeOriginalData(xml, unit.sourceRuns);
  const segmentState = xliff21SegmentState(unit.state, unit.origin);
  xml.start('segment', { id: unit.id, state: segmentState.state, subState: segmentState.subState });
  xml.leaf('source', {}, inlineMarkup(unit.sourceRuns, codeMarkup));
  xml.leaf('target', {}, inlineMarkup(unit.targetRuns, codeMarkup));
  xml.end();
  xml.end();
}

/** Target codes reuse their source code's id, so the source's codes name every `<data>` needed. */
function writeOriginalData(xml: XmlPrinter, runs: readonly CodedRun[]): void {
  // A pair's two `<data>` side by side, where it opens.
  const codes = runs.flatMap((run): Array<SpanCode | MarkupEnd> => {
    if (typeof run === 'string' || (!isSpanCode(run) && run.kind === 'close')) return [];
    return isSpanCode(run) || run.kind === 'standalone' ? [run] : [run, { ...run, kind: 'close' }];
  });
  if (codes.length === 0) return;
  xml.start('originalData');
  for (const code of codes) xml.leaf('data', { id: dataId(code) }, escapeXmlText(codeData(code)));
  xml.end();
}

/** What a code stands for: a span's source text, a markup end's tag (`<a href="…">`, `</a>`, `<br/>`). */
function codeData(code: SpanCode | MarkupEnd): string {
  if (isSpanCode(code)) return code.text;
  return code.kind === 'close' ? (code.markup.close ?? '') : code.markup.open;
}

function writeGlossary(xml: XmlPrinter, entries: readonly XliffGlossEntry[]): void {
  xml.start('gls:glossary');
  for (const entry of entries) {
    xml.start('gls:glossEntry');
    xml.leaf('gls:term', { source: entry.termOrigin }, escapeXmlText(entry.term));
    if (entry.translation !== undefined) xml.leaf('gls:translation', {}, escapeXmlText(entry.translation));
    if (entry.definition !== undefined) xml.leaf('gls:definition', {}, escapeXmlText(entry.definition));
    xml.end();
  }
  xml.end();
}

/**
 * `ref` is required and must point at text in the same unit: `#p3.s2` is the unit's one segment
 * (a fragment selector without prefix names a segment or source inline element of the enclosing unit).
 * `type` is the module's own `tm` or `mt`.
 */
function writeMatches(xml: XmlPrinter, segmentId: string, suggestions: readonly XliffSuggestion[]): void {
  xml.start('mtc:matches');
  for (const suggestion of suggestions) {
    xml.start('mtc:match', {
      ref: `#${segmentId}`,
      type: suggestion.kind,
      similarity: xliff21Similarity(suggestion.similarity),
      origin: suggestion.origin,
    });
    xml.leaf('source', {}, escapeXmlText(suggestion.source));
    xml.leaf('target', {}, escapeXmlText(suggestion.target));
    xml.end();
  }
  xml.end();
}

function hasSuggestions(view: XliffDocumentView): boolean {
  return view.groups.some((group) => group.units.some((unit) => unit.suggestions.length > 0));
}

function hasSizeLimits(view: XliffDocumentView): boolean {
  return view.groups.some((group) => group.sizeLimit !== undefined);
}
