import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { serializeXml } from './serialize.js';
import { xliff21SegmentState } from './states.js';
import { suggestionOrigin, xliff21MatchType, xliff21Similarity } from './suggestions.js';
import { toolName } from './tool.js';
import { forXmlbuilder } from './xmlbuilder-text.js';
import type { XliffDocumentView, XliffGlossEntry, XliffSuggestion, XliffUnitView } from './view.js';

/** XLIFF 2.1 keeps the 2.0 namespaces; `version="2.1"` tells them apart. */
const xliff2Namespace = 'urn:oasis:names:tc:xliff:document:2.0';
const glossaryNamespace = 'urn:oasis:names:tc:xliff:glossary:2.0';
const matchesNamespace = 'urn:oasis:names:tc:xliff:matches:2.0';

/**
 * XLIFF 2.1 (core + module schemas): one `<file id="f1">`, a `<group>` per block, a `<unit>` with one
 * `<segment>` per segment. The unit's glossary terms ride twice: as a `<gls:glossary>` for tools
 * that read the module, and as a note for those that show notes only. Translation-memory
 * suggestions ride in the matches module (`<mtc:matches>`).
 */
export function writeXliff21(view: XliffDocumentView): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(xliff2Namespace, 'xliff', {
    version: '2.1',
    srcLang: view.sourceLang,
    trgLang: view.targetLang,
    'xmlns:gls': glossaryNamespace,
    // Declared only when used, so files without suggestions stay as they were.
    ...(hasSuggestions(view) ? { 'xmlns:mtc': matchesNamespace } : {}),
  });
  // Direction defaults to `auto`; say so only where it matters (Arabic).
  const file = root.ele('file', {
    id: 'f1',
    original: forXmlbuilder(view.original),
    ...(view.sourceIsRightToLeft ? { srcDir: 'rtl' } : {}),
    ...(view.targetIsRightToLeft ? { trgDir: 'rtl' } : {}),
  });
  for (const group of view.groups) {
    // 2.1 user-defined values must look like `prefix:value`.
    const groupElement = file.ele('group', { id: group.id, type: `${toolName}:${group.kind}` });
    for (const unit of group.units) addUnit(groupElement, unit);
  }
  return serializeXml(root);
}

function addUnit(parent: XMLBuilder, unit: XliffUnitView): void {
  const unitElement = parent.ele('unit', { id: unit.id });
  // The schema wants module elements first (in any order among them), then <notes>, then the segments.
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
  const segmentState = xliff21SegmentState(unit.state, unit.origin);
  const segment = unitElement.ele('segment', {
    id: unit.id,
    state: segmentState.state,
    subState: segmentState.subState,
  });
  segment.ele('source').txt(forXmlbuilder(unit.source));
  segment.ele('target').txt(forXmlbuilder(unit.target));
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
 */
function addMatches(parent: XMLBuilder, segmentId: string, suggestions: readonly XliffSuggestion[]): void {
  const matches = parent.ele(matchesNamespace, 'mtc:matches');
  for (const suggestion of suggestions) {
    const match = matches.ele(matchesNamespace, 'mtc:match', {
      ref: `#${segmentId}`,
      type: xliff21MatchType(suggestion.origin),
      similarity: xliff21Similarity(suggestion.similarity),
      origin: suggestionOrigin(suggestion.origin),
    });
    match.ele(xliff2Namespace, 'source').txt(forXmlbuilder(suggestion.source));
    match.ele(xliff2Namespace, 'target').txt(forXmlbuilder(suggestion.target));
  }
}

function hasSuggestions(view: XliffDocumentView): boolean {
  return view.groups.some((group) => group.units.some((unit) => unit.suggestions.length > 0));
}
