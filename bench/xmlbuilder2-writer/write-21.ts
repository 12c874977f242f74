import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { spanCodes, type SpanCode } from '../../src/xliff/inline-write.js';
import { baseTargetMetaType, unitMetaCategory } from '../../src/xliff/base-target.js';
import { InlineContentWriter } from './inline-xml.js';
import { xliff21SegmentState } from '../../src/xliff/states.js';
import { xliff21Similarity } from '../../src/xliff/suggestions.js';
import { toolName } from '../../src/xliff/tool.js';
import { forXmlbuilder } from './xmlbuilder-text.js';
import type { XliffDocumentView, XliffGlossEntry, XliffGroupView, XliffStoryView, XliffSuggestion, XliffUnitView } from '../../src/xliff/view.js';

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
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(xliff2Namespace, 'xliff', {
    version: '2.1',
    srcLang: view.sourceLang,
    trgLang: view.targetLang,
    'xmlns:gls': glossaryNamespace,
    // Declared only when used, so files without them stay as they were.
    ...(hasSuggestions(view) ? { 'xmlns:mtc': matchesNamespace } : {}),
    'xmlns:mda': metadataNamespace,
    ...(limited ? { 'xmlns:slr': sizeRestrictionNamespace } : {}),
  });
  // Direction defaults to `auto`; say so only where it matters (Arabic).
  const file = root.ele('file', {
    id: 'f1',
    original: forXmlbuilder(view.original),
    ...(view.sourceIsRightToLeft ? { srcDir: 'rtl' } : {}),
    ...(view.targetIsRightToLeft ? { trgDir: 'rtl' } : {}),
  });
  // Module elements come before the file's groups (in any order among them).
  addStoryMetadata(file, view.story);
  // The size restriction module counts with the profile its <slr:profiles> names; it lives in <file>.
  if (limited) file.ele(sizeRestrictionNamespace, 'slr:profiles', { generalProfile: 'xliff:codepoints' });
  const inline = new InlineContentWriter(writeCode);
  for (const group of view.groups) {
    const groupElement = addGroup(file, group);
    for (const unit of group.units) addUnit(groupElement, unit, inline);
  }
  return inline.serialize(root);
}

function addStoryMetadata(file: XMLBuilder, story: XliffStoryView): void {
  const metaGroup = file
    .ele(metadataNamespace, 'mda:metadata')
    .ele(metadataNamespace, 'mda:metaGroup', { category: storyMetaCategory });
  for (const meta of story.metadata) {
    metaGroup.ele(metadataNamespace, 'mda:meta', { type: meta.type }).txt(forXmlbuilder(meta.value));
  }
}

/** 2.1 user-defined values must look like `prefix:value`. The size limit is the whole block's. */
function addGroup(file: XMLBuilder, group: XliffGroupView): XMLBuilder {
  const groupElement = file.ele('group', { id: group.id, type: `${toolName}:${group.kind}` });
  if (group.sizeLimit !== undefined) {
    groupElement.att(sizeRestrictionNamespace, 'slr:sizeRestriction', String(group.sizeLimit));
  }
  return groupElement;
}

/** `<ph id="1" dataRef="d1" equiv="2,500" disp="2,500" canCopy="no" canDelete="no" type="other" subType="wire-l10n:number"/>` */
/** The code's `<data>` is the span's source text; `equiv` and `disp` how the target language writes it. */
function writeCode(parent: XMLBuilder, code: SpanCode): void {
  const display = forXmlbuilder(code.display);
  parent.ele('ph', {
    id: code.id,
    dataRef: dataId(code),
    equiv: display,
    disp: display,
    canCopy: 'no',
    canDelete: 'no',
    // `subType` needs a `type`; none of the fixed ones (fmt, ui, quote, link, image) is a number or a name.
    type: 'other',
    subType: `${toolName}:${code.spanKind}`,
  });
}

/** The `<data>` holding a code's text, one per code of the unit: `d1` for code 1. */
function dataId(code: SpanCode): string {
  return `d${code.id}`;
}

function addUnit(parent: XMLBuilder, unit: XliffUnitView, inline: InlineContentWriter): void {
  const unitElement = parent.ele('unit', { id: unit.id });
  // The schema wants module elements first (in any order among them), then <notes>,
  // <originalData>, then the segments.
  unitElement
    .ele(metadataNamespace, 'mda:metadata')
    .ele(metadataNamespace, 'mda:metaGroup', { category: unitMetaCategory })
    .ele(metadataNamespace, 'mda:meta', { type: baseTargetMetaType })
    .txt(unit.baseTarget);
  if (unit.glossEntries.length > 0) addGlossary(unitElement, unit.glossEntries);
  // The unit's one segment carries the unit's id.
  if (unit.suggestions.length > 0) addMatches(unitElement, unit.id, unit.suggestions);
  if (unit.notes.length > 0) {
    const notes = unitElement.ele('notes');
    for (const note of unit.notes) {
      const attributes = { category: note.category, appliesTo: note.appliesTo };
      notes.ele('note', attributes).txt(forXmlbuilder(note.text));
    }
  }
  addOriginalData(unitElement, spanCodes(unit.sourceRuns));
  const segmentState = xliff21SegmentState(unit.state, unit.origin);
  const segment = unitElement.ele('segment', {
    id: unit.id,
    state: segmentState.state,
    subState: segmentState.subState,
  });
  inline.write(segment.ele('source'), unit.sourceRuns);
  inline.write(segment.ele('target'), unit.targetRuns);
}

/** Target codes reuse their source code's id, so the source's codes name every `<data>` needed. */
function addOriginalData(unitElement: XMLBuilder, codes: readonly SpanCode[]): void {
  if (codes.length === 0) return;
  const originalData = unitElement.ele('originalData');
  for (const code of codes) originalData.ele('data', { id: dataId(code) }).txt(forXmlbuilder(code.text));
}

function addGlossary(parent: XMLBuilder, entries: readonly XliffGlossEntry[]): void {
  const glossary = parent.ele(glossaryNamespace, 'gls:glossary');
  for (const entry of entries) {
    const glossEntry = glossary.ele(glossaryNamespace, 'gls:glossEntry');
    glossEntry
      .ele(glossaryNamespace, 'gls:term', { source: forXmlbuilder(entry.termOrigin) })
      .txt(forXmlbuilder(entry.term));
    if (entry.translation !== undefined) {
      glossEntry.ele(glossaryNamespace, 'gls:translation').txt(forXmlbuilder(entry.translation));
    }
    if (entry.definition !== undefined) {
      glossEntry.ele(glossaryNamespace, 'gls:definition').txt(forXmlbuilder(entry.definition));
    }
  }
}

/**
 * `ref` is required and must point at text in the same unit: `#p3.s2` is the unit's one segment
 * (a fragment selector without prefix names a segment or source inline element of the enclosing unit).
 * `type` is the module's own `tm` or `mt`.
 */
function addMatches(parent: XMLBuilder, segmentId: string, suggestions: readonly XliffSuggestion[]): void {
  const matches = parent.ele(matchesNamespace, 'mtc:matches');
  for (const suggestion of suggestions) {
    const match = matches.ele(matchesNamespace, 'mtc:match', {
      ref: `#${segmentId}`,
      type: suggestion.kind,
      similarity: xliff21Similarity(suggestion.similarity),
      ...(suggestion.origin === undefined ? {} : { origin: forXmlbuilder(suggestion.origin) }),
    });
    match.ele(xliff2Namespace, 'source').txt(forXmlbuilder(suggestion.source));
    match.ele(xliff2Namespace, 'target').txt(forXmlbuilder(suggestion.target));
  }
}

function hasSuggestions(view: XliffDocumentView): boolean {
  return view.groups.some((group) => group.units.some((unit) => unit.suggestions.length > 0));
}

function hasSizeLimits(view: XliffDocumentView): boolean {
  return view.groups.some((group) => group.sizeLimit !== undefined);
}
